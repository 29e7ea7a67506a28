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
const [WORD, NUMBER, SPACE, BREAK, MARK] = [0, 1, 2, 3, 4] as const;

/** One token, as the grammar looks at it. */
export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** A word's role in the table of forms, or null for any other word. */
  role: WordRole | null;
}

/**
 * A paragraph's tokens, kept in one array of small integers (four a token: type, start, end, role) rather than
 * one object each: a long paragraph then costs the garbage collector next to nothing per token, which keeps the
 * time per character the same at any length. (A typed array was tried: allocating one per paragraph cost more
 * than the whole scan of its characters.)
 */
export class Tokens {
  /** Token i is cells[4i .. 4i+3]: its type (index in TYPES), start, end, and role as 1 + its place in ROLES (0: none). */
  private readonly cells: number[] = [];
  count = 0;

  constructor(public text: string) {}

  /**
   * The tokens of another text, in the same cells: the recogniser reads paragraph after paragraph with one Tokens,
   * so that a document's worth of tokens is not allocated and collected again for each paragraph.
   */
  reuseFor(text: string): this {
    this.text = text;
    this.count = 0;
    return this;
  }

  /** `type` is the token type's place in TYPES (WORD, NUMBER, …). */
  push(type: number, start: number, end: number, role: WordRole | null = null): void {
    const at = 4 * this.count;
    this.cells[at] = type;
    this.cells[at + 1] = start;
    this.cells[at + 2] = end;
    this.cells[at + 3] = role ? ROLE_NUMBER.get(role)! : 0;
    this.count++;
  }

  /** Token i, or undefined past either end. */
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.count) return undefined;
    const role = this.cells[4 * i + 3]!;
    return {
      type: TYPES[this.cells[4 * i]!]!,
      start: this.start(i),
      end: this.end(i),
      role: role === 0 ? null : ROLES[role - 1]!,
    };
  }

  textOf(i: number): string {
    return this.text.slice(this.start(i), this.end(i));
  }

  start(i: number): number {
    return this.cells[4 * i + 1]!;
  }

  private end(i: number): number {
    return this.cells[4 * i + 2]!;
  }

  /** Token i's type, or undefined past either end: the readers' look-ups ask this without making a Token. */
  typeOf(i: number): TokenType | undefined {
    return i < 0 || i >= this.count ? undefined : TYPES[this.cells[4 * i]!];
  }

  length(i: number): number {
    return this.end(i) - this.start(i);
  }

  roleOf(i: number): WordRole | null {
    const role = i < 0 || i >= this.count ? 0 : this.cells[4 * i + 3]!;
    return role === 0 ? null : ROLES[role - 1]!;
  }
}

const ROLES: readonly WordRole[] = [...new Set(VOCABULARY.values())];
const ROLE_NUMBER = new Map(ROLES.map((role, index) => [role, index + 1]));

const LETTER = /\p{L}/u;

// The scan works on UTF-16 code units (charCodeAt): no one-character string is made per character.
const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isLetterCode = (code: number) =>
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  (code >= 128 && LETTER.test(String.fromCharCode(code)));
/** Spaces that may separate "TD" from its number: space, no-break space, narrow no-break space. */
const isInlineSpaceCode = (code: number) => code === 0x20 || code === 0xa0 || code === 0x202f;
/** A line break, a tab (a table cell in a text export) or another control character ends a phrase. */
const isBreakCode = (code: number) => code < 0x20 || code === 0x2028 || code === 0x2029;
const isDigit = (char: string) => isDigitCode(char.charCodeAt(0));
const isLetter = (char: string) => isLetterCode(char.charCodeAt(0));

/** Runs of characters of one class from `start`, up to `limit`: where the run ends. */
function runEnd(text: string, start: number, limit: number, inClass: (code: number) => boolean): number {
  let end = start + 1;
  while (end < limit && inClass(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The tokens of a paragraph; e-mail addresses and URLs become one break token each (nothing in them is cited).
 * `reuse`: a Tokens whose cells are taken over (the tokens it held are gone).
 */
export function tokenize(text: string, reuse?: Tokens): Tokens {
  const addresses =
    text.includes("@") || text.includes("http") || text.includes("www.") ? addressSpans(text) : [];
  const tokens = reuse ? reuse.reuseFor(text) : new Tokens(text);
  let next = 0; // index into addresses
  let i = 0;
  while (i < text.length) {
    const address = addresses[next];
    if (address && address.start === i) {
      tokens.push(BREAK, i, address.end);
      i = address.end;
      next++;
      continue;
    }
    const limit = address ? address.start : text.length;
    const code = text.charCodeAt(i);
    let end: number;
    if (isDigitCode(code)) {
      end = runEnd(text, i, limit, isDigitCode);
      tokens.push(NUMBER, i, end);
    } else if (isLetterCode(code)) {
      end = runEnd(text, i, limit, isLetterCode);
      pushWord(tokens, i, end);
    } else if (isInlineSpaceCode(code)) {
      end = runEnd(text, i, limit, isInlineSpaceCode);
      tokens.push(SPACE, i, end);
    } else if (isBreakCode(code)) {
      end = runEnd(text, i, limit, isBreakCode);
      tokens.push(BREAK, i, end);
    } else {
      end = i + 1;
      tokens.push(MARK, i, end);
    }
    i = end;
  }
  return tokens;
}

/** The longest word of the table that may start a reference ("Questions"): how far back a glued one is looked for. */
const MAX_GLUED = 9;

const startsSomething = (role: WordRole | undefined) =>
  role?.role === "kind" || role?.role === "group" || role?.role === "question";
/** Flags by character code (the table's words are ASCII): 1, some word of the table starts with it; 2, a word that may start a reference does (a cut elsewhere cannot split one off). */
const FIRST_LETTER = new Uint8Array(128);
for (const [word, role] of VOCABULARY) FIRST_LETTER[word.charCodeAt(0)]! |= startsSomething(role) ? 3 : 1;
const firstLetterFlags = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code < 128 ? FIRST_LETTER[code]! : 0;
};
const isLower = (char: string | undefined) => char !== undefined && char !== char.toUpperCase();
const isUpper = (char: string | undefined) => char !== undefined && char !== char.toLowerCase();

/**
 * A word, looked up in the vocabulary. Table cells run together by a text export glue a word to the next kind,
 * group or Question: "TD604/GENTD525/GEN" (a series mark before a kind), "/GENSG11-TD395" (before a group),
 * "NetworkSG11-TD513", "ReportQ4/5" (a word ending in lower case before one starting in upper case). Such a word
 * is two words. A single capital ("C") is not split off a word: "OpenC2" is a name, not a contribution.
 */
function pushWord(tokens: Tokens, start: number, end: number): void {
  const text = tokens.text;
  // Most words of prose start with a letter no word of the table starts with: no slice, no look-up.
  const role = firstLetterFlags(text, start) !== 0 ? (VOCABULARY.get(text.slice(start, end)) ?? null) : null;
  if (role === null) {
    for (let cut = Math.max(start + 1, end - MAX_GLUED); cut < end; cut++) {
      if ((firstLetterFlags(text, cut) & 2) === 0) continue; // most cuts: no slice, no look-up
      const tail = VOCABULARY.get(text.slice(cut, end));
      if (!startsSomething(tail)) continue;
      const head = cut - start <= MAX_GLUED ? VOCABULARY.get(text.slice(start, cut)) : undefined;
      const afterSeries = head?.role === "series" && !head.onlyInParentheses;
      const caseChange =
        isLower(text[cut - 1]) && isUpper(text[cut]) && (end - cut > 1 || tail!.role === "question");
      if (
        afterSeries ||
        caseChange ||
        (tail!.role === "kind" && end - cut > 1 && numberWithSeries(text, end))
      ) {
        tokens.push(WORD, start, cut, head ?? null);
        tokens.push(WORD, cut, end, tail);
        return;
      }
    }
  }
  tokens.push(WORD, start, end, role);
}

/**
 * A number and a series mark at `at` ("595/GEN"): a kind of two letters glued after capitals is then a document
 * ("BNGTD595/GEN", a title cell run into the TD cell), whatever the capitals are. Looks at a bounded stretch.
 */
function numberWithSeries(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k - at <= 6 && isDigit(text[k]!)) k++;
  if (k === at || (text[k] !== "/" && text[k] !== "-")) return false;
  const from = ++k;
  while (k < text.length && k - from < 5 && isLetter(text[k]!)) k++;
  // The series may itself be glued to the next cell: "595/GENTD596".
  for (let to = from + 1; to <= k; to++) {
    const series = VOCABULARY.get(text.slice(from, to));
    if (series?.role === "series" && !series.onlyInParentheses) return true;
  }
  return false;
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
