/**
 * Where a new item goes in a report that lists its actions: in the working party's list, after the cursor or at
 * the list's end, styled like its items and with the bullet they carry in a text export.
 */
import { addressesGroup } from "../analysis/analyse";
import type { ReportAnalysis } from "../analysis/types";

export interface ListInsertion {
  /** The paragraph the item goes after. */
  after: number;
  /** An item of the list, whose style the new one takes. */
  model: number;
  /** The bullet written before the items' labels ("· "), "" when the list's numbering is Word's. */
  bullet: string;
}

/** After the cursor when it is in the working party's list (its heading included), else after the list's last line. */
export function insertionInList(analysis: ReportAnalysis, cursor: number): ListInsertion | null {
  const { structure, actions, snapshot } = analysis;
  const lists = structure.lists.filter((list) => !addressesGroup(list.addressee, analysis.documentGroup));
  const items = new Set(actions.filter((action) => action.form === "list").map((action) => action.paragraph));
  const list =
    lists.find((candidate) => candidate.heading <= cursor && candidate.paragraphs.includes(cursor)) ??
    lists.find((candidate) => candidate.heading === cursor) ??
    lists.find((candidate) => candidate.paragraphs.some((paragraph) => items.has(paragraph)));
  if (!list) return null;
  const model = list.paragraphs.find((paragraph) => items.has(paragraph)) ?? list.heading;
  const last = list.paragraphs[list.paragraphs.length - 1] ?? list.heading;
  const inList = cursor === list.heading || list.paragraphs.includes(cursor);
  const labelStart = actions.find((action) => action.paragraph === model)?.labelStart ?? 0;
  return {
    after: inList ? cursor : last,
    model,
    bullet: snapshot.paragraphs[model]!.text.slice(0, labelStart),
  };
}
