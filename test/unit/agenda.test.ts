/**
 * The WP closing-plenary agenda from the RG reports, and the agenda checked against them: golden agendas written
 * for the project (test/fixtures/agenda) from three reports written for it, modelled on the seed RG reports and
 * WP agendas.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  AGENDA_CHECKS,
  agendaInsertPlan,
  agendaJson,
  agendaWp,
  createSnapshot,
  looksLikeAgenda,
  nextWpNumber,
  type ParagraphInput,
  agendaText,
  buildAgendaSection,
  checkAgenda,
  reportForAgenda,
  type ReportForAgenda,
} from "../../src/core";
import { readDocx } from "../../src/readers/docx";
import { readText } from "../../src/readers/text";
import { toDocx } from "../../dev/fixtures/docxWriter";
import { applyPlan } from "./support/applyPlan";
import { FIXTURES } from "./support/fixtures";

const DIRECTORY = path.join(FIXTURES, "agenda");
const NAMES = ["rg-wpr-report.txt", "rg-dt-report.txt", "rg-iem-report.txt"];
const fixture = (name: string) => readFileSync(path.join(DIRECTORY, name), "utf8");
const report = (text: string, name = "report.txt"): ReportForAgenda => reportForAgenda(readText(text), name)!;
const reports = () => NAMES.map((name) => report(fixture(name), name));
const check = (agenda: string, from = reports()) =>
  checkAgenda(readText(agenda), from).map((f) => `${f.rule}: ${f.excerpt}`);

describe("building the RG-results section", () => {
  it("gives the golden section for three reports, every action once, the WP's numbers continuous from --start", () => {
    const section = buildAgendaSection(reports(), { wp: "WP2", start: 4 });
    expect(agendaText(section) + "\n").toBe(fixture("wp2-agenda-built.txt"));
    expect(section.warnings).toEqual([]);
  });

  it("gives the same section from the reports as .docx files", async () => {
    const fromDocx = await Promise.all(
      NAMES.map(async (name) => {
        const docx = await toDocx(
          fixture(name)
            .trimEnd()
            .split("\n")
            .map((text) => ({ text })),
        );
        return reportForAgenda(await readDocx(docx), name)!;
      }),
    );
    expect(agendaText(buildAgendaSection(fromDocx, { wp: "WP2", start: 4 })) + "\n").toBe(
      fixture("wp2-agenda-built.txt"),
    );
  });

  it("gives the JSON the tools read", () => {
    const json = JSON.parse(agendaJson(buildAgendaSection(reports().slice(2), { wp: "WP2", start: 6 })));
    expect(json).toMatchObject({
      wp: "WP2",
      groups: [
        {
          group: "RG-IEM",
          report: "TD521",
          items: [
            { label: "WP2-6", text: "Approve the RG-IEM meeting report – TD521.", documents: ["TD521"] },
            { label: "RG-IEM-1", documents: ["TD671"] },
          ],
        },
      ],
    });
  });

  it("keeps a placeholder and warns, never guessing a number", () => {
    const text = fixture("rg-dt-report.txt").replace(/RG-DT-2\t/g, "RG-DT-n\t");
    const section = buildAgendaSection([report(text, "rg-dt.txt")], { wp: "WP2" });
    expect(section.groups[0]!.items.map((item) => item.label)).toEqual(["WP2-1", "RG-DT-1", "RG-DT-X"]);
    expect(section.warnings).toEqual([
      expect.stringMatching(/^rg-dt\.txt: RG-DT has an action without a number/),
    ]);
  });

  it("merges consecutive actions with the same verb and documents when asked", () => {
    const text = fixture("rg-dt-report.txt").replace(/– TD148\./g, "– TD147.");
    const labels = (merge: boolean) =>
      buildAgendaSection([report(text)], { wp: "WP2", merge }).groups[0]!.items.map((item) => item.label);
    expect(labels(true)).toEqual(["WP2-1", "RG-DT-1, 2"]);
    expect(labels(false)).toEqual(["WP2-1", "RG-DT-1", "RG-DT-2"]);
  });

  it("says <TBD> for a report without a TD number", () => {
    const section = buildAgendaSection(
      [
        report(
          fixture("rg-iem-report.txt")
            .replace("TSAG-TD521\n", "")
            .replace(/Action TSAG RG-IEM-2.*\n/, ""),
        ),
      ],
      { wp: "WP2" },
    );
    expect(section.groups[0]!.items[0]!.text).toBe("Approve the RG-IEM meeting report, <TBD>.");
    expect(section.warnings).toHaveLength(1);
  });
});

describe("checking an agenda against the reports", () => {
  it("finds nothing in the agenda it built itself", () => {
    expect(check(fixture("wp2-agenda-built.txt"))).toEqual([]);
  });

  it("reports each hand edit once and nothing else: an action dropped, a number changed, a TD changed, a WP number repeated", () => {
    expect(check(fixture("wp2-agenda-edited.txt"))).toEqual([
      "agenda-action-number: RG-WPR-6",
      "agenda-action-missing: RG-DT-1",
      "agenda-wp-numbering: WP2-5",
      "agenda-action-differs: RG-IEM-1",
    ]);
  });

  it("reports a gap in the WP's numbers, a report approved under another TD, an action the report lacks and placeholders", () => {
    const agenda = fixture("wp2-agenda-built.txt")
      .replace("WP2-6:", "WP2-7:")
      .replace("· Report – TD108", "· Report – TD109")
      .replace(/(· RG-DT-2: .*\n)/, "$1· RG-DT-3: Approve Liaison Statement on lead SG role – TD139.\n")
      .concat(
        "4.1\tResolutions review\n<TBD>\nAnticipated action WP2-X: Agree the text of Resolution 68 as shown in TD\n",
      );
    expect(check(agenda)).toEqual([
      "agenda-report-number: TD109",
      "agenda-action-unknown: RG-DT-3",
      "agenda-wp-numbering: WP2-7",
      "agenda-placeholder: <TBD>",
      "agenda-placeholder: WP2-X",
    ]);
  });

  it("reports an action listed twice", () => {
    const agenda = fixture("wp2-agenda-built.txt").replace(/(· RG-DT-2: .*\n)/, "$1$1");
    expect(check(agenda)).toEqual(["agenda-action-repeated: RG-DT-2"]);
  });
});

it("gives every agenda check its page under docs/rules, headed by its title, as the rules have", () => {
  for (const meta of Object.values(AGENDA_CHECKS)) {
    expect(readFileSync(path.join(__dirname, "..", "..", meta.docs), "utf8")).toMatch(
      new RegExp(`^# ${meta.title}\\n`),
    );
  }
});

describe("the section in an agenda open in Word", () => {
  const agenda: ParagraphInput[] = [
    { text: "Agenda for the closing plenary of Working Party 2/TSAG" },
    { text: "1\tOpening of the meeting", style: "Agenda clause" },
    { text: "2\tReview of the ad-hocs results", style: "Agenda clause" },
    { text: "WP2-1: Agree the distribution of the deliverables – TD670.", style: "Agenda bullet" },
    { text: "3\tReview of the Results of Rapporteur Group meetings", style: "Agenda clause" },
    { text: "4\tAny other business", style: "Agenda clause" },
  ];

  it("is recognised, with its working party and the WP number that comes next at the cursor", () => {
    const snapshot = createSnapshot(agenda);
    expect(looksLikeAgenda(snapshot)).toBe(true);
    expect(agendaWp(snapshot)).toBe("WP2");
    expect(nextWpNumber(snapshot, "WP2", 4)).toBe(2);
    expect(nextWpNumber(snapshot, "WP2", 2)).toBe(1);
  });

  it("goes after the cursor's paragraph in reading order, items styled like the agenda's items", () => {
    const snapshot = createSnapshot(agenda);
    const section = buildAgendaSection(reports().slice(1, 2), {
      wp: "WP2",
      start: nextWpNumber(snapshot, "WP2", 4),
    });
    const after = applyPlan(agenda, agendaInsertPlan(snapshot, 4, section));
    expect(after.slice(5, -1).map((p) => [p.text, p.style])).toEqual([
      ["3.1\tTSAG RG-DT “Rapporteur Group on Sustainable Digital Transformation”", "Agenda clause"],
      ["Report – TD108", "Agenda bullet"],
      ["Documents – TD147, TD148", "Agenda bullet"],
      ["Anticipated Actions", "Agenda bullet"],
      ["WP2-2: Approve the RG-DT meeting report – TD108.", "Agenda bullet"],
      [
        "RG-DT-1: Approve Liaison Statement on activities and studies on sustainable digital transformation – TD147.",
        "Agenda bullet",
      ],
      ["RG-DT-2: Approve Liaison Statement on work on Digital Transformation – TD148.", "Agenda bullet"],
    ]);
    expect(after[after.length - 1]!.text).toBe("4\tAny other business");
  });
});
