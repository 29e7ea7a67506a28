/**
 * Who a document is attributed to, read from the text around the references: "TD286 (ITU-T SG11)",
 * "TD219 from FG-AINN", "TD293 and TD295, both from SG17", "liaison statements from SG17 (TD270)". Every look is
 * bounded (MAX_PARENTHESIS, MAX_SOURCE), so reading attributions keeps the recogniser linear.
 */
import { isDigit, isInlineSpace, isLetter, isWordChar, skipSpaces, wordAt } from "./cursor";
import { looksLikeSource } from "./sources";
import type { Attribution, DocumentKind } from "./types";

/** A parenthesis longer than this is prose, not an attribution; the bound keeps scanning linear. */
const MAX_PARENTHESIS = 160;
/** "from <source>" and "<source> (TD270)": how far a source may reach. */
const MAX_SOURCE = 60;

export function isAttribution(content: string, kind: DocumentKind): boolean {
  if (/(?:^|[^A-Za-z])(?:TD ?\d|TSAG-|C\d|Q\d)/.test(content)) return false;
  if (looksLikeSource(content)) return true;
  // A contribution's parenthesis names its Member State or Sector Member: "C14 (Russian Federation)".
  return kind === "C" && /^\s*\p{Lu}/u.test(content) && !/\b(?:new|revised|see|all|both)\b/.test(content);
}

export function parenthesisSaysNew(text: string, at: number): boolean {
  const parenthesis = readParenthesis(text, skipSpaces(text, at));
  return parenthesis !== null && /^\s*new\b/.test(parenthesis.content);
}

export interface Parenthesis {
  contentStart: number;
  close: number;
  content: string;
}

/** A balanced parenthesis at `at` ("(Korea (Rep. of))"), not longer than MAX_PARENTHESIS. */
export function readParenthesis(text: string, at: number): Parenthesis | null {
  if (text[at] !== "(") return null;
  let depth = 0;
  for (let i = at; i < text.length && i - at <= MAX_PARENTHESIS; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0)
      return { contentStart: at + 1, close: i, content: text.slice(at + 1, i) };
  }
  return null;
}

export function trimmedSpan(text: string, start: number, end: number): Attribution {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), start: s, length: e - s };
}

export function precededByWord(text: string, at: number, word: string): boolean {
  let end = at;
  while (end > 0 && at - end < 3 && isInlineSpace(text[end - 1])) end--;
  return (
    end < at &&
    text.slice(Math.max(0, end - word.length), end) === word &&
    !isLetter(text[end - word.length - 1])
  );
}

function isSourceChar(char: string | undefined): boolean {
  return isWordChar(char) || char === "-" || char === "/" || char === ".";
}

/** ", both from SG17" · " from FG-AINN" · " all from ITU-T SG15": the source of the references before it. */
export function readFromSource(text: string, at: number): { attribution: Attribution; end: number } | null {
  let i = at;
  if (text[i] === ",") i++;
  i = skipSpaces(text, i);
  if (wordAt(text, i, "both") || wordAt(text, i, "all")) i = skipSpaces(text, i + (text[i] === "b" ? 4 : 3));
  if (i === at || !wordAt(text, i, "from") || !isInlineSpace(text[i + 4])) return null;
  const start = skipSpaces(text, i + 4);
  let end = start;
  let wordStart = start;
  // Capitalised words and codes ("ITU-T SG2", "FG-AINN"); stops at a lower-case word ("on the topic of …").
  while (wordStart < text.length && wordStart - start < MAX_SOURCE) {
    const first = text[wordStart];
    if (!(isDigit(first) || (isLetter(first) && first === first!.toUpperCase()))) break;
    let wordEnd = wordStart;
    while (wordEnd < text.length && isSourceChar(text[wordEnd])) wordEnd++;
    end = wordEnd;
    if (!isInlineSpace(text[wordEnd])) break;
    wordStart = wordEnd + 1;
  }
  while (end > start && (text[end - 1] === "." || text[end - 1] === "-")) end--;
  if (end === start || !looksLikeSource(text.slice(start, end))) return null;
  return { attribution: { text: text.slice(start, end), start, length: end - start }, end };
}

/** "liaison statements from SG17 (TD270) and SG20 (TD222)": the references fill a parenthesis after a source. */
export function sourceBeforeParenthesis(
  text: string,
  listStart: number,
  listEnd: number,
): Attribution | null {
  let open = listStart - 1;
  if (isInlineSpace(text[open])) open--;
  const close = skipSpaces(text, listEnd);
  if (text[open] !== "(" || text[close] !== ")") return null;
  let end = open;
  if (isInlineSpace(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < MAX_SOURCE && isSourceChar(text[start - 1])) start--;
  // "ITU-T SG13 (TD275)": take the sector too.
  if (text.slice(Math.max(0, start - 6), start) === "ITU-T ") start -= 6;
  while (end > start && text[end - 1] === ".") end--;
  const source = text.slice(start, end);
  if (source.length === 0 || !looksLikeSource(source)) return null;
  // Only "from SG17 (TD270)" and its continuation "and SG20 (TD222)": "assigned to RG-IES (TD7R1)" is no source.
  if (!precededByWord(text, start, "from") && !precededByWord(text, start, "and")) return null;
  return { text: source, start, length: end - start };
}
