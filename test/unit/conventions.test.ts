/**
 * Reports that list their actions ("Actions for WP3:" then "RG-WM-1: WP3 to …", with "Action required:" and a list
 * for the group itself), as some TSAG Rapporteur Groups write them, through every flow: the analysis, Renumber,
 * Insert action, the summary, the posting check, the agenda. Fixtures written for the project
 * (test/fixtures/conventions): RG-WM reporting to WP3 with its header, RG-SC to WP1 as a text export without it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  agendaItemStyle,
  analyseReport,
  buildAgendaSection,
  buildSummary,
  checkAgenda,
  checkReport,
  compareSummary,
  decideReportGroup,
  exportForAgenda,
  groupsAlreadyInAgenda,
  inItemStyle,
  insertActionPlan,
  renumberPlan,
  reportForAgenda,
  verdict,
  type DocumentSnapshot,
} from "../../src/core";
import { readText } from "../../src/readers/text";
import { applyPlan } from "./support/applyPlan";
import { FIXTURES } from "./support/fixtures";

const read = (name: string) => readText(readFileSync(path.join(FIXTURES, "conventions", name), "utf8"));
const WM = "rg-wm-report.txt";
const SC = "rg-sc-report-text-export.txt";
const analysed = (snapshot: DocumentSnapshot) => analyseReport(snapshot, { registry: null });
const labelsOf = (snapshot: DocumentSnapshot) =>
  analysed(snapshot).actions.map((action) => `${action.group}-${action.number ?? action.placeholder}`);
const texts = (snapshot: DocumentSnapshot) => snapshot.paragraphs.map((p) => ({ text: p.text }));

describe("the analysis of a report that lists its actions", () => {
  it("finds the convention, the working party's actions, the group's own action, the WP and the number", () => {
    const analysis = analysed(read(WM));
    expect(analysis.convention).toBe("list");
    expect(labelsOf(analysis.snapshot)).toEqual(["RG-WM-1", "RG-WM-2", "RG-WM-3", "RG-WM-4"]);
    expect(analysis.actions.every((action) => action.inSummary && action.target === "WP3")).toBe(true);
    expect(analysis.ownActions).toEqual([
      expect.objectContaining({ group: "RG-WM", text: expect.stringMatching(/^RG-WM to prepare/) }),
    ]);
    expect(analysis.ownActions[0]!.references.map((r) => r.id)).toEqual(["TD246"]);
    expect([analysis.documentGroup, analysis.parentGroup, analysis.parentFrom]).toEqual([
      "RG-WM",
      "WP3",
      "action list",
    ]);
    expect(analysis.reportNumber).toEqual({ value: "TD231R2", from: "header" });
    expect(analysis.approval).toBeNull();
    expect(analysis.structure.section?.title).toBe("Actions for WP3");
  });

  it("reads a text export without its header: group from the items, WP from the list, no number", () => {
    const analysis = analysed(read(SC));
    expect([analysis.convention, analysis.documentGroup, analysis.parentGroup]).toEqual([
      "list",
      "RG-SC",
      "WP1",
    ]);
    expect(analysis.headerAvailable).toBe(false);
    expect(analysis.reportNumber).toBeNull();
    expect(analysis.ownActions.map((action) => action.group)).toEqual(["RG-SC"]);
  });

  it("lets the user's choice of group and WP win, in one place for the pane and the CLI", () => {
    const analysis = analysed(read(WM));
    expect(decideReportGroup(analysis, { parent: "WP1" })).toMatchObject({
      documentGroup: "RG-WM",
      parentGroup: "WP1",
      parentFrom: "your choice",
    });
    expect(decideReportGroup(analysis, {})).toMatchObject({ parentGroup: "WP3", parentFrom: "action list" });
  });
});

describe("the posting check on such reports", () => {
  it("finds nothing wrong in a consistent report, and one info for a text export's missing header", () => {
    expect(checkReport(analysed(read(WM)))).toEqual([]);
    const header = checkReport(analysed(read(SC))).filter((f) => f.rule === "header-field");
    expect(header).toEqual([
      expect.objectContaining({
        severity: "info",
        message: expect.stringMatching(/header table is not in this text export/),
        location: { section: "Header table", excerpt: "not in this text export" },
      }),
    ]);
  });

  it("reports list items numbered out of order, and Renumber numbers them 1..N", () => {
    const snapshot = read(WM);
    const paragraphs = texts(snapshot).map((p) => ({ text: p.text.replace("RG-WM-3:", "RG-WM-7:") }));
    const broken = readText(paragraphs.map((p) => p.text).join("\n"));
    const analysis = analysed(broken);
    expect(checkReport(analysis).map((f) => f.rule)).toContain("action-numbering");
    const fixed = applyPlan(paragraphs, renumberPlan(broken, analysis.actions, analysis.convention));
    expect(labelsOf(readText(fixed.map((p) => p.text).join("\n")))).toEqual([
      "RG-WM-1",
      "RG-WM-2",
      "RG-WM-3",
      "RG-WM-4",
    ]);
  });

  it("says 'Not checked against a registry' rather than 'Ready to post' without a registry", () => {
    expect(verdict([], null)).toMatchObject({ ready: false, status: "unchecked", severity: "warning" });
    expect(verdict([], null).text).toBe("Not checked against a registry");
    const registry = { name: "TSAG 2025-2028", asOf: null, sample: false };
    expect(verdict([], registry)).toMatchObject({ ready: true, text: "Ready to post" });
  });
});

describe("Insert action in a report that lists its actions", () => {
  const draft = {
    group: "RG-WM",
    target: "WP3",
    verb: "approve",
    text: "the revised A.4 guidelines",
    documents: ["TD250"],
  };

  it("puts the item after the cursor in the WP's list and renumbers the later items in the same plan", () => {
    const snapshot = read(WM);
    const second = snapshot.paragraphs.findIndex((p) => p.text.includes("RG-WM-2:"));
    const result = insertActionPlan(snapshot, second, draft);
    if (!("plan" in result)) throw new Error(result.problem);
    expect(result.number).toBe(3);
    const after = applyPlan(texts(snapshot), result.plan);
    expect(after[second + 1]!.text).toBe("· RG-WM-3: WP3 to approve the revised A.4 guidelines (TD250).");
    expect(labelsOf(readText(after.map((p) => p.text).join("\n")))).toEqual([
      "RG-WM-1",
      "RG-WM-2",
      "RG-WM-3",
      "RG-WM-4",
      "RG-WM-5",
    ]);
  });

  it("adds it at the end of the WP's list when the cursor is elsewhere, never in the group's own list", () => {
    const snapshot = read(WM);
    const body = snapshot.paragraphs.findIndex((p) => p.text.startsWith("2\tRemote participation"));
    const result = insertActionPlan(snapshot, body, draft);
    if (!("plan" in result)) throw new Error(result.problem);
    expect(result.number).toBe(5);
    const after = applyPlan(texts(snapshot), result.plan).map((p) => p.text);
    const inserted = after.indexOf("· RG-WM-5: WP3 to approve the revised A.4 guidelines (TD250).");
    expect(after[inserted - 1]).toMatch(/RG-WM-4:/);
    expect(after.indexOf("Actions for RG-WM:")).toBeGreaterThan(inserted);
  });
});

describe("Export for WP agenda from a report that lists its actions", () => {
  it("exports the approval the Action required line asks for and the WP's actions, never the group's own", () => {
    const exported = exportForAgenda(analysed(read(WM)));
    expect(exported.text.split("\n").map((line) => line.slice(0, line.indexOf(":")))).toEqual([
      "WP3-X",
      "RG-WM-1",
      "RG-WM-2",
      "RG-WM-3",
      "RG-WM-4",
    ]);
    expect(exported.text).toMatch(/^WP3-X: Approve the RG-WM meeting report, TD231R2\.\n/);
    expect(exported.text).not.toMatch(/TD246|questionnaire/);
  });
});

describe("the summary of a report that lists its actions", () => {
  it("is the report's lists: nothing added, no approval action, the rapporteur's lines kept", () => {
    const analysis = analysed(read(WM));
    const built = buildSummary(analysis, { group: "RG-WM", parent: "WP3" });
    expect(built.convention).toBe("list");
    expect(built.lines.some((line) => line.kind === "approval")).toBe(false);
    const comparison = compareSummary(analysis, built);
    expect(comparison.upToDate).toBe(true);
    expect(comparison.entries.map((e) => e.status)).not.toContain("added");
    expect(comparison.entries.filter((e) => e.status === "handwritten").map((e) => e.existingText)).toEqual([
      "1) 21 April 2026, 1300-1500 (CEST), online.",
      "2) 16 June 2026, 1300-1500 (CEST), online.",
      "Actions for RG-WM:",
      expect.stringMatching(/^RG-WM to prepare/),
    ]);
  });
});

describe("the agenda from reports in either convention", () => {
  const reports = [reportForAgenda(read(WM), WM)!, reportForAgenda(read(SC), SC)!];

  it("builds the WP's section from the listed actions, and names a report addressed to another WP", () => {
    const section = buildAgendaSection(reports, { wp: "WP3" });
    expect(section.groups.map((group) => group.group)).toEqual(["RG-WM"]);
    const items = section.groups[0]!.items;
    expect(items.map((item) => item.label)).toEqual(["WP3-1", "RG-WM-1", "RG-WM-2", "RG-WM-3", "RG-WM-4"]);
    expect(items[0]!.text).toBe("Approve the RG-WM meeting report, TD231R2.");
    expect(items[3]!.text).toBe(
      "Note the list of interim e-meetings in Annex 1 of TD231R2: 1) 21 April 2026, 1300-1500 (CEST), online. 2) 16 June 2026, 1300-1500 (CEST), online.",
    );
    expect(items.some((item) => item.documents.includes("TD246"))).toBe(false);
    expect(section.warnings).toEqual([
      `${SC}: the RG-SC report is addressed to WP1, not WP3; its actions are not in this section.`,
    ]);
  });

  it("checks an agenda written the WPs' way: an RG action as the WP's item, two items in one paragraph", () => {
    const agenda = read("wp3-agenda.txt");
    expect(checkAgenda(agenda, [reports[0]!])).toEqual([]);
    // Without the WP's item carrying it, RG-WM-4 is missing; without the split, RG-WM-3 would be.
    const withoutWpItem = readText(
      readFileSync(path.join(FIXTURES, "conventions", "wp3-agenda.txt"), "utf8").replace(
        /^Anticipated Action WP3-2.*$/m,
        "",
      ),
    );
    expect(checkAgenda(withoutWpItem, [reports[0]!]).map((f) => f.message)).toEqual([
      expect.stringMatching(/^RG-WM-4 of TD231R2 .* is not in the agenda\.$/),
    ]);
  });

  it("says when the agenda already has a clause for a group whose section is added", () => {
    const section = buildAgendaSection(reports, { wp: "WP3" });
    expect(groupsAlreadyInAgenda(read("wp3-agenda.txt"), section)).toEqual([
      "The agenda already had a clause for RG-WM (“3.1 TSAG RG-WM “Rapporteur Group on Working Methods””): delete the one you do not keep.",
    ]);
    expect(groupsAlreadyInAgenda(readText("1 Opening\n3 Results"), section)).toEqual([]);
  });

  it("names a report addressed to another WP in one sentence and does not check it, as the builder leaves it out", () => {
    const findings = checkAgenda(read("wp3-agenda.txt"), reports);
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        "agenda-report-other-wp",
        "info",
        expect.stringMatching(
          /the RG-SC report is addressed to WP1, not WP3; it was not checked against this agenda\.$/,
        ),
      ],
    ]);
  });

  it("finds an agenda approving another number than the report's", () => {
    const agenda = readText(
      readFileSync(path.join(FIXTURES, "conventions", "wp3-agenda.txt"), "utf8").replace(
        "meeting report, TD231R2.",
        "meeting report, TD230.",
      ),
    );
    expect(checkAgenda(agenda, [reports[0]!]).map((f) => f.message)).toEqual([
      "WP3-1 gives TD230 for the RG-WM report; the report is TD231R2.",
    ]);
  });

  it("writes inserted items with the agenda's own punctuation", () => {
    const agenda = readText(
      [
        "Agenda for the closing plenary of Working Party 3/TSAG",
        "· WP3-1: Approve the report, TD100",
        "· RG-WM-1: Approve the LS, TD101",
      ].join("\n"),
    );
    const style = agendaItemStyle(agenda);
    expect(style).toEqual({ period: false, separator: ", " });
    expect(inItemStyle("Approve the outgoing liaison statement – TD244.", style)).toBe(
      "Approve the outgoing liaison statement, TD244",
    );
  });
});
