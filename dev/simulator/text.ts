/** Word's search and text-range splitting over one paragraph range, as the simulator models them. */
import type { SearchOptionsApi } from "../../src/word/wordApi";
import type { SimParagraph } from "./document";
import { SimulatedWordError } from "./errors";

/** Curly quotes and primes as their straight forms. Written apart from the adapter's own, which it must not share. */
const QUOTE_FORMS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
};

function foldQuotes(text: string): string {
  let folded = "";
  for (const char of text) folded += QUOTE_FORMS[char] ?? char;
  return folded;
}

type ParagraphRange = { paragraph: SimParagraph; start: number; end: number };

/** Word's search limit (Word.Range.search reference page: "The search string has a maximum of 255 characters"). */
const MAX_SEARCH_LENGTH = 255;

/**
 * Decodes Word's search escapes: "^^" is a caret and "^t" a tab. Other escapes (^p, ^#, …) are not simulated
 * and fail loudly, so adapter code cannot come to depend on an escape we have not modelled.
 */
export function decodeSearchText(searchText: string): string {
  let decoded = "";
  for (let i = 0; i < searchText.length; i++) {
    const char = searchText[i]!;
    if (char !== "^") {
      decoded += char;
      continue;
    }
    const next = searchText[++i];
    if (next === "^") decoded += "^";
    else if (next === "t") decoded += "\t";
    else throw new SimulatedWordError("NotImplemented", `Search escape ^${next ?? ""} is not simulated.`);
  }
  return decoded;
}

/**
 * Characters Word writes into `paragraph.text` for things that are not text: U+000B for Shift+Enter, U+0002 for a
 * footnote reference mark, other control characters for fields and content controls (office-js #2792, #2749).
 * Search cannot match them (office-js #4401) and passing them raw is undocumented: no match here either.
 */
export function isUnsearchable(char: string): boolean {
  return char < " " && char !== "\t";
}

/** Non-overlapping matches, left to right, as Word's Find does. */
export function searchRange(
  range: ParagraphRange,
  searchText: string,
  options: SearchOptionsApi,
): ParagraphRange[] {
  // The code Word sends for an empty or over-long search string (office-js #31, #168, #2413), not the documented
  // SearchStringInvalidOrTooLong.
  if (searchText.length === 0 || searchText.length > MAX_SEARCH_LENGTH) {
    throw new SimulatedWordError("InvalidArgument", "The search string is empty or too long.");
  }
  if (options.matchWildcards)
    throw new SimulatedWordError("NotImplemented", "Wildcard search is not simulated.");
  const needle = decodeSearchText(searchText);
  if ([...needle].some(isUnsearchable)) return [];
  // Find matches straight and curly quotes alike (reported, undocumented for Office.js): modelled, the case the
  // adapter must survive. One character for one, so offsets are unchanged.
  const fold = (text: string) => foldQuotes(options.matchCase ? text : text.toLowerCase());
  const haystack = fold(range.paragraph.text.slice(range.start, range.end));
  const wanted = fold(needle);
  const found: ParagraphRange[] = [];
  const struck = range.paragraph.struck;
  for (let at = haystack.indexOf(wanted); at >= 0;) {
    // No match across text deleted under track changes (office-js #5874).
    const end = range.start + at + wanted.length;
    if (struck.slice(range.start + at, end).includes(true)) {
      at = haystack.indexOf(wanted, at + 1);
      continue;
    }
    found.push({
      paragraph: range.paragraph,
      start: range.start + at,
      end,
    });
    at = haystack.indexOf(wanted, at + wanted.length);
  }
  return found;
}

/**
 * Word.Range.getTextRanges: pieces that each end with one of the ending marks (the mark included); with
 * trimSpacing, leading and trailing white space is left out of each piece. Empty pieces are dropped.
 */
export function splitRange(
  range: ParagraphRange,
  endingMarks: readonly string[],
  trimSpacing: boolean,
  /** Word on the web leaves tabs out of the pieces (office-js #699, #5506). */
  stripTabs = false,
): ParagraphRange[] {
  const text = range.paragraph.text;
  const pieces: ParagraphRange[] = [];
  let pieceStart = range.start;
  for (let i = range.start; i < range.end; i++) {
    if (endingMarks.includes(text[i]!) || i === range.end - 1) {
      let start = pieceStart;
      let end = i + 1;
      if (trimSpacing) {
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
      }
      if (stripTabs) {
        while (start < end && text[start] === "\t") start++;
        while (end > start && text[end - 1] === "\t") end--;
      }
      if (end > start) pieces.push({ paragraph: range.paragraph, start, end });
      pieceStart = i + 1;
    }
  }
  return pieces;
}
