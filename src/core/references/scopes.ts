/**
 * The study group that governs a Question: written after its number ("Q7/17", "Q11/SG17", "Q2/121" where the
 * next cell's working party "1" is glued on), or once for a list — after it ("Questions 1, 2 and 3 of SG15",
 * "Question 9 of ITU-T Study Group 15") or before it ("ITU-T SG15 Q9", "Study Group 13 Question 2"). What is known
 * of the domain decides: a group number is one of STUDY_GROUPS. Every look is a bounded number of tokens.
 */
import { STUDY_GROUPS } from "./forms";
import type { TokenStream } from "./stream";

export interface GroupAfterSlash {
  group: number;
  /** The token after the group (after the glued digits too). */
  next: number;
  /** Where the group's digits end in the text, when digits of the next cell are glued to them. */
  endsAt: number | null;
}

/**
 * The group after the "/" at token k: "17", "SG17", "SG 17"; "121" is group 12 and the next cell's "1", "52" is
 * group 5 and "2" (no study group 52 exists). Null when no group is written.
 */
export function readGroupAfterSlash(s: TokenStream, k: number): GroupAfterSlash | null {
  if (!s.isMark(k, "/")) return null;
  let at = k + 1;
  if (s.isWord(at, "SG")) at = s.space(at + 1);
  const token = s.at(at);
  if (token?.type !== "number") return null;
  const digits = s.textOf(at);
  for (const length of [2, 1]) {
    const group = Number(digits.slice(0, length));
    if (digits.length < length || digits.length - length > 1 || !STUDY_GROUPS.has(group)) continue;
    if (digits[0] === "0") return null;
    return { group, next: at + 1, endsAt: length < digits.length ? token.start + length : null };
  }
  return null;
}

/** "SG15", "SG 15", "Study Group 15", "study group 15" starting at token k: the group and the next token. */
function readGroupName(s: TokenStream, k: number, slashed = false): { group: number; next: number } | null {
  let at: number;
  if (s.isWord(k, "SG")) at = s.space(k + 1);
  else if ((s.isWord(k, "Study") || s.isWord(k, "study")) && s.space(k + 1) > k + 1) {
    const word = s.space(k + 1);
    if (!s.isWord(word, "Group") && !s.isWord(word, "group")) return null;
    at = s.space(word + 1);
    if (at === word + 1) return null;
  } else return null;
  const number = s.number(at, 2);
  if (!number || !STUDY_GROUPS.has(number.value) || s.at(at + 1)?.type === "number") return null;
  const after = s.at(at + 1);
  if (after?.type === "word" || (s.isMark(at + 1, "/") && !slashed)) return null; // "SG15abc"
  return { group: number.value, next: at + 1 };
}

/** " of SG15", " of ITU-T Study Group 15" at token k: the group and the token after it. */
export function scopeAfter(s: TokenStream, k: number): { group: number; next: number } | null {
  const of = s.space(k);
  if (of === k || !s.isWord(of, "of")) return null;
  let at = s.space(of + 1);
  if (at === of + 1) return null;
  if (s.isWord(at, "ITU") && s.isMark(at + 1, "-") && s.isWord(at + 2, "T")) {
    at = s.space(at + 3);
    if (!s.at(at - 1) || s.at(at - 1)!.type !== "space") return null;
  }
  return readGroupName(s, at);
}

/** "SG15 " or "Study Group 13 " right before token i (the Question): the group; null if none. */
export function scopeBefore(s: TokenStream, i: number): number | null {
  // "SG15 Q9", or "SG15/Q4" (the group, a slash, the Question).
  const slashed = s.isMark(i - 1, "/") && s.isWord(i - 3, "SG");
  if (!slashed && (s.at(i - 1)?.type !== "space" || s.at(i - 1)!.end - s.at(i - 1)!.start > 1)) return null;
  const number = i - 2;
  if (!s.number(number, 2)) return null;
  for (const start of slashed ? [number - 1] : [number - 1, number - 2, number - 4]) {
    const found = readGroupName(s, start, slashed);
    if (found && found.next === number + 1) return found.group;
  }
  return null;
}
