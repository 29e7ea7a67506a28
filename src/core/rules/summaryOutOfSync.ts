import { findExecutiveSummary } from "../document/structure";
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
  check(snapshot, { actions, documentGroup, parentGroup }) {
    if (!documentGroup || !findExecutiveSummary(snapshot)) return [];
    const differences = summaryDifferences(actions, documentGroup);
    if (differences.length === 0) return [];
    // The fix is the rebuild with its default choices: stale copies go, paragraphs written by hand stay.
    const built = parentGroup
      ? buildSummary(snapshot, { group: documentGroup, parent: parentGroup }, actions)
      : null;
    const comparison = built ? compareSummary(snapshot, built, actions) : null;
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
