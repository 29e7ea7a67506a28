/**
 * The playground runs the simulator's own proxies; the tests run the adapter through Microsoft's runtime with the
 * simulator as its host. Both must agree: the same document gives the same snapshot, and the same plan the same
 * document, whichever way the adapter reaches it.
 */
import { OfficeJsHost } from "../../dev/officeHost/host";
import { WordSimulator, type SimParagraphSpec } from "../../dev/simulator";
import { SAMPLE_REPORT } from "../../dev/playground/sampleReport";
import {
  buildSummary,
  compareSummary,
  defaultRemovals,
  analyseReport,
  findActions,
  findAllReferences,
  linkReferencesPlan,
  renumberPlan,
  summaryPlan,
  type DocumentSnapshot,
  type EditPlan,
} from "../../src/core";
import { applyEdits, readDocument } from "../../src/word";
import { fixtureRegistry } from "./support/fixtures";
import { FULL_CAPABILITIES, generatedReportWithSummary } from "./helpers";

/** A generated report with something for every plan: a placeholder number, a reference with an address. */
function generatedReportToFix(): SimParagraphSpec[] {
  const specs = generatedReportWithSummary(300);
  const last = specs.map((p) => p.text.startsWith("Action TSAG RG-WPR-")).lastIndexOf(true);
  specs[last] = { ...specs[last]!, text: specs[last]!.text.replace(/RG-WPR-\d+/, "RG-WPR-n") };
  return [...specs, { text: "RG-WPR noted TD270 and TDs 177 and 240." }];
}

const DOCUMENTS: Record<string, SimParagraphSpec[]> = {
  "the playground's sample report": SAMPLE_REPORT,
  "a generated 300-paragraph report": generatedReportToFix(),
};

const PLANS: Record<string, (snapshot: DocumentSnapshot) => EditPlan> = {
  renumber: (snapshot) => renumberPlan(snapshot, findActions(snapshot)),
  "rebuild the summary": (snapshot) => {
    const analysis = analyseReport(snapshot, { registry: null });
    const comparison = compareSummary(analysis, buildSummary(analysis, { group: "RG-WPR", parent: "WP2" }));
    return summaryPlan(snapshot, comparison, defaultRemovals(comparison));
  },
  "link references": (snapshot) =>
    linkReferencesPlan(snapshot, findAllReferences(snapshot), fixtureRegistry()).plan,
};

describe.each(Object.entries(DOCUMENTS))("%s", (_, specs) => {
  it("reads the same snapshot through the simulator's proxies and through Microsoft's runtime", async () => {
    const direct = await readDocument(new WordSimulator(specs), FULL_CAPABILITIES);
    const viaRuntime = await readDocument(new OfficeJsHost(new WordSimulator(specs)), FULL_CAPABILITIES);
    expect(viaRuntime).toEqual(direct);
  });

  it.each(Object.keys(PLANS))("applies %s to the same result both ways", async (name) => {
    const directSim = new WordSimulator(specs);
    const runtimeSim = new WordSimulator(specs);
    const plan = PLANS[name]!(await readDocument(directSim, FULL_CAPABILITIES));
    expect(plan.operations.length).toBeGreaterThan(0);
    const direct = await applyEdits(directSim, plan);
    const viaRuntime = await applyEdits(new OfficeJsHost(runtimeSim), plan);
    expect(viaRuntime.applied).toHaveLength(direct.applied.length);
    expect(viaRuntime.refused).toEqual(direct.refused);
    expect(runtimeSim.dump()).toEqual(directSim.dump());
  });
});
