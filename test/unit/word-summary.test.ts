/** The summary rebuild through the Word adapter: two syncs at any size, and no overwrite of the user's edits. */
import { requestsOf, viaOffice } from "./support/officeHost";
import { WordSimulator, type SimParagraphSpec } from "../../dev/simulator";
import {
  buildSummary,
  compareSummary,
  defaultRemovals,
  analyseReport,
  summaryPlan,
  type DocumentSnapshot,
} from "../../src/core";
import { applyEdits, readDocument } from "../../src/word";
import { FULL_CAPABILITIES, generatedReportWithSummary } from "./helpers";

const OPTIONS = { group: "RG-WPR", parent: "WP2" };

function previewOf(snapshot: DocumentSnapshot) {
  const analysis = analyseReport(snapshot, { registry: null });
  const comparison = compareSummary(analysis, buildSummary(analysis, OPTIONS));
  return { comparison, plan: summaryPlan(snapshot, comparison, defaultRemovals(comparison)) };
}

/** A 2,000-paragraph report whose summary is in sync, then one more action in the body's last clause. */
function reportWithNewAction(): SimParagraphSpec[] {
  const specs: SimParagraphSpec[] = [{ text: "TSAG-TD172" }, ...generatedReportWithSummary(2000)];
  const last = specs
    .map((s) => s.text)
    .lastIndexOf(specs.filter((s) => s.text.startsWith("Action TSAG RG-WPR-")).at(-1)!.text);
  const number = Number(/RG-WPR-(\d+)/.exec(specs[last]!.text)![1]) + 1;
  specs.splice(last + 1, 0, {
    text: `Action TSAG RG-WPR-${number}\tWP2 is invited to note the new matter – TD263.`,
    style: "ITU Action",
  });
  return specs;
}

describe("rebuilding the summary in Word", () => {
  it("applies the rebuild of a 2,000-paragraph report in 2 syncs; a second build is up to date", async () => {
    const sim = new WordSimulator(reportWithNewAction());
    const { comparison, plan } = previewOf(await readDocument(viaOffice(sim), FULL_CAPABILITIES));
    expect(comparison.entries.filter((e) => e.status !== "unchanged").map((e) => e.status)).toEqual([
      "added",
      "changed",
      "handwritten",
    ]);

    viaOffice(sim).resetRequests();
    const result = await applyEdits(viaOffice(sim), plan);
    expect(result.refused).toEqual([]);
    expect(requestsOf(sim).batch).toBe(2);

    const again = previewOf(await readDocument(viaOffice(sim), FULL_CAPABILITIES));
    expect(again.comparison.upToDate).toBe(true);
    expect(again.plan.operations).toEqual([]);
  });

  it("does not overwrite a summary paragraph the user edited between preview and apply: it reports it and stops", async () => {
    const sim = new WordSimulator(reportWithNewAction());
    const { plan } = previewOf(await readDocument(viaOffice(sim), FULL_CAPABILITIES));
    const approval = sim.document.paragraphs.find((p) =>
      /is invited to approve the RG-WPR meeting report/.test(p.text),
    )!;
    sim.userEdit(() => approval.replace(approval.text.length, approval.text.length, " (draft)"));
    const before = sim.dump();

    const result = await applyEdits(viaOffice(sim), plan);

    expect(result.applied).toEqual([]);
    expect(
      result.refused.filter((r) => r.reason === "paragraph-changed").map((r) => r.operation.expectedText),
    ).toEqual([approval.text.replace(" (draft)", ""), approval.text.replace(" (draft)", "")]);
    expect(sim.dump()).toEqual(before);
    expect(approval.text.endsWith("(draft)")).toBe(true);
  });
});

it("rebuilds the summary as tracked revisions when track changes is on, and leaves the mode alone", async () => {
  const sim = new WordSimulator(reportWithNewAction());
  sim.document.changeTrackingMode = "TrackAll";
  const { plan } = previewOf(await readDocument(viaOffice(sim), FULL_CAPABILITIES));
  await applyEdits(viaOffice(sim), plan);
  expect(sim.document.changeTrackingMode).toBe("TrackAll");
  // The approval renumbered (a deletion and an insertion), and the new copy inserted.
  expect(sim.document.revisions.map((r) => r.kind)).toEqual(["delete", "insert", "insert"]);
});
