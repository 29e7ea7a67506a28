/**
 * The second stage of the recogniser: tokens (tokens.ts) assembled into references with exact spans. The grammar
 * knows only the roles of the table of forms (forms.ts):
 *
 *   documents  := [group ("-" | " ")] kind [" "] item (separator item)*
 *   item       := [series] number [revision] [series] [revision] [" Annex " label] [attribution]
 *   questions  := ("Q" | "Question" | "Questions" | "Qs") question (separator ["Question(s)"] question)*
 *   question   := ["Q" ["." | " "]] number ["-" number] ["/" number]
 *   numbered   := ["WTSA" ["-" yy] " " ["Action plan "]] ("Action(s)" | "Resolution(s)") number (separator number)*
 *
 * Each reader moves forward from its start and reads a bounded number of tokens before it either fails or has
 * read an item; a list it has read is consumed, so no token is read by two lists and the whole is linear.
 */
import {
  isAttribution,
  parenthesisSaysNew,
  precededByWord,
  readFromSource,
  readParenthesis,
  sourceBeforeParenthesis,
  trimmedSpan,
} from "./attribution";
import type { WordRole } from "./forms";
import type { Token, Tokens } from "./tokens";
import type { DocumentKind, Reference } from "./types";

/** No TD, contribution or Question number is longer. */
const MAX_DIGITS = 6;
/** "Q12-14/16" expands to at most this many Questions; a longer "range" is something else. */
const MAX_RANGE = 20;

export interface Parsed {
  references: Reference[];
  /** The token after the last one read. */
  end: number;
}

type Role<R extends WordRole["role"]> = Extract<WordRole, { role: R }>;

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
    const token = this.at(i);
    return token?.type === "word" && token.role?.role === role ? (token.role as Role<R>) : null;
  }
  isMark(i: number, marks: string): boolean {
    const token = this.at(i);
    return token?.type === "mark" && marks.includes(this.text[token.start]!);
  }
  isWord(i: number, word: string): boolean {
    const token = this.at(i);
    return (
      token?.type === "word" &&
      token.end - token.start === word.length &&
      this.text.startsWith(word, token.start)
    );
  }
  /** A number token of at most `max` digits, or null. */
  number(i: number, max = MAX_DIGITS): { value: number; digits: number } | null {
    const token = this.at(i);
    if (token?.type !== "number" || token.end - token.start > max) return null;
    return { value: Number(this.textOf(i)), digits: token.end - token.start };
  }
  /** Skips one space token of at most `max` characters. */
  space(i: number, max = 1): number {
    const token = this.at(i);
    return token?.type === "space" && token.end - token.start <= max ? i + 1 : i;
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

/** Whether a list or a new reference may go on at token i: not glued to a word ("TD270abc"), an address or a code. */
function endsCleanly(s: TokenStream, i: number): boolean {
  const token = s.at(i);
  if (!token) return true;
  if (token.type === "word") return startsReference(s, i); // cells run together: "TD604/GENTD525"
  return !(token.type === "mark" && "@_".includes(s.text[token.start]!));
}

/** Whether token i is a word that may start a reference. */
export function startsReference(s: TokenStream, i: number): boolean {
  const role = s.at(i)?.role?.role;
  return (
    role === "kind" || role === "question" || role === "group" || role === "resolution" || role === "assembly"
  );
}

function reference(
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

interface Separator {
  next: number;
  plus: boolean;
}

/** ", " · "," · " and " · ", and " · " & " · "+ " between list items; null when none. */
function readSeparator(s: TokenStream, i: number): Separator | null {
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

// ---------------------------------------------------------------------------------------------- documents

interface Prefix {
  group: string | null;
  kind: Role<"kind">;
  /** The token after the kind word. */
  next: number;
}

/** "TSAG-", "TSAG ", "SG17-", "SG11- " before a kind word, then the kind word; null if not a document. */
function readPrefix(s: TokenStream, i: number): Prefix | null {
  let group: string | null = null;
  let k = i;
  const groupRole = s.role(k, "group");
  if (groupRole) {
    group = s.textOf(k);
    k++;
    if (groupRole.numbered) {
      const number = s.number(k, 2);
      if (!number) return null;
      group += String(number.value);
      k++;
    }
    if (s.isMark(k, "-")) k = s.space(k + 1);
    else if (s.space(k) > k) k = s.space(k);
    else return null;
  }
  const kind = s.role(k, "kind");
  if (!kind || (kind.needsGroup && group === null)) return null;
  return { group, kind, next: k + 1 };
}

/** "Annex C1", "Table C3": the word before a letter-and-number code names a part of a document. */
function afterPartName(s: TokenStream, i: number): boolean {
  const before = s.at(i - 1)?.type === "space" ? i - 2 : i - 1;
  return s.role(before, "part") !== null || s.role(before, "annex") !== null;
}

interface Item {
  number: number;
  revision: number | null;
  revisionDigits: { start: number; length: number } | null;
  annex: string | null;
  /** The token after the number, revision and marks (the reference's span). */
  end: number;
  /** The token after the annex, where reading goes on. */
  next: number;
}

/** A revision at token i: "R1", "-R1", " R1", "Rev.1", " Rev. 1", " (Rev.1)". */
function readRevision(s: TokenStream, i: number): { value: number; digitsAt: number; next: number } | null {
  const digitsAfter = (k: number) => {
    const number = s.number(k, 2);
    return number ? { value: number.value, digitsAt: k, next: k + 1 } : null;
  };
  // "(Rev.1)", as meeting document lists write it.
  const open = s.space(i);
  if (s.isMark(open, "(") && s.isWord(open + 1, "Rev")) {
    const inside = readRevision(s, open + 1);
    return inside && s.isMark(inside.next, ")") ? { ...inside, next: inside.next + 1 } : null;
  }
  const glued = s.isMark(i, "-") ? i + 1 : s.space(i);
  const revision = s.role(glued, "revision");
  if (!revision) return null;
  if (!revision.dotted) return digitsAfter(glued + 1);
  if (glued === i + 1 && s.isMark(i, "-")) return null; // "-Rev" is not written
  const afterDot = s.isMark(glued + 1, ".") ? glued + 2 : glued + 1;
  return digitsAfter(s.space(afterDot));
}

/** A series mark at token i: "/GEN", "-GEN", "/Plen", " (PLEN/13)", "(P)", "(WP1/17)"; returns the next token. */
function readSeries(s: TokenStream, i: number): number | null {
  if (s.isMark(i, "/-")) {
    const series = s.role(i + 1, "series");
    if (!series || series.onlyInParentheses) return null;
    return series.numbered && s.number(i + 2, 2) ? i + 3 : i + 2;
  }
  const open = s.space(i);
  if (!s.isMark(open, "(") || !s.role(open + 1, "series")) return null;
  let k = open + 2;
  if (s.number(k, 2)) k++;
  if (s.isMark(k, "/") && s.number(k + 1, 2)) k += 2;
  return s.isMark(k, ")") ? k + 1 : null;
}

/** A document's number with its marks, revision and annex, from token i; `spaced` when a space follows the kind. */
function readItem(s: TokenStream, i: number, kind: Role<"kind">, spaced: boolean): Item | null {
  let k = i;
  // "TD GEN 0050", even across a line break.
  const series = s.role(k, "series");
  if (series && !series.onlyInParentheses && !series.numbered) {
    const after = s.at(k + 1);
    if (after?.type !== "space" && after?.type !== "break") return null;
    k += 2;
  }
  const number = s.number(k);
  if (!number) return null;
  if (spaced && kind.spacedMinDigits && number.digits < kind.spacedMinDigits) return null;
  k++;
  let revision: ReturnType<typeof readRevision> = null;
  let marked = false;
  for (let round = 0; round < 2; round++) {
    if (!revision) {
      revision = readRevision(s, k);
      if (revision) k = revision.next;
    }
    if (!marked) {
      const after = readSeries(s, k);
      if (after !== null) {
        k = after;
        marked = true;
      }
    }
  }
  if (!endsCleanly(s, k)) return null;
  let next = k;
  let annex: string | null = null;
  const annexWord = s.space(k);
  if (annexWord > k && s.role(annexWord, "annex")) {
    const label = s.space(annexWord + 1);
    const token = s.at(label);
    if (
      label > annexWord + 1 &&
      token &&
      token.type !== "space" &&
      token.type !== "mark" &&
      token.end - token.start < 4
    ) {
      annex = s.textOf(label);
      next = label + 1;
    }
  }
  const revisionToken = revision ? s.at(revision.digitsAt)! : null;
  return {
    number: number.value,
    revision: revision?.value ?? null,
    revisionDigits: revisionToken
      ? { start: revisionToken.start, length: revisionToken.end - revisionToken.start }
      : null,
    annex,
    end: k,
    next,
  };
}

/** "TD270", "C28"; a liaison's id carries its group: "TSAG-LS10", "SG17-LS5". */
function documentId(kind: DocumentKind, group: string | null, number: number): string {
  return kind === "LS" ? `${group ?? "TSAG"}-LS${number}` : `${kind}${number}`;
}

/** A list of documents of one kind from token i, with their attributions; null if none. */
export function parseDocuments(s: TokenStream, i: number): Parsed | null {
  const first = readPrefix(s, i);
  if (!first) return null;
  if (first.kind.kind === "C" && first.group === null && afterPartName(s, i)) return null;
  const text = s.text;
  const references: Reference[] = [];
  let runStart = 0; // first reference since the last attribution parenthesis
  let itemStart = i;
  let prefix = first;
  let k = s.space(first.next);
  // "TD GEN 0050": a series word may stand between the kind and the number.
  let spaced = k > first.next;
  let position = k;
  for (;;) {
    const item = readItem(s, k, prefix.kind, spaced);
    if (!item) break;
    references.push(
      reference(
        s,
        prefix.kind.kind,
        documentId(prefix.kind.kind, prefix.group, item.number),
        itemStart,
        item.end,
        {
          revision: item.revision,
          annex: item.annex,
          revisionDigits: item.revisionDigits,
          group: prefix.group,
        },
      ),
    );
    k = item.next;
    position = k;

    const parenthesis = readParenthesis(text, s.position(s.space(k)));
    if (parenthesis) {
      if (!isAttribution(parenthesis.content, first.kind.kind)) break; // a topic: "(IoT security)", "(all in TD270)"
      const attribution = trimmedSpan(text, parenthesis.contentStart, parenthesis.close);
      for (let r = runStart; r < references.length; r++) references[r]!.attribution = attribution;
      runStart = references.length;
      k = s.tokenAt(parenthesis.close + 1);
      position = k;
    }

    const separator = readSeparator(s, k);
    if (!separator) break;
    const prefixed = readPrefix(s, separator.next);
    if (prefixed && prefixed.kind.kind === first.kind.kind && !prefixed.kind.plural) {
      itemStart = separator.next;
      prefix = prefixed;
      k = s.space(prefixed.next);
      spaced = k > prefixed.next;
    } else if ((first.kind.plural || separator.plus) && s.number(separator.next)) {
      itemStart = separator.next;
      k = separator.next;
      spaced = false;
    } else {
      break;
    }
  }
  if (references.length === 0) return null;

  let end = s.position(position);
  const from = readFromSource(text, end);
  if (from) {
    for (const found of references) found.attribution ??= from.attribution;
    end = from.end;
    position = s.tokenAt(end);
  }
  const before = sourceBeforeParenthesis(text, s.position(i), s.endOf(position));
  if (before) for (const found of references) found.attribution ??= before;
  return { references, end: position };
}

// ---------------------------------------------------------------------------------------------- Questions

interface QuestionItem {
  start: number;
  from: number;
  to: number;
  group: number | null;
  end: number;
  isNew: boolean;
}

/** "Q7/17", "Q.13/16", "Q 3/16", "7/17", "12-14/16", "1" (a group to come: "Questions 1, 2 and 3/17"). */
function readQuestion(s: TokenStream, i: number, bare: boolean): QuestionItem | null {
  let k = i;
  let dotted = false;
  const letter = s.role(k, "question");
  if (letter?.letter) {
    k++;
    if (s.isMark(k, ".")) {
      dotted = true;
      k++;
    } else k = s.space(k);
  } else if (!bare) return null;
  const from = s.number(k);
  if (!from) return null;
  k++;
  let to = from.value;
  // "Q12-14/16", "Q13-Q14/16": a range of Questions of one study group.
  const rangeEnd = s.isWord(k + 1, "Q") ? k + 2 : k + 1;
  if (s.isMark(k, "-") && s.number(rangeEnd) && s.isMark(rangeEnd + 1, "/")) {
    to = s.number(rangeEnd)!.value;
    if (to <= from.value || to - from.value >= MAX_RANGE) return null;
    k = rangeEnd + 1;
  }
  let group: number | null = null;
  if (s.isMark(k, "/")) {
    const number = s.number(k + 1, 2);
    if (!number || s.isMark(k + 2, "/")) return null; // "1/2/3" is a date or a path
    group = number.value;
    k += 2;
  }
  // "Q.850", "Q.1912.5" are Recommendations: the dotted form is a Question only with its study group.
  if (dotted && group === null) return null;
  if (s.isMark(k, ".") && s.number(k + 1)) return null;
  if (!endsCleanly(s, k)) return null;
  return { start: i, from: from.value, to, group, end: k, isNew: false };
}

/** A list of Questions from token i ("Qs 2/11, Q9/11 and Q11/11", "Questions 1, 2 and 3/17"); null if none. */
export function parseQuestions(s: TokenStream, i: number): Parsed | null {
  const word = s.role(i, "question")!;
  let plural = word.plural;
  let k = i;
  let bare = false;
  if (!word.letter) {
    k = s.space(i + 1);
    if (k === i + 1) return null;
    bare = true;
  }
  let isNew = precededByWord(s.text, s.position(i), "new");
  const items: QuestionItem[] = [];
  let end = i;
  for (;;) {
    const item = readQuestion(s, k, bare);
    if (!item) break;
    const previous = items[items.length - 1];
    // After a single Question, a bare "5/16" continues the list only in the same study group ("Q 3/16 and 5/16").
    const prefixed = s.role(k, "question") !== null;
    if (previous && !prefixed && !plural && (item.group === null || item.group !== previous.group)) break;
    item.isNew = isNew || parenthesisSaysNew(s.text, s.endOf(item.end));
    if (items.length === 0 && !prefixed) item.start = i; // "Qs 7/17" spans its word
    items.push(item);
    end = item.end;

    const separator = readSeparator(s, end);
    if (!separator) break;
    let next = separator.next;
    const status = s.role(next, "status");
    if (status) {
      isNew = status.isNew;
      next = s.space(next + 1);
    }
    const again = s.role(next, "question");
    if (again && !again.letter) {
      plural ||= again.plural;
      next = s.space(next + 1);
    }
    k = next;
    bare = true;
  }
  if (items.length === 0) return null;
  // "Questions 1, 2 and 3/17", "Q7 and Q10/17": a number without its group takes the next one's.
  let group: number | null = null;
  const references: Reference[] = [];
  for (let n = items.length - 1; n >= 0; n--) {
    const item = items[n]!;
    group = item.group ?? group;
    if (group === null) continue;
    for (let q = item.to; q >= item.from; q--) {
      references.push(
        reference(s, "Q", `Q${q}/${group}`, item.start, item.end, { introducedAsNew: item.isNew }),
      );
    }
  }
  return { references: references.reverse(), end };
}

// ------------------------------------------------------------------------ WTSA Actions and Resolutions

/** "WTSA-24 Action 9", "WTSA Action plan Action 3", "WTSA-24 Actions 3, 5 and 6"; null if none. */
export function parseActions(s: TokenStream, i: number): Parsed | null {
  let k = i + 1;
  let edition = "";
  if (s.isMark(k, "-")) {
    const year = s.number(k + 1, 2);
    if (!year || year.digits !== 2) return null;
    edition = `-${s.textOf(k + 1)}`;
    k += 2;
  }
  k = s.space(k);
  // "WTSA Action plan Action 3": the plan is named before the action.
  if (s.isWord(k, "Action") && s.space(k + 1) > k + 1 && s.isWord(s.space(k + 1), "plan")) {
    k = s.space(s.space(k + 1) + 1);
  }
  if (!s.role(k, "action")) return null;
  return readNumberList(
    s,
    i,
    s.role(k, "action")!.plural,
    k + 1,
    (n) => `WTSA${edition} Action ${n}`,
    "WTSA-Action",
  );
}

/** "Resolution 2", "Res. 1", "Resolutions 7, 11 and 18", "Resolution 81 (Dubai, 2012)"; null if none. */
export function parseResolutions(s: TokenStream, i: number): Parsed | null {
  const word = s.role(i, "resolution")!;
  const k = s.isWord(i, "Res") && s.isMark(i + 1, ".") ? i + 2 : i + 1;
  return readNumberList(s, i, word.plural, k, (n) => `Resolution ${n}`, "Resolution");
}

function readNumberList(
  s: TokenStream,
  start: number,
  plural: boolean,
  afterWord: number,
  id: (n: number) => string,
  kind: "WTSA-Action" | "Resolution",
): Parsed | null {
  let k = s.space(afterWord);
  if (k === afterWord) return null;
  const references: Reference[] = [];
  let itemStart = start;
  let end = k;
  for (;;) {
    const number = s.number(k, 4);
    // "Resolution 1/2" or "1.2" is something else; a full stop after the number ends the sentence.
    if (
      !number ||
      s.isMark(k + 1, "/") ||
      (s.isMark(k + 1, ".") && s.number(k + 2)) ||
      !endsCleanly(s, k + 1)
    )
      break;
    references.push(reference(s, kind, id(number.value), itemStart, k + 1));
    end = k + 1;
    // "Resolution 81 (Dubai, 2012)": the place and year of the assembly belong to it.
    const parenthesis = readParenthesis(s.text, s.position(s.space(end)));
    if (parenthesis && parenthesis.content.length < 40 && /\d{4}$/.test(parenthesis.content.trimEnd()))
      end = s.tokenAt(parenthesis.close + 1);
    const separator = readSeparator(s, end);
    if (!plural || !separator || !s.number(separator.next)) break;
    itemStart = separator.next;
    k = separator.next;
  }
  return references.length > 0 ? { references, end } : null;
}
