import { buildSummary } from "../summary/build";
import { compareSummary } from "../summary/compare";
import { defaultRemovals, summaryPlan } from "../summary/plan";
import { summaryDifferences } from "../summary/sync";
import { findingAt, type Rule } from "./types";

export const summaryOutOfSync: Rule = {
  meta: {
    id: "summary-out-of-sync",
    title: "Executive Summary out of date",
    severity: "error",
    description:
      "The Executive Summary's actions differ from the body's: missing, extra, different text, order or numbers.",
    docs: "docs/rules/summary-out-of-sync.md",
  },
  check(snapshot, analysis) {
    const { actions, documentGroup, parentGroup, convention, structure } = analysis;
    // A report that lists its actions has no copies to keep in step: the list is where the actions are written.
    if (!documentGroup || convention !== "blocks" || !structure.section) return [];
    const differences = summaryDifferences(actions, documentGroup);
    if (differences.length === 0) return [];
    // The fix is the rebuild with its default choices: stale copies go, paragraphs written by hand stay.
    const built = parentGroup ? buildSummary(analysis, { group: documentGroup, parent: parentGroup }) : null;
    const comparison = built ? compareSummary(analysis, built) : null;
    const fix = comparison ? summaryPlan(snapshot, comparison, defaultRemovals(comparison)) : null;
    return differences.map(({ action, message }) =>
      findingAt(
        snapshot,
        this.meta,
        { paragraph: action.paragraph, start: action.labelStart, length: action.label.length },
        message,
        fix && fix.operations.length > 0
          ? { fix }
          : { suggestions: ["Rebuild the Executive Summary in the Summary area."] },
      ),
    );
  },
};
