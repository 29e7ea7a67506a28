/**
 * The report's structure: its clauses and its summary of actions. The summary is either the Executive Summary
 * (the paragraph whose text is "Executive Summary", any style, any case, up to the next heading or numbered clause)
 * or, in reports that list their actions ("Actions for WP1:", see actionLists.ts), the part before clause 1 from the
 * "Action required:" line or the first list to the first clause.
 */
import { findActionLists, findActionRequired, type ActionList, type ActionRequired } from "./actionLists";
import { clauseStarts } from "./clauses";
import type { DocumentSnapshot, ParagraphSnapshot } from "./snapshot";

export interface SummarySection {
  /** The "Executive Summary" paragraph, or the first paragraph of the list form ("Action required:", "Actions for"). */
  heading: number;
  /** The first paragraph after the summary (the next heading or clause), or the paragraph count. */
  end: number;
  /** Other paragraphs that are also titled "Executive Summary" (a structure problem worth reporting). */
  duplicates: number[];
  /** "Executive Summary", or the first list's heading ("Actions for WP1"): what the user calls this place. */
  title: string;
}

/** Where the report sums up its actions, found once per read by the analysis. */
export interface SummaryStructure {
  /** The summary section, whichever way it is written; null when the report has none. */
  section: SummarySection | null;
  /** True when `section` is an "Executive Summary" heading and what follows it. */
  executive: boolean;
  /** The "Actions for …:" lists of the summary, in document order (none in a report of action blocks only). */
  lists: ActionList[];
  actionRequired: ActionRequired | null;
}

/**
 * A paragraph in a heading style or with an outline level; in a document without those, a typed number
 * ("1<TAB>General", "4.b<TAB>…", "2. Industry Engagement"). Never a table-of-contents line. See model/clauses.
 */
export function isClauseStart(paragraph: ParagraphSnapshot, snapshot: DocumentSnapshot): boolean {
  return clauseStarts(snapshot.paragraphs)[paragraph.index] === true;
}

function isSummaryTitle(text: string): boolean {
  return text.trim().toLowerCase() === "executive summary";
}

/** The first clause start at or after `from` outside tables, or the paragraph count. */
export function nextClause(snapshot: DocumentSnapshot, from: number): number {
  const starts = clauseStarts(snapshot.paragraphs);
  let at = from;
  while (at < snapshot.paragraphs.length && !(starts[at] && snapshot.paragraphs[at]!.table === null)) at++;
  return at;
}

const summaries = new WeakMap<readonly ParagraphSnapshot[], SummarySection | null>();

/** Found once per snapshot: the rules, the location of findings and the summary commands all ask. */
export function findExecutiveSummary(snapshot: DocumentSnapshot): SummarySection | null {
  const known = summaries.get(snapshot.paragraphs);
  if (known !== undefined) return known;
  const found = locateExecutiveSummary(snapshot);
  summaries.set(snapshot.paragraphs, found);
  return found;
}

function locateExecutiveSummary(snapshot: DocumentSnapshot): SummarySection | null {
  const titles = snapshot.paragraphs
    .filter((paragraph) => isSummaryTitle(paragraph.text))
    .map((p) => p.index);
  const heading = titles[0];
  if (heading === undefined) return null;
  let end = heading + 1;
  while (end < snapshot.paragraphs.length && !isClauseStart(snapshot.paragraphs[end]!, snapshot)) end++;
  return { heading, end, duplicates: titles.slice(1), title: "Executive Summary" };
}

/** The report's summary of actions, in either form: an Executive Summary, else lists before clause 1. */
export function findSummaryStructure(snapshot: DocumentSnapshot): SummaryStructure {
  const executive = findExecutiveSummary(snapshot);
  const before = executive ? executive.end : nextClause(snapshot, 0);
  const lists = findActionLists(snapshot, before).filter(
    (list) => !executive || list.heading > executive.heading,
  );
  const actionRequired = findActionRequired(snapshot, before);
  if (executive) return { section: executive, executive: true, lists, actionRequired };
  const first = lists[0];
  if (!first) return { section: null, executive: false, lists, actionRequired };
  const heading =
    actionRequired && actionRequired.paragraph < first.heading ? actionRequired.paragraph : first.heading;
  const title = snapshot.paragraphs[first.heading]!.text.trim().replace(/\s*:$/, "");
  return {
    section: { heading, end: before, duplicates: [], title },
    executive: false,
    lists,
    actionRequired,
  };
}
