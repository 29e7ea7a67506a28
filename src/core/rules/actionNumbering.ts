import { numberedActions, renumberPlan } from "../actions/numbering";
import { groupBy } from "../document/collections";
import { findingAt, type Finding, type Rule } from "./types";

export const actionNumbering: Rule = {
  meta: {
    id: "action-numbering",
    title: "Actions numbered out of order",
    severity: "error",
    description: "Body action blocks numbered with duplicates, gaps, or out of document order.",
    docs: "docs/rules/action-numbering.md",
  },
  check(snapshot, { actions, convention }) {
    const findings: Finding[] = [];
    const fix = renumberPlan(snapshot, actions, convention);
    const body = numberedActions(actions, convention);
    const byGroup = groupBy(body, (action) => action.group);
    for (const [group, body] of byGroup) {
      let highest = 0;
      const seen = new Set<number>();
      for (const action of body) {
        const n = action.number;
        if (n === null) continue; // a placeholder: action-placeholder reports it
        let message: string | null = null;
        if (seen.has(n)) message = `${group}-${n} is used twice.`;
        else if (n < highest)
          message = `${group}-${n} comes after ${group}-${highest}: the numbers are out of document order.`;
        else if (n > highest + 1) {
          const missing =
            highest + 1 === n - 1
              ? `${group}-${highest + 1} is missing`
              : `${group}-${highest + 1} to ${n - 1} are missing`;
          message = `${group}-${n} follows ${highest === 0 ? "no action" : `${group}-${highest}`}: ${missing}.`;
        }
        if (message)
          findings.push(
            findingAt(
              snapshot,
              this.meta,
              action.numberSpan.length > 0
                ? { paragraph: action.paragraph, ...action.numberSpan }
                : { paragraph: action.paragraph, start: 0, length: action.label.length },
              message,
              fix.operations.length > 0 ? { fix } : {},
            ),
          );
        seen.add(n);
        highest = Math.max(highest, n);
      }
    }
    return findings;
  },
};
