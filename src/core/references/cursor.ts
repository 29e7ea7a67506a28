/**
 * Character-level helpers for reading attributions around references (attribution.ts). No regular expressions
 * that could backtrack: each helper looks at the characters in front of it once, so reading stays linear.
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

/** Whether `word` is written at `at`, followed by a character that is not part of a word. */
export function wordAt(text: string, at: number, word: string): boolean {
  return text.startsWith(word, at) && !isWordChar(text[at + word.length]);
}
