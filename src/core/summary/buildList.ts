/**
 * The summary of a report that lists its actions: each "Actions for <WP>:" heading and its items, the items
 * numbered 1..N in order (the list is where such a report writes its actions; the clauses only repeat them).
 * The group's own list ("Action for RG-IES:"), the "Action required:" line and the lines continuing an item are the
 * rapporteur's: the comparison keeps them as written.
 */
import { targetNumbers } from "../actions/numbering";
import { addressesGroup } from "../analysis/analyse";
import type { ReportAnalysis } from "../analysis/types";
import type { SummaryLine } from "./line";

export function listSummaryLines(analysis: ReportAnalysis, group: string): SummaryLine[] {
  const { snapshot, actions, structure } = analysis;
  const numbers = new Map(
    targetNumbers(actions, undefined, "list").targets.map(({ action, number }) => [action.paragraph, number]),
  );
  const actionAt = new Map(actions.map((action) => [action.paragraph, action]));
  const lines: SummaryLine[] = [];
  for (const list of structure.lists) {
    if (addressesGroup(list.addressee, analysis.documentGroup)) continue;
    lines.push({
      kind: "lead-in",
      text: snapshot.paragraphs[list.heading]!.text,
      source: list.heading,
      actionText: null,
      number: null,
    });
    for (const paragraph of list.paragraphs) {
      const action = actionAt.get(paragraph);
      if (!action || action.form !== "list") continue;
      const text = snapshot.paragraphs[paragraph]!.text;
      const number = action.group === group ? numbers.get(paragraph) : undefined;
      const renumbered =
        number === undefined
          ? text
          : `${text.slice(0, action.numberSpan.start)}${number}${text.slice(action.numberSpan.start + action.numberSpan.length)}`;
      lines.push({
        kind: "action",
        text: renumbered,
        source: paragraph,
        actionText: action.text,
        number: action.number,
      });
    }
  }
  return lines;
}
