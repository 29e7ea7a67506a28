import { findingAt, type Rule } from "./types";

export const summaryMissing: Rule = {
  meta: {
    id: "summary-missing",
    title: "No Executive Summary",
    severity: "warning",
    description: "The report has action blocks but no Executive Summary.",
    docs: "docs/rules/summary-missing.md",
  },
  check(snapshot, { actions, structure }) {
    const first = actions.find((action) => action.form === "block" && !action.inSummary);
    if (!first || structure.section) return [];
    return [
      findingAt(
        snapshot,
        this.meta,
        { paragraph: first.paragraph, start: 0, length: first.label.length },
        "The report has actions but no Executive Summary: build one in the Summary area.",
      ),
    ];
  },
};
