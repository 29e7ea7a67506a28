import { findingAt, type Rule } from "./types";

export const actionTargetMismatch: Rule = {
  meta: {
    id: "action-target-mismatch",
    title: "Actions addressed to another body",
    severity: "warning",
    description: "An action that invites another body than the working party the group reports to (or TSAG).",
    docs: "docs/rules/action-target-mismatch.md",
  },
  check(snapshot, { actions, documentGroup, parentGroup }) {
    if (!documentGroup || !parentGroup) return [];
    return actions.flatMap((action) => {
      if (action.form !== "block" || action.group !== documentGroup || action.target === null) return [];
      const invited = action.target.split("/");
      if (invited.includes(parentGroup) || invited.includes("TSAG")) return [];
      const start = action.textStart + action.text.indexOf(action.target);
      return [
        findingAt(
          snapshot,
          this.meta,
          { paragraph: action.paragraph, start, length: action.target.length },
          `${documentGroup} reports to ${parentGroup}, but this action invites ${action.target}.`,
        ),
      ];
    });
  },
};
