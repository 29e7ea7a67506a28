/**
 * Where a finding is, as a Word user sees it: the clause it is in ("4.b Question and mandate updates", "Executive
 * Summary", "Header") and a few words around it — never a paragraph number, which Word does not show.
 */
import { findExecutiveSummary, isClauseStart, type SummarySection } from "./structure";
import type { DocumentSnapshot } from "./snapshot";

export interface Location {
  /** The clause heading, "Executive Summary", "Header" or "Start of the document". */
  section: string;
  /** The words around the place, with "…" where they were cut: "…Q16/17 (new Question, based on…". */
  excerpt: string;
}

const MAX_HEADING = 60;
const BEFORE = 24;
const AFTER = 36;

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function headingLabel(text: string): string {
  const label = oneLine(text);
  return label.length <= MAX_HEADING ? label : `${label.slice(0, MAX_HEADING - 1).trimEnd()}…`;
}

/** The section of every paragraph, in one pass; the analysis passes the summary of actions it found. */
export function sectionsOf(
  snapshot: DocumentSnapshot,
  summary: SummarySection | null = findExecutiveSummary(snapshot),
): string[] {
  const sections: string[] = [];
  let current = "Start of the document";
  let seenClause = false;
  for (const paragraph of snapshot.paragraphs) {
    if (summary && paragraph.index === summary.heading) {
      current = summary.title;
      seenClause = true;
    } else if (
      isClauseStart(paragraph, snapshot) &&
      paragraph.text.trim() !== "" &&
      paragraph.table === null
    ) {
      current = headingLabel(paragraph.text);
      seenClause = true;
    }
    sections.push(!seenClause && paragraph.table?.table === 0 ? "Header" : current);
  }
  return sections;
}

/** Cuts `text` at a space near `at` (looking towards the place), so that no word is cut in half. */
function wordBoundary(text: string, at: number, towards: "start" | "end"): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const space = towards === "start" ? text.indexOf(" ", at) : text.lastIndexOf(" ", at);
  return space < 0 ? at : space;
}

export function excerptAround(text: string, start: number, length: number): string {
  const from = wordBoundary(text, start - BEFORE, "start");
  const to = wordBoundary(text, start + length + AFTER, "end");
  const middle = oneLine(text.slice(Math.min(from, start), Math.max(to, start + length)));
  return `${from > 0 ? "…" : ""}${middle}${to < text.length ? "…" : ""}`;
}

export function describeLocation(
  snapshot: DocumentSnapshot,
  sections: readonly string[],
  place: { paragraph: number; start: number; length: number },
): Location {
  const text = snapshot.paragraphs[place.paragraph]?.text ?? "";
  return {
    section: sections[place.paragraph] ?? "Start of the document",
    excerpt: excerptAround(text, place.start, place.length),
  };
}

/** "4.b Question and mandate updates: …Q16/17 (new Question…" */
export function locationText(location: Location): string {
  return location.excerpt === "" ? location.section : `${location.section}: ${location.excerpt}`;
}
