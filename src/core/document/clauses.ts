/**
 * Which paragraphs start a clause. A document that marks its headings (heading styles, or outline levels set on
 * a style or a paragraph) is read by those marks: only they start clauses, and a typed number in a body
 * paragraph ("1.1<TAB>The World Telecommunication…") is text. A document without any (a plain-text export, a
 * report typed in Normal) falls back to typed numbers: "1<TAB>General", "4.b<TAB>…", "2. Industry Engagement",
 * "3.1  TSAG RG-WPR" (an agenda's, typed with spaces).
 * Never a clause, in either case: a table-of-contents line, and a typed number in a list or body-text style.
 * Computed once per paragraph list (the snapshot's), then looked up.
 */

/** What clause detection reads of a paragraph (every ParagraphSnapshot has it; no import of the snapshot, which uses this module). */
export interface ClauseParagraph {
  index: number;
  text: string;
  style: string;
  styleBuiltIn: string | null;
  headingLevel: number | null;
  outlineLevel: number | null;
  table: unknown;
}

/** Word's built-in TOC styles ("toc 1"–"toc 9" in the file; Toc1–Toc9 as Word reports them). */
const TOC_BUILT_IN = /^Toc[1-9]$/;
/** Style names of tables of contents, lists and body text, as templates name them (any language Word localizes
 * reaches us through styleBuiltIn instead). ITU's templates write list items in "enumlev1"…"enumlev3". */
const TOC_STYLE = /^(?:toc\b|table of contents|contents\b|index\s*\d)/i;
const LIST_STYLE = /\blist\b|\bbullet|\benum|\bnumbered\b/i;
const BODY_TEXT_STYLE = /^body\s*text/i;

/** A line of a table of contents as text shows it: a title, a tab, and a page number at the end. */
const TOC_LINE = /\t\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$/i;

const TYPED_NUMBER = /^\d{1,2}(?:\.[0-9a-z]{1,2})*\.?\t\S/;
const TYPED_NUMBER_SPACED = /^\d{1,2}\.\s+[A-Z]/;
/**
 * "1 Opening of the meeting", "3.1  TSAG RG-WPR “…”": a number and spaces before a short capitalised title, as
 * agendas are typed — a title, so no full stop in it; not a date ("2 March 2026 …").
 */
const TYPED_NUMBER_TITLE = /^\d{1,2}(?:\.\d{1,2})*\.? {1,4}[A-Z][^.\t]{0,118}$/;
const MONTH =
  /^\d{1,2} +(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

export function isTableOfContentsLine(paragraph: ClauseParagraph): boolean {
  return (
    (paragraph.styleBuiltIn !== null && TOC_BUILT_IN.test(paragraph.styleBuiltIn)) ||
    TOC_STYLE.test(paragraph.style)
  );
}

function marksHeading(paragraph: ClauseParagraph): boolean {
  return paragraph.headingLevel !== null || paragraph.outlineLevel !== null;
}

function typedNumberHeading(paragraph: ClauseParagraph): boolean {
  const { text, style, styleBuiltIn } = paragraph;
  const titled = TYPED_NUMBER_TITLE.test(text.trimEnd()) && !MONTH.test(text);
  if (!TYPED_NUMBER.test(text) && !TYPED_NUMBER_SPACED.test(text) && !titled) return false;
  if (TOC_LINE.test(text)) return false;
  if (styleBuiltIn === "ListParagraph" || LIST_STYLE.test(style) || BODY_TEXT_STYLE.test(style)) return false;
  return true;
}

const cache = new WeakMap<readonly ClauseParagraph[], boolean[]>();

/** For each paragraph, whether it starts a clause (whatever its text or place: callers skip empty ones, cells). */
export function clauseStarts(paragraphs: readonly ClauseParagraph[]): readonly boolean[] {
  let starts = cache.get(paragraphs);
  if (starts) return starts;
  const structured = paragraphs.some(
    (p) => p.table === null && marksHeading(p) && !isTableOfContentsLine(p) && p.text.trim() !== "",
  );
  starts = paragraphs.map(
    (p) => !isTableOfContentsLine(p) && (structured ? marksHeading(p) : typedNumberHeading(p)),
  );
  cache.set(paragraphs, starts);
  return starts;
}

/** The first paragraph outside tables that starts a clause and has text, or null. */
export function firstClause(paragraphs: readonly ClauseParagraph[]): number | null {
  const starts = clauseStarts(paragraphs);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (starts[i] && p.table === null && p.text.trim() !== "") return i;
  }
  return null;
}
