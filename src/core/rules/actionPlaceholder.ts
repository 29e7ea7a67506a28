import { renumberPlan } from "../actions/numbering";
import { findingAt, type Rule } from "./types";

export const actionPlaceholder: Rule = {
  meta: {
    id: "action-placeholder",
    title: "Actions without a number",
    severity: "error",
    description: 'An action still numbered with a placeholder ("RG-WPR-n", "WP2-X") or without a number.',
    docs: "docs/rules/action-placeholder.md",
  },
  check(snapshot, { actions }) {
    const fix = renumberPlan(snapshot, actions);
    return actions
      .filter((action) => action.number === null)
      .map((action) =>
        findingAt(
          snapshot,
          this.meta,
          { paragraph: action.paragraph, start: action.labelStart, length: action.label.length },
          action.placeholder === ""
            ? `${action.label} has no number.`
            : `${action.label} has the placeholder "${action.placeholder}" instead of a number.`,
          action.form === "block" && fix.operations.length > 0 ? { fix } : {},
        ),
      );
  },
};
