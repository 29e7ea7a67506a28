/**
 * What may follow a document's number and adds to it: a revision ("R1", "-r1", "rev1", "Rev.1", "(Rev.1)"), a
 * series or meeting mark ("/GEN", "-PLEN", "/WP3", "(PLEN/13)", "(P)") and a language letter ("-E", " – E").
 * Each reader looks at a bounded number of tokens and returns null when its mark is not there: a mark it does not
 * know is left alone and never costs the reference (documents.ts).
 */
import type { TokenStream } from "./stream";

export interface Revision {
  value: number;
  digitsAt: number;
  next: number;
}

/** The six languages of ITU documents' symbols: "COM 15 – LS 197 – E", "TD 48 (PLEN/3)-E". */
const LANGUAGES = "EFSRCA";

/** A revision word ("R", "r", "Rev", "rev", "REV", "Revision") at token k, an optional dot and space, then digits. */
function revisionWordAt(s: TokenStream, k: number): Revision | null {
  if (!s.role(k, "revision")) return null;
  let at = k + 1;
  if (s.isMark(at, ".")) at++;
  at = s.space(at);
  const number = s.number(at, 2);
  return number ? { value: number.value, digitsAt: at, next: at + 1 } : null;
}

/** A revision at token i: glued, after a hyphen, "_", "/", "." ("TD 12.rev1") or a space, or in parentheses; null if none. */
export function readRevision(s: TokenStream, i: number): Revision | null {
  const open = s.space(i);
  if (s.isMark(open, "(") && s.role(open + 1, "revision")) {
    const inside = revisionWordAt(s, open + 1);
    return inside && s.isMark(inside.next, ")") ? { ...inside, next: inside.next + 1 } : null;
  }
  const k = s.isHyphen(i) || s.isMark(i, "_/.") ? i + 1 : s.space(i);
  return revisionWordAt(s, k);
}

/** A series mark at token i: "/GEN", "-GEN", "/Plen", "/WP3", " (PLEN/13)", "(P)", "(WP1/17)"; the next token. */
export function readSeries(s: TokenStream, i: number): number | null {
  if (s.isMark(i, "/") || s.isHyphen(i)) {
    const series = s.role(i + 1, "series");
    if (!series || series.onlyInParentheses) return null;
    return series.numbered && s.number(i + 2, 1) ? i + 3 : i + 2;
  }
  const open = s.space(i);
  if (!s.isMark(open, "(") || !s.role(open + 1, "series")) return null;
  const k = seriesEnd(s, open);
  if (s.isMark(k, ")")) return k + 1;
  const inside = revisionInSeries(s, i);
  return inside ? inside.next : null;
}

/** Past "(PLEN/13" from the "(" at token open. */
function seriesEnd(s: TokenStream, open: number): number {
  let k = open + 2;
  if (s.number(k, 2)) k++;
  if (s.isMark(k, "/") && s.number(k + 1, 2)) k += 2;
  return k;
}

/** "TD 12 (PLEN/15 Rev.1)": a revision inside the series' parentheses, its `next` after the ")"; null if none. */
export function revisionInSeries(s: TokenStream, i: number): Revision | null {
  const open = s.space(i);
  if (!s.isMark(open, "(") || !s.role(open + 1, "series")) return null;
  const k = seriesEnd(s, open);
  const inside = s.space(k) > k ? readRevision(s, k) : null;
  return inside && s.isMark(inside.next, ")") ? { ...inside, next: inside.next + 1 } : null;
}

/** A language letter after a hyphen or a spaced dash: "-E", " – E"; the next token, or null. */
export function readLanguage(s: TokenStream, i: number): number | null {
  const dash = s.space(i);
  if (!s.isHyphen(dash)) return null;
  const letter = s.space(dash + 1);
  const token = s.at(letter);
  if (token?.type !== "word" || token.end - token.start !== 1 || !LANGUAGES.includes(s.text[token.start]!))
    return null;
  const after = s.at(letter + 1);
  if (!after || after.type === "break" || (after.type === "mark" && !s.isHyphen(letter + 1)))
    return letter + 1;
  return after.type === "space" && s.at(letter + 2)?.type !== "number" ? letter + 1 : null;
}
