/**
 * The study group that governs a Question: written after its number ("Q7/17", "Q11/SG17", "Q2/121" where the
 * next cell's working party "1" is glued on), or once for a list — after it ("Questions 1, 2 and 3 of SG15",
 * "Question 9 of ITU-T Study Group 15") or before it ("ITU-T SG15 Q9", "Study Group 13 Question 2"). What is known
 * of the domain decides: a group number is one of STUDY_GROUPS. Every look is a bounded number of tokens.
 */
import { CCITT_STUDY_GROUPS, STUDY_GROUPS } from "./forms";
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
  if (token?.type === "word") {
    // "Question 18/XII": CCITT wrote its study groups in Roman numerals.
    const group = romanNumeral(s.textOf(at));
    return group !== null && CCITT_STUDY_GROUPS.has(group) ? { group, next: at + 1, endsAt: null } : null;
  }
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

const ROMAN_DIGITS = [
  ["X", 10],
  ["IX", 9],
  ["V", 5],
  ["IV", 4],
  ["I", 1],
] as const;

/** "XII" → 12; null unless the word is a Roman numeral written the usual way (no "IIII", no "VX"). */
function romanNumeral(word: string): number | null {
  if (word.length > 6 || !/^[IVX]+$/.test(word)) return null;
  let value = 0;
  let rest = word;
  for (const [digits, worth] of ROMAN_DIGITS) {
    while (rest.startsWith(digits)) {
      value += worth;
      rest = rest.slice(digits.length);
    }
  }
  return rest === "" && toRoman(value) === word ? value : null;
}

function toRoman(value: number): string {
  let written = "";
  for (const [digits, worth] of ROMAN_DIGITS) {
    while (value >= worth) {
      written += digits;
      value -= worth;
    }
  }
  return written;
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
  return scopeRightBefore(s, i) ?? scopeInApposition(s, i);
}

/** The most words of an apposition between a study group and its Question: ", especially", ", in particular". */
const MAX_APPOSITION_WORDS = 2;

/**
 * "Study Group 12, especially Question 17", "SG15, in particular Q9": a group, a comma and a few words in lower
 * case that narrow it to the Question at token i. Another number, a capitalised word or a sentence end between
 * them breaks the link, so a Question only takes a group its own phrase gives it.
 */
function scopeInApposition(s: TokenStream, i: number): number | null {
  let k = i - 1;
  let words = 0;
  while (words < MAX_APPOSITION_WORDS && s.at(k)?.type === "space" && isLowerCaseWord(s, k - 1)) {
    words++;
    k -= 2;
  }
  if (words === 0 || !(s.at(k)?.type === "space" || isLineEnd(s, k)) || !s.isMark(k - 1, ",")) return null;
  return groupNamedUpTo(s, k - 2);
}

/** A line ended inside a phrase (a text wrapped by hand), not a tab: a table's cells are not one phrase. */
const isLineEnd = (s: TokenStream, k: number) => s.at(k)?.type === "break" && /^\r?\n$/.test(s.textOf(k));

function isLowerCaseWord(s: TokenStream, k: number): boolean {
  if (s.at(k)?.type !== "word") return false;
  const first = s.textOf(k)[0]!;
  return first !== first.toUpperCase();
}

function scopeRightBefore(s: TokenStream, i: number): number | null {
  // "SG15/Q4", "SG 15/Q4": the group, a slash, the Question.
  if (s.isMark(i - 1, "/")) return groupBeforeSlash(s, i);
  // "SG15 Q9", "Study Group 13 Question 2".
  if (s.at(i - 1)?.type !== "space" || s.at(i - 1)!.end - s.at(i - 1)!.start > 1) return null;
  return groupNamedUpTo(s, i - 2);
}

/** "SG15", "SG 15" or "Study Group 15" whose number is token `number`: the group; null if none. */
function groupNamedUpTo(s: TokenStream, number: number): number | null {
  if (!s.number(number, 2)) return null;
  for (const start of [number - 1, number - 2, number - 4]) {
    const found = readGroupName(s, start);
    if (found && found.next === number + 1) return found.group;
  }
  return null;
}

/** "SG15/" or "SG 15/" right before token i: the group; null if none. */
export function groupBeforeSlash(s: TokenStream, i: number): number | null {
  const number = i - 2;
  if (!s.isMark(i - 1, "/") || !s.number(number, 2)) return null;
  for (const start of [number - 1, number - 2]) {
    const found = s.isWord(start, "SG") ? readGroupName(s, start, true) : null;
    if (found && found.next === number + 1) return found.group;
  }
  return null;
}
