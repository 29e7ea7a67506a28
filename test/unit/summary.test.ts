import {
  buildSummary,
  compareSummary,
  createSnapshot,
  defaultRemovals,
  ownTdNumber,
  newSummaryPlaceText,
  summaryPlan,
  type ParagraphInput,
} from "../../src/core";
import { applyPlan } from "./support/applyPlan";
import { ACTION_TEXTS, CHAIRED, HEADER, rgReport, SESSIONS, syncedSummary } from "./support/reports";

const OPTIONS = { group: "RG-WPR", parent: "WP2" };

function compare(paragraphs: ParagraphInput[], options = OPTIONS) {
  const snapshot = createSnapshot(paragraphs);
  const built = buildSummary(snapshot, options);
  return { snapshot, built, comparison: compareSummary(snapshot, built) };
}

/** Applies the rebuild with the default choices (stale copies removed, hand-written paragraphs kept). */
function rebuild(paragraphs: ParagraphInput[], remove?: Set<number>): ParagraphInput[] {
  const { snapshot, comparison } = compare(paragraphs);
  return applyPlan(paragraphs, summaryPlan(snapshot, comparison, remove ?? defaultRemovals(comparison)));
}

const statuses = (paragraphs: ParagraphInput[]) =>
  compare(paragraphs).comparison.entries.map((e) => `${e.status}:${e.line?.kind ?? "-"}`);

describe("building the Executive Summary", () => {
  it("reports a summary in sync as up to date, and a rebuild writes nothing", () => {
    const { snapshot, comparison } = compare(rgReport());
    expect(comparison.upToDate).toBe(true);
    expect(summaryPlan(snapshot, comparison, defaultRemovals(comparison)).operations).toEqual([]);
  });

  it("produces the opening facts, the lead-in, every body action and the approval action", () => {
    const { built } = compare(rgReport());
    expect(built.lines.map((l) => l.text)).toEqual(
      syncedSummary()
        .slice(1)
        .map((p) => p.text),
    );
    expect(built.openingCandidates.map((c) => [c.text, c.picked])).toEqual([
      ["This TD contains the report of the TSAG Rapporteur Group RG-WPR.", false],
      [CHAIRED, true],
      [SESSIONS, true],
    ]);
  });

  it("names the opening clause and the new summary's place as the document writes them", () => {
    const introduction = rgReport({ summary: null }).map((p) =>
      p.text === "1\tGeneral" ? { ...p, text: "0\tIntroduction" } : p,
    );
    const { snapshot, built } = compare(introduction);
    expect(built.openingClause).toBe("0 Introduction");
    expect(newSummaryPlaceText(snapshot)).toBe(
      'The report has no Executive Summary: it will be created before "0 Introduction", title first.',
    );
    const withoutClauses = createSnapshot([...HEADER, { text: "The meeting noted TD270." }]);
    expect(newSummaryPlaceText(withoutClauses)).toBe(
      "The report has no Executive Summary: it will be created at the end of the report (it has no numbered clauses), title first.",
    );
  });

  it("after a body action is added: exactly one added summary action and the renumbered approval action", () => {
    const report = rgReport({
      bodyActions: [...ACTION_TEXTS, "WP2 is invited to note the progress – TD263."],
      summary: syncedSummary(),
    });
    const entries = compare(report).comparison.entries.filter((e) => e.status !== "unchanged");
    expect(entries.map((e) => [e.status, e.line?.text])).toEqual([
      ["added", "Action TSAG RG-WPR-4\tWP2 is invited to note the progress – TD263."],
      ["changed", "Action TSAG RG-WPR-5\tWP2 is invited to approve the RG-WPR meeting report – TD172."],
    ]);
    expect(entries[1]!.changes).toEqual([
      { kind: "same", text: "Action TSAG " },
      { kind: "removed", text: "RG-WPR-4" },
      { kind: "added", text: "RG-WPR-5" },
      { kind: "same", text: "\tWP2 is invited to approve the RG-WPR meeting report – TD172." },
    ]);
    const rebuilt = rebuild(report);
    expect(compare(rebuilt).comparison.upToDate).toBe(true);
    expect(
      rebuilt.find((p) => p.text.startsWith("Action TSAG RG-WPR-4\tWP2 is invited to note"))?.style,
    ).toBe("ITU Action");
  });

  it("keeps a paragraph written by hand unless the user ticks it for removal", () => {
    const handwritten = { text: "The meeting thanked the outgoing Rapporteur." };
    const summary = syncedSummary();
    summary.splice(3, 0, handwritten);
    const report = rgReport({ summary });
    expect(statuses(report).filter((s) => s.startsWith("handwritten"))).toEqual(["handwritten:-"]);
    expect(compare(report).comparison.upToDate).toBe(true);
    expect(rebuild(report).map((p) => p.text)).toContain(handwritten.text);
    const ticked = new Set([report.findIndex((p) => p.text === handwritten.text)]);
    expect(rebuild(report, ticked).map((p) => p.text)).not.toContain(handwritten.text);
  });

  it("proposes to remove the copy of an action the body no longer has, and to fix a changed copy", () => {
    const summary = syncedSummary();
    summary[4] = {
      ...summary[4]!,
      text: summary[4]!.text.replace("revised Questions Q7/17", "Questions Q7/17"),
    };
    const report = rgReport({ summary, bodyActions: ACTION_TEXTS.slice(0, 2).concat(ACTION_TEXTS[2]!) });
    report.splice(
      report.findIndex((p) =>
        p.text.includes("RG-WPR-3\tWP2 is invited to approve draft outgoing Liaison Statement on closure"),
      ) + 0,
      0,
    );
    const withoutThird = rgReport({ summary, bodyActions: ACTION_TEXTS.slice(0, 2) });
    const entries = compare(withoutThird).comparison.entries.filter((e) => e.status !== "unchanged");
    expect(entries.map((e) => `${e.status}:${e.line?.kind ?? "-"}`)).toEqual([
      "changed:action",
      "removed:-",
      "changed:approval",
    ]);
    const rebuilt = rebuild(withoutThird);
    expect(rebuilt.filter((p) => p.text.includes("closure of Joint Correspondence Groups"))).toEqual([]);
    expect(compare(rebuilt).comparison.upToDate).toBe(true);
  });

  it("creates the summary before the first numbered clause when there is none", () => {
    const report = rgReport({ summary: null });
    expect(compare(report).comparison.summary).toBeNull();
    const rebuilt = rebuild(report);
    const at = rebuilt.findIndex((p) => p.text === "Executive Summary");
    expect(rebuilt.slice(at, at + 8).map((p) => p.text)).toEqual(syncedSummary().map((p) => p.text));
    expect(rebuilt[at + 8]!.text).toBe("1\tGeneral");
    expect(compare(rebuilt).comparison.upToDate).toBe(true);
  });

  it("copies only the clause-1 paragraphs the user chose", () => {
    const snapshot = createSnapshot(rgReport());
    const chosen = snapshot.paragraphs.findIndex((p) => p.text === SESSIONS);
    const built = buildSummary(snapshot, { ...OPTIONS, openings: [chosen] });
    expect(built.lines.filter((l) => l.kind === "opening").map((l) => l.text)).toEqual([SESSIONS]);
  });

  it("takes the report's number from its approval action when the header has none", () => {
    const snapshot = createSnapshot(rgReport({ header: [{ text: "Title:" }, { text: "Draft report" }] }));
    const built = buildSummary(snapshot, OPTIONS);
    expect(built.ownNumber).toBe("TD172");
    expect(built.lines.at(-1)!.text).toBe(
      "Action TSAG RG-WPR-4\tWP2 is invited to approve the RG-WPR meeting report – TD172.",
    );
    expect(built.warnings).toEqual([]);
  });

  it("flags an unknown own number with a visible placeholder", () => {
    const snapshot = createSnapshot(
      rgReport({ header: [{ text: "Title:" }, { text: "Draft report" }], summary: null }),
    );
    const built = buildSummary(snapshot, OPTIONS);
    expect(built.lines.at(-1)!.text).toBe(
      "Action TSAG RG-WPR-4\tWP2 is invited to approve the RG-WPR meeting report – TD???.",
    );
    expect(built.warnings).toEqual([expect.stringMatching(/own TD number is neither in the header/)]);
  });
});

describe("the report's own number", () => {
  it("is read from the header table's TD line", () => {
    expect(ownTdNumber(createSnapshot(HEADER))).toBe("TD172");
    expect(ownTdNumber(createSnapshot([{ text: "TSAG-TD104R1" }, { text: "Source:" }]))).toBe("TD104R1");
  });

  it("is read from the dnum bookmark's paragraph", () => {
    expect(
      ownTdNumber(createSnapshot([{ text: "Some text" }, { text: "TD 0086", bookmarks: ["dnum"] }])),
    ).toBe("TD86");
  });

  it("is unknown without a header", () => {
    expect(ownTdNumber(createSnapshot([{ text: "Executive Summary" }]))).toBeNull();
  });
});
