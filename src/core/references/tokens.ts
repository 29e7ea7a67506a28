/**
 * The first stage of the reference recogniser: a paragraph's text as a sequence of tokens, each with its exact
 * place. One pass over the characters, no regular expression that could backtrack, so linear in the length.
 *
 *   "SG11- TD985/GEN"  →  word SG · number 11 · mark - · space · word TD · number 985 · mark / · word GEN
 *
 * Letters and digits are separate tokens ("TD171R1" is TD · 171 · R · 1), so the grammar sees every form the
 * same way whether or not it is spaced. A word is looked up once in the vocabulary of the table of forms.
 */
import { findEmails } from "../document/email";
import { VOCABULARY, type WordRole } from "./forms";

export type TokenType = "word" | "number" | "space" | "break" | "mark";

const TYPES: readonly TokenType[] = ["word", "number", "space", "break", "mark"];

/** One token, as the grammar looks at it. */
export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** A word's role in the table of forms, or null for any other word. */
  role: WordRole | null;
}

/**
 * A paragraph's tokens, kept in typed arrays rather than one object each: a long paragraph then costs the
 * garbage collector nothing per token, which keeps the time per character the same at any length.
 */
export class Tokens {
  private readonly types: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** A word's role, as 1 + its place in ROLES; 0 for no role. */
  private readonly roles: Uint16Array;
  count = 0;

  constructor(readonly text: string) {
    this.types = new Uint8Array(text.length);
    this.starts = new Int32Array(text.length);
    this.ends = new Int32Array(text.length);
    this.roles = new Uint16Array(text.length);
  }

  push(type: TokenType, start: number, end: number, role: WordRole | null = null): void {
    this.types[this.count] = TYPES.indexOf(type);
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.roles[this.count] = role ? ROLE_NUMBER.get(role)! : 0;
    this.count++;
  }

  /** Token i, or undefined past either end. */
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.count) return undefined;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    const role = this.roles[i]!;
    return { type: TYPES[this.types[i]!]!, start, end, role: role === 0 ? null : ROLES[role - 1]! };
  }

  textOf(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  /** Token i's type, or undefined past either end: the readers' look-ups ask this without making a Token. */
  typeOf(i: number): TokenType | undefined {
    return i < 0 || i >= this.count ? undefined : TYPES[this.types[i]!];
  }

  length(i: number): number {
    return this.ends[i]! - this.starts[i]!;
  }

  roleOf(i: number): WordRole | null {
    const role = i < 0 || i >= this.count ? 0 : this.roles[i]!;
    return role === 0 ? null : ROLES[role - 1]!;
  }
}

const ROLES: readonly WordRole[] = [...new Set(VOCABULARY.values())];
const ROLE_NUMBER = new Map(ROLES.map((role, index) => [role, index + 1]));

const LETTER = /\p{L}/u;

const isDigit = (char: string) => char >= "0" && char <= "9";
const isLetter = (char: string) =>
  (char >= "A" && char <= "Z") || (char >= "a" && char <= "z") || LETTER.test(char);
/** Spaces that may separate "TD" from its number: space, no-break space, narrow no-break space. */
const isInlineSpace = (char: string) => char === " " || char === "\u00a0" || char === "\u202f";
/** A line break, a tab (a table cell in a text export) or another control character ends a phrase. */
const isBreak = (char: string) => char < " " || char === "\u2028" || char === "\u2029";

/** The tokens of a paragraph; e-mail addresses and URLs become one break token each (nothing in them is cited). */
export function tokenize(text: string): Tokens {
  const addresses = addressSpans(text);
  const tokens = new Tokens(text);
  const push = tokens.push.bind(tokens);
  let next = 0; // index into addresses
  let i = 0;
  while (i < text.length) {
    const address = addresses[next];
    if (address && address.start === i) {
      push("break", i, address.end);
      i = address.end;
      next++;
      continue;
    }
    const limit = address ? address.start : text.length;
    const char = text[i]!;
    let end = i + 1;
    if (isDigit(char)) {
      while (end < limit && isDigit(text[end]!)) end++;
      push("number", i, end);
    } else if (isLetter(char)) {
      while (end < limit && isLetter(text[end]!)) end++;
      pushWord(text, i, end, push);
    } else if (isInlineSpace(char)) {
      while (end < limit && isInlineSpace(text[end]!)) end++;
      push("space", i, end);
    } else if (isBreak(char)) {
      while (end < limit && isBreak(text[end]!)) end++;
      push("break", i, end);
    } else {
      push("mark", i, end);
    }
    i = end;
  }
  return tokens;
}

/** The longest word of the table that may start a reference ("Questions"): how far back a glued one is looked for. */
const MAX_GLUED = 9;

const startsSomething = (role: WordRole | undefined) =>
  role?.role === "kind" || role?.role === "group" || role?.role === "question";
const isLower = (char: string | undefined) => char !== undefined && char !== char.toUpperCase();
const isUpper = (char: string | undefined) => char !== undefined && char !== char.toLowerCase();

/**
 * A word, looked up in the vocabulary. Table cells run together by a text export glue a word to the next kind,
 * group or Question: "TD604/GENTD525/GEN" (a series mark before a kind), "/GENSG11-TD395" (before a group),
 * "NetworkSG11-TD513", "ReportQ4/5" (a word ending in lower case before one starting in upper case). Such a word
 * is two words. A single capital ("C") is not split off a word: "OpenC2" is a name, not a contribution.
 */
function pushWord(
  text: string,
  start: number,
  end: number,
  push: (type: TokenType, start: number, end: number, role?: WordRole | null) => void,
): void {
  const role = VOCABULARY.get(text.slice(start, end)) ?? null;
  if (role === null) {
    for (let cut = Math.max(start + 1, end - MAX_GLUED); cut < end; cut++) {
      const tail = VOCABULARY.get(text.slice(cut, end));
      if (!startsSomething(tail)) continue;
      const head = cut - start <= MAX_GLUED ? VOCABULARY.get(text.slice(start, cut)) : undefined;
      const afterSeries = head?.role === "series" && !head.onlyInParentheses;
      const caseChange =
        isLower(text[cut - 1]) && isUpper(text[cut]) && (end - cut > 1 || tail!.role === "question");
      if (afterSeries || caseChange) {
        push("word", start, cut, head ?? null);
        push("word", cut, end, tail);
        return;
      }
    }
  }
  push("word", start, end, role);
}

/** E-mail addresses and URLs, in order and not overlapping. */
function addressSpans(text: string): { start: number; end: number }[] {
  const spans = findEmails(text).map((email) => ({ start: email.start, end: email.start + email.length }));
  for (const marker of ["https://", "http://", "www."]) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      let end = at;
      while (end < text.length && !/\s/.test(text[end]!)) end++;
      spans.push({ start: at, end });
      at = end;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
