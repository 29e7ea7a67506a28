import { isReportApproval } from "../actions/numbering";
import { findingAt, type Rule } from "./types";

const base = (id: string) => id.replace(/R\d+$/, "");

export const reportSelfReference: Rule = {
  meta: {
    id: "report-self-reference",
    title: "Approval action citing another TD",
    severity: "error",
    description: "The report-approval action cites another TD than the report's own number.",
    docs: "docs/rules/report-self-reference.md",
  },
  check(snapshot, { actions, reportNumber }) {
    // A number taken from the approval action itself cannot contradict it.
    const own = reportNumber?.from === "header" ? reportNumber.value : null;
    if (!own) return [];
    return actions
      .filter((action) => action.form === "block" && isReportApproval(action))
      .flatMap((action) => action.references.filter((r) => r.kind === "TD" && base(r.id) !== base(own)))
      .map((reference) =>
        findingAt(
          snapshot,
          this.meta,
          reference,
          `The report-approval action cites ${reference.id}, but this report is ${own}.`,
        ),
      );
  },
};
