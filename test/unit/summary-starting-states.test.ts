/**
 * A summary from any starting state, through the Word adapter: no summary, an empty one, one with hand-written
 * text or stale copies, a report without clauses or without actions, actions added between builds. Build, apply,
 * build again: "up to date", and the second plan writes nothing. Each generated paragraph has the style of its
 * kind (the simulator, like Word, gives a new paragraph its neighbour's style unless told otherwise).
 */
import { viaOffice } from "./support/officeHost";
import fc from "fast-check";
import { WordSimulator, type SimParagraphSpec } from "../../dev/simulator";
import {
  buildSummary,
  compareSummary,
  defaultRemovals,
  analyseReport,
  findExecutiveSummary,
  summaryPlan,
  type DocumentSnapshot,
} from "../../src/core";
import { applyEdits, readDocument } from "../../src/word";
import { FULL_CAPABILITIES } from "./helpers";

const OPTIONS = { group: "RG-WPR", parent: "WP2" };
const CHAIRED = "The meeting of TSAG RG-WPR was chaired by the Rapporteur, Ms Ana Example.";
const LEAD_IN = "RG-WPR is pleased to bring the following actions to the attention of WP2:";
const HAND_WRITTEN = "The group thanks the host for the excellent facilities.";
const ACTION_STYLE = "ITU Action";

const actionText = (n: number, k: number) =>
  `Action TSAG RG-WPR-${n}\tWP2 is invited to approve draft outgoing Liaison Statement number ${k} – TD${300 + k}.`;

interface StartingState {
  header: boolean;
  summary: "none" | "empty" | "hand-written" | "stale" | "synced-lead-in";
  clauses: boolean;
  actions: number;
  addedLater: number;
}

function report(state: StartingState): SimParagraphSpec[] {
  const specs: SimParagraphSpec[] = [];
  if (state.header) {
    specs.push(
      { text: "TSAG-TD172", table: { row: 0, cell: 1 } },
      { text: "Source:", table: { row: 1, cell: 0 } },
      { text: "Rapporteur, RG-WPR", table: { row: 1, cell: 1 } },
    );
  }
  if (state.summary !== "none") {
    specs.push({ text: "Executive Summary", styleBuiltIn: "Heading1" });
    if (state.summary === "hand-written") specs.push({ text: HAND_WRITTEN });
    if (state.summary === "stale") specs.push({ text: actionText(9, 99), style: ACTION_STYLE });
    if (state.summary === "synced-lead-in") specs.push({ text: LEAD_IN });
  }
  if (state.clauses) specs.push({ text: "1\tGeneral", styleBuiltIn: "Heading1" });
  specs.push({ text: CHAIRED }, { text: "The meeting adopted its agenda." });
  if (state.clauses) specs.push({ text: "2\tLiaison statements", styleBuiltIn: "Heading1" });
  for (let k = 1; k <= state.actions; k++) {
    specs.push({ text: `The meeting considered item ${k}.` });
    specs.push({ text: actionText(k, k), style: ACTION_STYLE });
  }
  if (state.clauses) specs.push({ text: "3\tClosing", styleBuiltIn: "Heading1" });
  specs.push({ text: "The meeting closed." });
  return specs;
}

async function preview(sim: WordSimulator) {
  const snapshot = await readDocument(viaOffice(sim), FULL_CAPABILITIES);
  const analysis = analyseReport(snapshot, { registry: null });
  const comparison = compareSummary(analysis, buildSummary(analysis, OPTIONS));
  return { snapshot, comparison, plan: summaryPlan(snapshot, comparison, defaultRemovals(comparison)) };
}

async function buildAndApply(sim: WordSimulator): Promise<void> {
  const { plan } = await preview(sim);
  const result = await applyEdits(viaOffice(sim), plan);
  expect(result.refused).toEqual([]);
}

/** The user adds an action at the end of the body, as a rapporteur does between two builds. */
function addBodyAction(sim: WordSimulator, k: number): void {
  sim.userEdit((doc) => {
    const last = doc.paragraphs.find((p) => p.text === "The meeting closed.")!;
    const inserted = doc.insertParagraph(last, actionText(k, k), "Before");
    inserted.style = ACTION_STYLE;
    inserted.styleBuiltIn = "Other";
    inserted.outlineLevel = 10;
  });
}

/**
 * `approvalStyle`: the style the approval action was given when created — the action blocks' style, or body text
 * in a report that had no action block to copy it from at its first build.
 */
function expectStyled(snapshot: DocumentSnapshot, approvalStyle: string): void {
  const summary = findExecutiveSummary(snapshot)!;
  expect(summary).not.toBeNull();
  expect(snapshot.paragraphs[summary.heading]!.headingLevel).not.toBeNull();
  for (let p = summary.heading + 1; p < summary.end; p++) {
    const paragraph = snapshot.paragraphs[p]!;
    if (paragraph.text === "") continue; // the mark of a removed stale copy
    expect(paragraph.headingLevel).toBeNull();
    expect(paragraph.table).toBeNull();
    const isAction = paragraph.text.startsWith("Action TSAG");
    const isApproval = paragraph.text.includes("meeting report – ");
    if (isAction) expect(paragraph.style).toBe(isApproval ? approvalStyle : ACTION_STYLE);
    else expect(paragraph.style).not.toBe(ACTION_STYLE);
  }
}

const states = fc
  .record<StartingState>({
    header: fc.boolean(),
    summary: fc.constantFrom("none", "empty", "hand-written", "stale", "synced-lead-in"),
    clauses: fc.boolean(),
    actions: fc.integer({ min: 0, max: 3 }),
    addedLater: fc.integer({ min: 0, max: 2 }),
  })
  // A summary title with no clause after it runs to the end of the document: everything after it is the summary
  // by definition, so "an existing summary, no clauses" has no body to build from. Without a summary, no clauses
  // is kept (the build puts the summary at the end).
  .filter((state) => state.clauses || state.summary === "none");

describe("the Executive Summary from any starting state", () => {
  it("build, apply, build again: up to date, nothing written, every paragraph in the style of its kind", async () => {
    await fc.assert(
      fc.asyncProperty(states, async (state) => {
        const sim = new WordSimulator(report(state));
        await buildAndApply(sim);
        for (let k = 1; k <= state.addedLater; k++) {
          addBodyAction(sim, state.actions + k);
          await buildAndApply(sim);
        }
        const again = await preview(sim);
        expect(again.comparison.upToDate).toBe(true);
        expect(again.plan.operations).toEqual([]);
        expect(
          again.comparison.entries.filter((e) => e.status === "handwritten").map((e) => e.existingText),
        ).toEqual(state.summary === "hand-written" ? [HAND_WRITTEN] : []);
        const hadActionBlock = state.actions > 0 || state.summary === "stale";
        expectStyled(again.snapshot, hadActionBlock ? ACTION_STYLE : "Normal");
        // Exactly one approval action, numbered after the body's actions.
        const approvals = again.snapshot.paragraphs.filter((p) => p.text.includes("meeting report – "));
        expect(approvals.map((p) => p.text.split("\t")[0])).toEqual([
          `Action TSAG RG-WPR-${state.actions + state.addedLater + 1}`,
        ]);
      }),
      { numRuns: 120 },
    );
  });

  it("creates the summary after the header and before clause 1, its title first", async () => {
    const sim = new WordSimulator(
      report({ header: true, summary: "none", clauses: true, actions: 1, addedLater: 0 }),
    );
    await buildAndApply(sim);
    const texts = sim.document.paragraphs.map((p) => p.text);
    const title = texts.indexOf("Executive Summary");
    expect(texts.slice(title, title + 5)).toEqual([
      "Executive Summary",
      CHAIRED,
      LEAD_IN,
      actionText(1, 1),
      "Action TSAG RG-WPR-2\tWP2 is invited to approve the RG-WPR meeting report – TD172.",
    ]);
    expect(texts[title + 5]).toBe("1\tGeneral");
    expect(sim.document.paragraphs[title]!.styleBuiltIn).toBe("Heading1");
    expect(sim.document.paragraphs[title + 2]!.styleBuiltIn).toBe("Normal");
  });

  it("in a report without clauses, puts the summary at the end, title first, never inside the header table", async () => {
    const sim = new WordSimulator([
      { text: "TSAG-TD172", table: { row: 0, cell: 1 } },
      { text: "Rapporteur, RG-WPR", table: { row: 1, cell: 1 } },
      { text: "" },
      { text: actionText(1, 1), style: ACTION_STYLE },
    ]);
    await buildAndApply(sim);
    const paragraphs = sim.document.paragraphs;
    expect(paragraphs.slice(4).map((p) => [p.text.split("\t")[0], p.style])).toEqual([
      ["Executive Summary", "Heading 1"],
      [LEAD_IN, "Normal"],
      ["Action TSAG RG-WPR-1", ACTION_STYLE],
      ["Action TSAG RG-WPR-2", ACTION_STYLE],
    ]);
    expect(paragraphs.slice(4).every((p) => p.table === null)).toBe(true);
  });

  it("uses the template's unnumbered heading style for the title when the report has one", async () => {
    const sim = new WordSimulator([
      { text: "Abstract", style: "Headingb", styleBuiltIn: "Other" },
      { text: "This is the report." },
      { text: "1\tGeneral", styleBuiltIn: "Heading1" },
      { text: actionText(1, 1), style: ACTION_STYLE },
    ]);
    await buildAndApply(sim);
    const title = sim.document.paragraphs.find((p) => p.text === "Executive Summary")!;
    expect(title.style).toBe("Headingb");
  });
});
