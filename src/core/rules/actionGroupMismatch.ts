import { findingAt, type Rule } from "./types";

export const actionGroupMismatch: Rule = {
  meta: {
    id: "action-group-mismatch",
    title: "Actions labelled with another group",
    severity: "warning",
    description: "An action block labelled with another group than the report's own.",
    docs: "docs/rules/action-group-mismatch.md",
  },
  check(snapshot, { actions, documentGroup }) {
    if (!documentGroup) return [];
    return actions
      .filter((action) => action.form === "block" && action.group !== documentGroup)
      .map((action) =>
        findingAt(
          snapshot,
          this.meta,
          { paragraph: action.paragraph, start: 0, length: action.label.length },
          `This action is labelled ${action.group}, but the report is from ${documentGroup}.`,
        ),
      );
  },
};
