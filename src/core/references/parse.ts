/**
 * Recognises every reference form of TSAG documents in one paragraph's text, with exact positions:
 *   TD270, TD 270, TD016, TD171R1, TD171 Rev.1, TD624-R2, TSAG-TD104R1, TD171 Annex B, (TD111),
 *   TDs 177, 240 and 291 · C28, (C14) · TSAG-LS10 · Q7/17, Question 16/17, Questions Q7/17 and Q10/17,
 *   Qs 7/17 and 10/17 · WTSA-24 Action 9 · Resolution 2, Resolutions 7, 11 and 18
 * and the source each document is attributed to:
 *   TD286 (ITU-T SG11) · TD219 from FG-AINN · TD293 and TD295, both from SG17 ·
 *   TDs 217 (SG2), 253, 254, 255 (SG11) and 294 (SG17) · liaison statements from SG17 (TD270).
 *
 * The parser is a hand-written scanner: it moves forward through the text and never returns to a position it
 * has passed (look-backs and parentheses are bounded), so its time is linear in the length of the text.
 */
import { findEmails } from "../text/email";
import {
  boundaryAfter,
  boundaryBefore,
  isDigit,
  isInlineSpace,
  isLetter,
  isWordChar,
  readNumber,
  skipSpaces,
  wordAt,
} from "./cursor";
import { looksLikeSource } from "./sources";
import type { Attribution, DocumentKind, Reference } from "./types";

/** A parenthesis longer than this is prose, not an attribution; the bound keeps scanning linear. */
const MAX_PARENTHESIS = 160;
/** "from <source>" and "<source> (TD270)": how far a source may reach. */
const MAX_SOURCE = 60;

interface Parsed {
  references: Reference[];
  end: number;
}

/** All references in a paragraph's text, in order. */
export function findReferences(text: string, paragraph = 0): Reference[] {
  const skipped = addressSpans(text);
  const found: Reference[] = [];
  // Jump from one possible first letter to the next; most characters of a paragraph are never looked at twice.
  const candidate = /[TCQWR]/g;
  let next = 0; // index into skipped
  let i = 0;
  while (i < text.length) {
    candidate.lastIndex = i;
    const match = candidate.exec(text);
    if (!match) break;
    i = match.index;
    while (next < skipped.length && skipped[next]!.end <= i) next++;
    const address = skipped[next];
    if (address && address.start <= i) {
      i = address.end;
      continue;
    }
    const parsed = boundaryBefore(text, i) ? parseAt(text, i, paragraph) : null;
    if (parsed) {
      found.push(...parsed.references);
      i = Math.max(parsed.end, i + 1);
    } else {
      i++;
    }
  }
  return found;
}

/** E-mail addresses and URLs: nothing inside them is a reference. */
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
  return spans.sort((a, b) => a.start - b.start);
}

function parseAt(text: string, at: number, paragraph: number): Parsed | null {
  if (text.startsWith("WTSA-", at)) return parseNumbered(text, at, paragraph, "WTSA-Action");
  if (text.startsWith("Res", at)) return parseNumbered(text, at, paragraph, "Resolution");
  if (text.startsWith("Q", at)) return parseQuestions(text, at, paragraph);
  const prefix = documentPrefix(text, at);
  return prefix ? parseDocuments(text, at, paragraph, prefix) : null;
}

// ---------------------------------------------------------------------------------------------- documents

interface DocumentPrefix {
  kind: DocumentKind;
  /** Where the number starts. */
  numberAt: number;
  /** "TDs 177, 240": bare numbers may follow. */
  plural: boolean;
}

function documentPrefix(text: string, at: number): DocumentPrefix | null {
  const afterSpace = (from: number) =>
    isDigit(text[from]) ? from : isDigit(text[skipSpaces(text, from)]) ? skipSpaces(text, from) : -1;
  if (text.startsWith("TSAG-TD", at) && isDigit(text[at + 7]))
    return { kind: "TD", numberAt: at + 7, plural: false };
  if (text.startsWith("TSAG-LS", at) && isDigit(text[at + 7]))
    return { kind: "LS", numberAt: at + 7, plural: false };
  if (text.startsWith("TSAG-C", at) && isDigit(text[at + 6]))
    return { kind: "C", numberAt: at + 6, plural: false };
  if (text.startsWith("TDs", at) && isInlineSpace(text[at + 3]) && isDigit(text[skipSpaces(text, at + 3)])) {
    return { kind: "TD", numberAt: skipSpaces(text, at + 3), plural: true };
  }
  if (text.startsWith("TD", at) && afterSpace(at + 2) >= 0)
    return { kind: "TD", numberAt: afterSpace(at + 2), plural: false };
  if (text.startsWith("Cs", at) && isInlineSpace(text[at + 2]) && isDigit(text[skipSpaces(text, at + 2)])) {
    return precededByPartName(text, at)
      ? null
      : { kind: "C", numberAt: skipSpaces(text, at + 2), plural: true };
  }
  if (text[at] === "C" && isDigit(text[at + 1])) {
    return precededByPartName(text, at) ? null : { kind: "C", numberAt: at + 1, plural: false };
  }
  return null;
}

/** "Annex C1", "Appendix C2", "Table C3": parts of a document, not contributions. */
function precededByPartName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).trimEnd();
  return /(?:Annex|Appendix|Attachment|Table|Figure|Clause|clause|Section)$/.test(before);
}

const ID_PREFIX: Record<DocumentKind, string> = { TD: "TD", C: "C", LS: "TSAG-LS" };

interface DocumentItem {
  number: number;
  revision: number | null;
  revisionDigits: { start: number; length: number } | null;
  annex: string | null;
  /** End of the number and revision (the reference's span). */
  end: number;
  /** End including an annex ("TD171 Annex B"), where parsing continues. */
  next: number;
}

/** A number with its revision ("171R1", "624-R2", "171 Rev.1") and annex; null if followed by word characters. */
function readDocumentItem(text: string, at: number): DocumentItem | null {
  const number = readNumber(text, at);
  if (!number) return null;
  let end = number.end;
  let revision: number | null = null;
  let revisionDigits: DocumentItem["revisionDigits"] = null;
  const revisionAt = (digitsAt: number) => {
    const digits = readNumber(text, digitsAt);
    if (!digits || digits.end - digitsAt > 2) return false;
    revision = digits.value;
    revisionDigits = { start: digitsAt, length: digits.end - digitsAt };
    end = digits.end;
    return true;
  };
  if (text[end] === "R" && isDigit(text[end + 1])) revisionAt(end + 1);
  else if (text[end] === "-" && text[end + 1] === "R" && isDigit(text[end + 2])) revisionAt(end + 2);
  else {
    const rev = skipSpaces(text, end);
    if (text.startsWith("Rev", rev)) {
      const digitsAt = skipSpaces(text, text[rev + 3] === "." ? rev + 4 : rev + 3);
      if (isDigit(text[digitsAt])) revisionAt(digitsAt);
    }
  }
  if (!boundaryAfter(text, end)) return null;
  let next = end;
  let annex: string | null = null;
  const annexAt = skipSpaces(text, end);
  if (annexAt > end && wordAt(text, annexAt, "Annex")) {
    const labelAt = skipSpaces(text, annexAt + 5);
    let labelEnd = labelAt;
    while (labelEnd < text.length && labelEnd - labelAt < 4 && isWordChar(text[labelEnd])) labelEnd++;
    if (labelEnd > labelAt && labelEnd - labelAt < 4) {
      annex = text.slice(labelAt, labelEnd);
      next = labelEnd;
    }
  }
  return { number: number.value, revision, revisionDigits, annex, end, next };
}

function parseDocuments(text: string, at: number, paragraph: number, first: DocumentPrefix): Parsed | null {
  const references: Reference[] = [];
  let runStart = 0; // first reference since the last attribution parenthesis
  let itemStart = at;
  let numberAt = first.numberAt;
  let position = at;

  for (;;) {
    const item = readDocumentItem(text, numberAt);
    if (!item) break;
    references.push({
      kind: first.kind,
      id: `${ID_PREFIX[first.kind]}${item.number}`,
      revision: item.revision,
      annex: item.annex,
      paragraph,
      start: itemStart,
      length: item.end - itemStart,
      revisionDigits: item.revisionDigits,
      attribution: null,
      introducedAsNew: false,
    });
    position = item.next;

    const parenthesis = readParenthesis(text, skipSpaces(text, position));
    if (parenthesis) {
      if (!isAttribution(parenthesis.content, first.kind)) break; // a topic: "(IoT security)", "(all in TD270)"
      const attribution = trimmedSpan(text, parenthesis.contentStart, parenthesis.close);
      for (let k = runStart; k < references.length; k++) references[k]!.attribution = attribution;
      runStart = references.length;
      position = parenthesis.close + 1;
    }

    const afterSeparator = readSeparator(text, position);
    if (afterSeparator < 0) break;
    const prefixed = documentPrefix(text, afterSeparator);
    if (prefixed && prefixed.kind === first.kind && !prefixed.plural) {
      itemStart = afterSeparator;
      numberAt = prefixed.numberAt;
    } else if (first.plural && isDigit(text[afterSeparator])) {
      itemStart = afterSeparator;
      numberAt = afterSeparator;
    } else {
      break;
    }
  }
  if (references.length === 0) return null;

  const from = readFromSource(text, position);
  if (from) {
    for (const reference of references) reference.attribution ??= from.attribution;
    position = from.end;
  }
  const before = sourceBeforeParenthesis(text, at, position);
  if (before) for (const reference of references) reference.attribution ??= before;
  return { references, end: position };
}

function isAttribution(content: string, kind: DocumentKind): boolean {
  if (/(?:^|[^A-Za-z])(?:TD ?\d|TSAG-|C\d|Q\d)/.test(content)) return false;
  if (looksLikeSource(content)) return true;
  // A contribution's parenthesis names its Member State or Sector Member: "C14 (Russian Federation)".
  return kind === "C" && /^\s*\p{Lu}/u.test(content) && !/\b(?:new|revised|see|all|both)\b/.test(content);
}

// ---------------------------------------------------------------------------------------------- Questions

function parseQuestions(text: string, at: number, paragraph: number): Parsed | null {
  let position = at;
  let plural = false;
  for (const word of ["Questions", "Question", "Qs"]) {
    if (wordAt(text, at, word) && isInlineSpace(text[at + word.length])) {
      position = skipSpaces(text, at + word.length);
      plural = word !== "Question";
      break;
    }
  }
  let isNew = precededByWord(text, at, "new");
  const references: Reference[] = [];
  for (;;) {
    const prefixed = text[position] === "Q" && isDigit(text[position + 1]);
    const item = readQuestion(text, prefixed ? position + 1 : position);
    if (!item) break;
    // "Q7/17" spans itself; a bare first item spans its word too ("Qs 7/17"); later bare items, their digits.
    const start = prefixed || references.length > 0 ? position : at;
    references.push({
      kind: "Q",
      id: `Q${item.question}/${item.group}`,
      revision: null,
      annex: null,
      paragraph,
      start,
      length: item.end - start,
      revisionDigits: null,
      attribution: null,
      introducedAsNew: isNew || parenthesisSaysNew(text, item.end),
    });
    position = item.end;

    let next = readSeparator(text, position);
    if (next < 0) break;
    if (wordAt(text, next, "new")) {
      isNew = true;
      next = skipSpaces(text, next + 3);
    } else if (wordAt(text, next, "revised")) {
      isNew = false;
      next = skipSpaces(text, next + 7);
    }
    for (const word of ["Questions", "Question"]) {
      if (wordAt(text, next, word)) {
        next = skipSpaces(text, next + word.length);
        plural = plural || word === "Questions";
        break;
      }
    }
    if (!(text[next] === "Q" && isDigit(text[next + 1])) && !(plural && isDigit(text[next]))) break;
    position = next;
  }
  return references.length > 0 ? { references, end: position } : null;
}

/** "7/17" at `at`: Question 7 of Study Group 17. */
function readQuestion(text: string, at: number): { question: number; group: number; end: number } | null {
  const question = readNumber(text, at);
  if (!question || text[question.end] !== "/") return null;
  const group = readNumber(text, question.end + 1);
  if (
    !group ||
    group.end - question.end - 1 > 2 ||
    !boundaryAfter(text, group.end) ||
    text[group.end] === "/"
  )
    return null;
  return { question: question.value, group: group.value, end: group.end };
}

function parenthesisSaysNew(text: string, at: number): boolean {
  const parenthesis = readParenthesis(text, skipSpaces(text, at));
  return parenthesis !== null && /^\s*new\b/.test(parenthesis.content);
}

// ------------------------------------------------------------------------ WTSA-24 Actions and Resolutions

function parseNumbered(
  text: string,
  at: number,
  paragraph: number,
  kind: "WTSA-Action" | "Resolution",
): Parsed | null {
  let label: string;
  let numberAt: number;
  if (kind === "WTSA-Action") {
    const year = readNumber(text, at + 5);
    if (!year || year.end - at - 5 !== 2) return null;
    const word = skipSpaces(text, year.end);
    const plural = wordAt(text, word, "Actions");
    if (word === year.end || !(plural || wordAt(text, word, "Action"))) return null;
    numberAt = skipSpaces(text, word + (plural ? 7 : 6));
    label = `WTSA-${year.value} Action `;
  } else {
    const word = ["Resolutions", "Resolution", "Res.", "Res"].find(
      (candidate) => text.startsWith(candidate, at) && !isLetter(text[at + candidate.length]),
    );
    if (!word) return null;
    numberAt = skipSpaces(text, at + word.length);
    if (numberAt === at + word.length) return null;
    label = "Resolution ";
  }
  const references: Reference[] = [];
  let itemStart = at;
  let position = numberAt;
  for (;;) {
    const number = readNumber(text, position);
    if (!number || !boundaryAfter(text, number.end) || text[number.end] === "/") break;
    references.push({
      kind,
      id: `${label}${number.value}`,
      revision: null,
      annex: null,
      paragraph,
      start: itemStart,
      length: number.end - itemStart,
      revisionDigits: null,
      attribution: null,
      introducedAsNew: false,
    });
    position = number.end;
    const next = readSeparator(text, position);
    if (next < 0 || !isDigit(text[next])) break;
    itemStart = next;
    position = next;
  }
  return references.length > 0 ? { references, end: position } : null;
}

// ------------------------------------------------------------------------------------- shared pieces

/** ", " · " and " · ", and " · " & " between list items; returns where the next item starts, or -1. */
function readSeparator(text: string, at: number): number {
  let i = at;
  if (text[i] === ",") i = skipSpaces(text, i + 1, 2);
  else if (isInlineSpace(text[i])) i = skipSpaces(text, i, 2);
  else return -1;
  if (text[i] === "&") return skipSpaces(text, i + 1, 2);
  if (wordAt(text, i, "and") || wordAt(text, i, "or")) {
    const after = i + (text[i] === "a" ? 3 : 2);
    return isInlineSpace(text[after]) ? skipSpaces(text, after, 2) : -1;
  }
  return text[at] === "," ? i : -1;
}

interface Parenthesis {
  contentStart: number;
  close: number;
  content: string;
}

/** A balanced parenthesis at `at` ("(Korea (Rep. of))"), not longer than MAX_PARENTHESIS. */
function readParenthesis(text: string, at: number): Parenthesis | null {
  if (text[at] !== "(") return null;
  let depth = 0;
  for (let i = at; i < text.length && i - at <= MAX_PARENTHESIS; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0)
      return { contentStart: at + 1, close: i, content: text.slice(at + 1, i) };
  }
  return null;
}

function trimmedSpan(text: string, start: number, end: number): Attribution {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), start: s, length: e - s };
}

function precededByWord(text: string, at: number, word: string): boolean {
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
function readFromSource(text: string, at: number): { attribution: Attribution; end: number } | null {
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
function sourceBeforeParenthesis(text: string, listStart: number, listEnd: number): Attribution | null {
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
