import { findExecutiveSummary } from "../actions/summarySection";
import { summaryDifferences } from "../summary/sync";
import { findingAt, type Rule } from "./types";

export const summaryOutOfSync: Rule = {
  meta: {
    id: "summary-out-of-sync",
    severity: "error",
    description:
      "The Executive Summary's actions differ from the body's: missing, extra, different text, order or numbers.",
    docs: "docs/rules/summary-out-of-sync.md",
  },
  check(snapshot, { actions, documentGroup }) {
    if (!documentGroup || !findExecutiveSummary(snapshot)) return [];
    return summaryDifferences(actions, documentGroup).map(({ action, message }) =>
      findingAt(
        snapshot,
        this.meta,
        { paragraph: action.paragraph, start: action.labelStart, length: action.label.length },
        message,
        {
          suggestions: ["Rebuild the Executive Summary in the Summary area."],
        },
      ),
    );
  },
};
