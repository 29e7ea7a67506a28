/**
 * What every reader of the grammar shares: the tokens of one paragraph with the small look-ups every reader needs,
 * the end of a reference, the separators of lists, and the making of a Reference. The readers: documents.ts,
 * questions.ts, numbered.ts (WTSA Actions and Resolutions).
 *
 * Each reader moves forward from its start and reads a bounded number of tokens before it either fails or has
 * read an item; a list it has read is consumed, so no token is read by two lists and the whole is linear.
 */
import type { WordRole } from "./forms";
import type { TrapCheck } from "./traps";
import type { Token, Tokens } from "./tokens";
import type { Reference } from "./types";

/** No TD, contribution or Question number is longer. */
/** Hyphens and the en dash, which join a group, a kind, a number and their marks alike. */
const HYPHENS = "-\u2010\u2011\u2013";

export const MAX_DIGITS = 6;
/** "Q12-14/16" expands to at most this many Questions; a longer "range" is something else. */
export const MAX_RANGE = 20;

export interface Parsed {
  references: Reference[];
  /** The token after the last one read. */
  end: number;
}

export type Role<R extends WordRole["role"]> = Extract<WordRole, { role: R }>;

/** The tokens of one paragraph with the small look-ups every reader needs. */
export class TokenStream {
  readonly text: string;
  constructor(
    readonly tokens: Tokens,
    readonly paragraph: number,
  ) {
    this.text = tokens.text;
  }

  get count(): number {
    return this.tokens.count;
  }
  at(i: number): Token | undefined {
    return this.tokens.at(i);
  }
  textOf(i: number): string {
    return this.tokens.textOf(i);
  }
  role<R extends WordRole["role"]>(i: number, role: R): Role<R> | null {
    const found = this.tokens.typeOf(i) === "word" ? this.tokens.roleOf(i) : null;
    return found?.role === role ? (found as Role<R>) : null;
  }
  isMark(i: number, marks: string): boolean {
    return this.tokens.typeOf(i) === "mark" && marks.includes(this.text[this.tokens.start(i)]!);
  }
  /** A hyphen as people type it: "-", the non-breaking "\u2011", "\u2010", or an en dash ("COM 15 – LS 197"). */
  isHyphen(i: number): boolean {
    return this.isMark(i, HYPHENS);
  }
  isWord(i: number, word: string): boolean {
    return (
      this.tokens.typeOf(i) === "word" &&
      this.tokens.length(i) === word.length &&
      this.text.startsWith(word, this.tokens.start(i))
    );
  }
  /** A number token of at most `max` digits, or null. */
  number(i: number, max = MAX_DIGITS): { value: number; digits: number } | null {
    if (this.tokens.typeOf(i) !== "number" || this.tokens.length(i) > max) return null;
    return { value: Number(this.textOf(i)), digits: this.tokens.length(i) };
  }
  /** Skips one space token of at most `max` characters. */
  space(i: number, max = 1): number {
    return this.tokens.typeOf(i) === "space" && this.tokens.length(i) <= max ? i + 1 : i;
  }
  /** The index of the token that starts at or after a text position. */
  tokenAt(position: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.tokens.start(middle) < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
  /** The text position where token i starts (the text's end after the last token). */
  position(i: number): number {
    return this.at(i)?.start ?? this.text.length;
  }
  /** Where token i - 1 ends. */
  endOf(i: number): number {
    return this.at(i - 1)?.end ?? 0;
  }
}

/**
 * The trap that what follows a reference at token i springs, or null when the reference stands: a code glued to it
 * ("C4ISR", "TD270abc"), another body's number ("C3-190409"), a decimal ("C 3.2"), an address ("TD1@x"). A word
 * of the table, another reference, or a capitalised word glued to it (table cells run together:
 * "TD891R2NewStrategies") leaves the reference standing: what follows only adds, it never takes away.
 */
export function trapAfter(s: TokenStream, i: number): TrapCheck | "address" | null {
  const token = s.at(i);
  if (!token) return null;
  if (token.type === "word") {
    // A word of the table, but not a lone letter that reads nothing: "C2C" and "P2P" are names.
    if (token.role !== null) return token.end - token.start > 1 || s.number(i + 1) ? null : "glued-code";
    const first = s.text[token.start]!;
    const second = s.text[token.start + 1];
    const capitalised =
      first !== first.toLowerCase() && second !== undefined && second !== second.toUpperCase();
    return capitalised ? null : "glued-code";
  }
  if (token.type !== "mark") return null;
  const mark = s.text[token.start]!;
  if (mark === "@") return "address";
  if (mark === "." && s.number(i + 1)) return "decimal";
  const number = s.at(i + 1);
  if (s.isHyphen(i) && number?.type === "number" && number.end - number.start >= 4)
    return "other-body-number";
  return null;
}

/** Whether a list or a new reference may go on at token i: no trap after it. */
export function endsCleanly(s: TokenStream, i: number): boolean {
  return trapAfter(s, i) === null;
}

/** Whether token i is a word that may start a reference. */
export function startsReference(s: TokenStream, i: number): boolean {
  const role = s.at(i)?.role?.role;
  return (
    role === "kind" ||
    role === "question" ||
    role === "group" ||
    role === "resolution" ||
    role === "assembly" ||
    role === "prefix"
  );
}

export function reference(
  s: TokenStream,
  kind: Reference["kind"],
  id: string,
  startToken: number,
  endToken: number,
  extra: Partial<Reference> = {},
): Reference {
  const start = s.position(startToken);
  return {
    kind,
    id,
    revision: null,
    annex: null,
    paragraph: s.paragraph,
    start,
    length: s.endOf(endToken) - start,
    revisionDigits: null,
    attribution: null,
    introducedAsNew: false,
    group: null,
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------- separators

export interface Separator {
  next: number;
  plus: boolean;
}

/** ", " · "," · " and " · ", and " · " & " · "+ " between list items; null when none. */
export function readSeparator(s: TokenStream, i: number): Separator | null {
  let k = i;
  if (s.isMark(k, ",")) {
    k = s.space(k + 1, 2);
    if (s.role(k, "conjunction") && s.at(k + 1)?.type === "space")
      return { next: s.space(k + 1, 2), plus: false };
    return { next: k, plus: false };
  }
  const spaced = s.space(k, 2);
  if (s.isMark(spaced, "+")) return { next: s.space(spaced + 1, 2), plus: true };
  if (spaced === k) return null;
  if (s.isMark(spaced, "&") || s.role(spaced, "conjunction")) {
    const after = spaced + 1;
    return s.at(after)?.type === "space" ? { next: s.space(after, 2), plus: false } : null;
  }
  return null;
}
