/**
 * Word has no "characters 12 to 17 of this paragraph" range. We reach a character range with search, which
 * needs no extra round trip: we search for a stretch of text around the target that occurs exactly once in the
 * paragraph, then narrow down inside the found range. All of it is queued in the same batch.
 */
import type { ParagraphApi, RangeApi, RangeCollectionApi, TrackableApi } from "./wordApi";

/** Word's search refuses longer strings (SearchStringInvalidOrTooLong). */
const MAX_SEARCH_LENGTH = 255;

/** Word's search treats "^" as an escape character even without wildcards; a tab is written "^t". */
export function escapeForSearch(text: string): string {
  return text.replace(/\^/g, "^^").replace(/\t/g, "^t");
}

function occurrences(haystack: string, needle: string, atMost: number): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (++count > atMost) break;
  }
  return count;
}

/**
 * Characters Word's search cannot match as written: the control characters Word puts in `paragraph.text` for a
 * Shift+Enter (U+000B), a footnote mark (U+0002), fields… (office-js #2792, #2749, #4401). A tab is fine ("^t").
 */
function isUnsearchable(char: string): boolean {
  return char < " " && char !== "\t";
}

/** Whether Word's search can find `text` as written (no control character but tabs). */
export function isSearchable(text: string): boolean {
  for (const char of text) if (isUnsearchable(char)) return false;
  return true;
}

/**
 * Word's Find treats a straight quote and its curly forms as the same character ("Word matches either normal or
 * smart quotes when you search for an apostrophe"; undocumented for Office.js). A window must be unique under
 * that equivalence, or Word could find an earlier look-alike.
 */
export function foldQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

export interface SearchWindow {
  /** [from, to) of the paragraph text: contains the target and occurs once in the paragraph. */
  from: number;
  to: number;
}

/**
 * Context kept on each side of the target (where the paragraph has it). The window must be unique in the text the
 * plan was made from, and also stay unique if the user types between the two syncs of the batch: a bare "1"
 * could match a "1" the user has just typed, "WPR-1<TAB>WP2 is in" will not. If the user types inside the
 * window, the search fails and Word stops the batch before anything is written.
 */
const CONTEXT = 8;

/**
 * Finds the shortest window around [start, end) (with CONTEXT characters each side where the paragraph has them)
 * that occurs exactly once in `text` (overlapping occurrences counted, so the answer holds whatever Word's
 * matching rules are), extending rightwards first, and holds no character search cannot match. Returns null if
 * no window fits Word's search limit, or the target itself holds such a character.
 */
export function findUniqueWindow(original: string, start: number, end: number): SearchWindow | null {
  if (end <= start || !isSearchable(original.slice(start, end))) return null;
  // Counted as Word's Find matches: straight and curly quotes alike (one character for one, offsets unchanged).
  const text = foldQuotes(original);
  // The window stays between the nearest unsearchable characters on either side of the target.
  let lowest = start;
  while (lowest > 0 && !isUnsearchable(text[lowest - 1]!)) lowest--;
  let highest = end;
  while (highest < text.length && !isUnsearchable(text[highest]!)) highest++;
  const fits = (from: number, to: number) =>
    to <= highest && escapeForSearch(text.slice(from, to)).length <= MAX_SEARCH_LENGTH;
  const left = Math.max(lowest, start - CONTEXT);
  const right = Math.min(highest, end + CONTEXT);
  for (let from = left; from >= lowest; from--) {
    for (let to = right; to <= text.length && fits(from, to); to++) {
      if (occurrences(text, text.slice(from, to), 1) === 1) return { from, to };
    }
    if (!fits(from, right)) break;
  }
  return null;
}

const EXACT = { matchCase: true, matchWildcards: false };

/**
 * Queues the Word calls that yield the range [start, start+length) of `paragraph`, whose text is `text`.
 * Returns null when the range cannot be located safely (then the caller refuses the edit). Every object it
 * creates goes into `temporaries`, for the caller to release once the request is queued (release.ts).
 */
export function locateRange(
  paragraph: ParagraphApi,
  text: string,
  start: number,
  length: number,
  temporaries: TrackableApi[] = [],
): RangeApi | null {
  const end = start + length;
  const window = findUniqueWindow(text, start, end);
  if (window === null) return null;
  const keep = <T extends TrackableApi>(object: T): T => {
    temporaries.push(object);
    return object;
  };
  const first = (within: ParagraphApi | RangeApi, part: string): RangeApi =>
    keep(keep<RangeCollectionApi>(within.search(escapeForSearch(part), EXACT)).getFirst());
  const found = first(paragraph, text.slice(window.from, window.to));
  // The window starts with its prefix, so the prefix's first match inside it is the window's start.
  const fromTarget =
    window.from < start
      ? keep(
          keep(first(found, text.slice(window.from, start)).getRange("End")).expandTo(
            keep(found.getRange("End")),
          ),
        )
      : found;
  if (window.to === end) return fromTarget;
  // fromTarget begins with the target, so the target's first match in it is the one we want.
  return first(fromTarget, text.slice(start, end));
}
