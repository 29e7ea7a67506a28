/**
 * Character-level helpers for the reference parser. No regular expressions that could backtrack: each helper
 * looks at the characters in front of it once, so the parser stays linear in the length of the paragraph.
 */

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

const LETTER = /\p{L}/u;

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.length > 0 && LETTER.test(char);
}

export function isWordChar(char: string | undefined): boolean {
  return isDigit(char) || isLetter(char);
}

/** Spaces that may separate "TD" from its number or list items: space, no-break space, narrow no-break space. */
export function isInlineSpace(char: string | undefined): boolean {
  return char === " " || char === "\u00a0" || char === "\u202f";
}

/** Skips inline spaces (at most `max`, so "TD    270" is not one reference). */
export function skipSpaces(text: string, at: number, max = 1): number {
  let i = at;
  while (i < text.length && i - at < max && isInlineSpace(text[i])) i++;
  return i;
}

/** The run of digits at `at` (at most 6, as no TSAG number is longer), or null. */
export function readNumber(text: string, at: number): { value: number; end: number } | null {
  let end = at;
  while (end < text.length && isDigit(text[end]) && end - at < 7) end++;
  if (end === at || end - at > 6) return null;
  return { value: Number(text.slice(at, end)), end };
}

/** Whether `word` is written at `at`, followed by a character that is not part of a word. */
export function wordAt(text: string, at: number, word: string): boolean {
  return text.startsWith(word, at) && !isWordChar(text[at + word.length]);
}

/** Whether a reference may start at `at`: not inside a word, an address, or a hyphenated code. */
export function boundaryBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const previous = text[at - 1]!;
  return !isWordChar(previous) && !"-_@./\\:#&=+%".includes(previous);
}

/** Whether a reference may end at `at`: not followed by more word characters ("TD270abc", "C++"). */
export function boundaryAfter(text: string, at: number): boolean {
  const next = text[at];
  return next === undefined || (!isWordChar(next) && next !== "@" && next !== "+" && next !== "_");
}
