/**
 * Where the Executive Summary is: the paragraph whose text is "Executive Summary" (any style, any case; the
 * snapshot's text carries no bookmark markers) up to the next heading or numbered clause ("1<TAB>General").
 */
import { clauseStarts } from "./clauses";
import type { DocumentSnapshot, ParagraphSnapshot } from "./snapshot";

export interface SummarySection {
  /** The "Executive Summary" paragraph. */
  heading: number;
  /** The first paragraph after the summary (the next heading or clause), or the paragraph count. */
  end: number;
  /** Other paragraphs that are also titled "Executive Summary" (a structure problem worth reporting). */
  duplicates: number[];
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
  return { heading, end, duplicates: titles.slice(1) };
}
