/**
 * Where the Executive Summary is: the paragraph whose text is "Executive Summary" (any style, any case; the
 * snapshot's text carries no bookmark markers) up to the next heading or numbered clause ("1<TAB>General").
 */
import type { DocumentSnapshot, ParagraphSnapshot } from "./snapshot";

export interface SummarySection {
  /** The "Executive Summary" paragraph. */
  heading: number;
  /** The first paragraph after the summary (the next heading or clause), or the paragraph count. */
  end: number;
  /** Other paragraphs that are also titled "Executive Summary" (a structure problem worth reporting). */
  duplicates: number[];
}

/** "1<TAB>General", "4.b<TAB>…", "2. Industry Engagement", or a paragraph in a heading style. */
export function isClauseStart(paragraph: ParagraphSnapshot): boolean {
  if (paragraph.headingLevel !== null || paragraph.outlineLevel !== null) return true;
  return (
    /^\d{1,2}(?:\.[0-9a-z]{1,2})*\.?\t\S/.test(paragraph.text) || /^\d{1,2}\.\s+[A-Z]/.test(paragraph.text)
  );
}

function isSummaryTitle(text: string): boolean {
  return text.trim().toLowerCase() === "executive summary";
}

export function findExecutiveSummary(snapshot: DocumentSnapshot): SummarySection | null {
  const titles = snapshot.paragraphs
    .filter((paragraph) => isSummaryTitle(paragraph.text))
    .map((p) => p.index);
  const heading = titles[0];
  if (heading === undefined) return null;
  let end = heading + 1;
  while (end < snapshot.paragraphs.length && !isClauseStart(snapshot.paragraphs[end]!)) end++;
  return { heading, end, duplicates: titles.slice(1) };
}
