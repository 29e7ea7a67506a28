/**
 * Every command of the task pane, as the pane runs it through the Word adapter: what the benchmark measures and
 * what the web-mode test (test/unit/word-web-report.test.ts) runs on a large report.
 */
import type { WordSimulator } from "../dev/simulator";
import {
  ALL_RULES,
  buildSummary,
  checkDocument,
  compareSummary,
  defaultRemovals,
  DRAFTING_RULES,
  analyseReport,
  findActions,
  findAllReferences,
  insertActionPlan,
  linkReferencesPlan,
  renumberPlan,
  summaryPlan,
  type DocumentSnapshot,
  type RegistryIndex,
} from "../src/core";
import { applyEdits, editDocument, readDocument, type ReadCapabilities, type WordHost } from "../src/word";

export const CAPABILITIES: ReadCapabilities = { bookmarks: true, trackChanges: true, readOnly: false };

export interface Command {
  name: string;
  /** What the pane did before (the preview of a summary, the check before linking): not part of the command. */
  prepare?: (host: WordHost) => Promise<DocumentSnapshot>;
  /** `sim` is the document behind `host`: the insert command puts the cursor in its middle first. */
  run(
    host: WordHost,
    sim: WordSimulator,
    registry: RegistryIndex,
    prepared?: DocumentSnapshot,
  ): Promise<unknown>;
}

const readFirst = (host: WordHost) => readDocument(host, CAPABILITIES);

export const COMMANDS: readonly Command[] = [
  { name: "read snapshot", run: (host) => readDocument(host, CAPABILITIES) },
  {
    name: "check",
    run: async (host, _sim, registry) =>
      checkDocument(await readDocument(host, CAPABILITIES), { registry, rules: DRAFTING_RULES }),
  },
  {
    name: "validate for posting",
    run: async (host, _sim, registry) =>
      checkDocument(await readDocument(host, CAPABILITIES), { registry, rules: ALL_RULES }),
  },
  {
    name: "insert action",
    run: (host, sim) => {
      const middle = sim.document.paragraphs[Math.floor(sim.document.paragraphs.length / 2)]!;
      sim.document.selection = { paragraphId: middle.id, start: 0, end: 0 };
      return editDocument(
        host,
        ({ snapshot, cursor }) => {
          const result = insertActionPlan(snapshot, cursor ?? snapshot.paragraphs.length - 1, {
            group: "RG-WPR",
            target: "WP2",
            verb: "note",
            text: "the benchmark",
            documents: ["TD1"],
          });
          return "plan" in result ? result.plan : result;
        },
        { cursor: true },
      );
    },
  },
  {
    name: "renumber",
    run: (host) => editDocument(host, ({ snapshot }) => renumberPlan(snapshot, findActions(snapshot))),
  },
  {
    name: "build summary (apply)",
    prepare: readFirst,
    run: (host, _sim, _registry, snapshot) => {
      const analysis = analyseReport(snapshot!, { registry: null });
      const comparison = compareSummary(analysis, buildSummary(analysis, { group: "RG-WPR", parent: "WP2" }));
      return applyEdits(host, summaryPlan(snapshot!, comparison, defaultRemovals(comparison)));
    },
  },
  {
    name: "link references",
    prepare: readFirst,
    run: (host, _sim, registry, snapshot) => {
      const { plan } = linkReferencesPlan(snapshot!, findAllReferences(snapshot!), registry);
      return applyEdits(host, plan, { mode: "unchanged-only" });
    },
  },
];
