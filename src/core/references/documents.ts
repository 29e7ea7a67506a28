/**
 * Documents: TDs, contributions and liaison statements, with their groups, series marks, revisions and annexes.
 *
 *   documents  := [prefix "-"] [group ("-" | " " | " – ") [date "-"]] kind [" " | "-"] item (separator item)*
 *   item       := [series] number {revision | series | language} [" Annex " label] [attribution]
 *
 * Recall first: a kind and its number are a reference; the marks around them add what they say, a mark not known
 * is left alone, and only a trap (traps.ts) undoes the reference.
 */
import {
  isAttribution,
  readFromSource,
  readParenthesis,
  sourceBeforeParenthesis,
  trimmedSpan,
} from "./attribution";
import type { DocumentKind, Reference } from "./types";
import { STUDY_GROUPS } from "./forms";
import { readLanguage, readRevision, readSeries, revisionInSeries, type Revision } from "./marks";
import { KNOWN_NAMES } from "./traps";
import { afterPartName, amongHexBytes, ofOtherSector } from "./trap-checks";
import {
  MAX_RANGE,
  readSeparator,
  reference,
  trapAfter,
  type Parsed,
  type Role,
  type TokenStream,
} from "./stream";

interface Prefix {
  group: string | null;
  kind: Role<"kind">;
  /** The token after the kind word. */
  next: number;
  /** A group or a symbol's prefix is written ("SG2-C 5", "T97-C 12"): a spaced number needs no more digits. */
  named: boolean;
}

/**
 * A symbol's prefix ("T03-", "T17-"), a group ("TSAG-", "TSAG ", "SG17-", "SG11- ", "COM 15 – "), then a kind
 * word; null if not a document. The prefix of the 1990s files names the study group ("T03" in SG3's list) and
 * later ones the study period ("T17"): they cannot be told apart, so the prefix names no group.
 */
function readPrefix(s: TokenStream, i: number): Prefix | null {
  let group: string | null = null;
  let k = i;
  let named = false;
  if (s.role(k, "prefix")) {
    if (s.number(k + 1, 2)?.digits !== 2 || !s.isHyphen(k + 2)) return null;
    k += 3;
    named = true;
  }
  const groupRole = s.role(k, "group");
  if (groupRole && ofOtherSector(s, k)) return null;
  if (groupRole) {
    group = groupRole.as ?? s.textOf(k);
    k++;
    if (groupRole.numbered) {
      const number = s.number(s.space(k), 2);
      if (!number || !STUDY_GROUPS.has(number.value)) return null;
      group += String(number.value);
      k = s.space(k) + 1;
    }
    const separator = k;
    k = s.space(k);
    if (s.isHyphen(k)) k = s.space(k + 1);
    if (k === separator) return null;
    // "T25-TSAG-260126-TD-GEN-0270": a meeting's date between the group and the kind in a document's symbol.
    if (s.number(k)?.digits === 6 && s.isHyphen(k + 1)) k += 2;
    named = true;
  }
  const kind = s.role(k, "kind");
  if (!kind) return null;
  if (kind.needsGroup && group === null) {
    group = groupAfterNumber(s, k + 1);
    if (group === null) return null;
    named = true;
  }
  return { group, kind, next: k + 1, named };
}

/**
 * "LS204 - SG15", "LS 12 from SG13": a liaison's group written after its number, for a kind that needs one. The
 * group is "SG" and a study group's number; the look is bounded.
 */
function groupAfterNumber(s: TokenStream, k: number): string | null {
  const number = s.space(k);
  if (!s.number(number)) return null;
  let at = s.space(number + 1);
  if (at === number + 1 && !s.isHyphen(at)) return null;
  if (s.isHyphen(at)) at = s.space(at + 1);
  else if (s.isWord(at, "from")) at = s.space(at + 1);
  else return null;
  const sg = s.isWord(at, "SG") ? s.number(s.space(at + 1), 2) : null;
  return sg && STUDY_GROUPS.has(sg.value) && s.at(s.space(at + 1) + 1)?.type !== "number"
    ? `SG${sg.value}`
    : null;
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
  /** "TDs 12-15": the range's last number and its token; the item's own span is then its first number's. */
  range: { value: number; at: number } | null;
}

/**
 * A document's number with what follows it, from token i: its revision, series and language marks, in any order,
 * and its annex. `spaced` when a space follows the kind. Only a trap after it (trapAfter) undoes the reference.
 */
function readItem(s: TokenStream, i: number, prefix: Prefix, spaced: boolean, plural: boolean): Item | null {
  let k = i;
  // "TD GEN 0050", even across a line break; "TD-GEN-0270" in a symbol; "TD Plen/16 16" with its study group.
  const series = s.role(k, "series");
  if (series && !series.onlyInParentheses) {
    if (series.numbered) {
      if (!s.number(k + 1, 1) || !s.isHyphen(k + 2)) return null; // "TD-WP1-0123"
      k++;
    } else if (s.isMark(k + 1, "/") && STUDY_GROUPS.has(s.number(k + 2, 2)?.value ?? 0)) {
      k += 2;
    }
    const after = s.at(k + 1);
    if (after?.type !== "space" && after?.type !== "break" && !s.isHyphen(k + 1)) return null;
    k += 2;
  }
  const number = s.number(k);
  if (!number) return null;
  const numberAt = k;
  const minDigits = prefix.kind.spacedMinDigits;
  if (spaced && minDigits && number.digits < minDigits && !prefix.named) return null;
  k++;
  let revision: Revision | null = null;
  let marked = false;
  let language = false;
  let noteFrom = k; // where a series in parentheses starts, when it is the last mark read
  let noteTo = -1;
  for (let round = 0; round < 3; round++) {
    if (!revision) {
      revision = readRevision(s, k);
      if (revision) k = revision.next;
    }
    if (!marked) {
      const after = readSeries(s, k);
      if (after !== null) {
        // "TD 370 (GEN/9)": a series in parentheses is a note beside the reference, like an attribution, and
        // stays outside its span; a glued one ("TD 456/WP3") is part of the symbol.
        const inside = revisionInSeries(s, k);
        if (inside) revision ??= inside;
        else if (s.isMark(s.space(k), "(")) [noteFrom, noteTo] = [k, after];
        k = after;
        marked = true;
      }
    }
    if (!language) {
      const after = readLanguage(s, k);
      if (after !== null) {
        k = after;
        language = true;
      }
    }
  }
  // "TDs 12-15", "Contributions 1234–1236", "TDs 7 to 9": after a plural kind, a range of numbers.
  const range = plural && k === numberAt + 1 ? readRange(s, k, number.value) : null;
  const firstEnd = k;
  if (range) k = range.at + 1;
  // A word glued after a mark is the next table cell ("TD 456/WP3AAP", "TD12Rev1E.164"); glued to the number
  // itself, it makes a code ("C4ISR").
  const trap = trapAfter(s, k);
  if (trap !== null && !(trap === "glued-code" && k > numberAt + 1)) return null;
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
    end: range ? firstEnd : noteTo === k ? noteFrom : k,
    next,
    range,
  };
}

/** "-15", "–15", " to 15" at token k after the number `from`: a range's end, bounded by MAX_RANGE; else null. */
function readRange(s: TokenStream, k: number, from: number): { value: number; at: number } | null {
  let at: number;
  const spaced = s.space(k);
  if (s.isHyphen(spaced)) at = s.space(spaced + 1);
  else if (spaced > k && s.isWord(spaced, "to") && s.space(spaced + 1) > spaced + 1) at = s.space(spaced + 1);
  else return null;
  const end = s.number(at);
  // "TDs 12-15/16" is something else (a Question's shape).
  if (!end || end.value <= from || end.value - from >= MAX_RANGE || s.isMark(at + 1, "/")) return null;
  return { value: end.value, at };
}

/**
 * After the kind: a space, or in a symbol a hyphen ("SG16-C-0123", "TD-GEN-0270"); the first token of the item,
 * or null when no item can follow ("Contr 5": an abbreviation without its dot).
 */
function afterKind(s: TokenStream, prefix: Prefix): number | null {
  // "Contr. 12": an abbreviation is a kind only with its dot and a space.
  if (prefix.kind.abbreviation) {
    const spaced = s.space(prefix.next + 1);
    return s.isMark(prefix.next, ".") && spaced > prefix.next + 1 ? spaced : null;
  }
  const spaced = s.space(prefix.next);
  // "TD [59-GEN (Rev1)]": the symbol in square brackets after the kind.
  if (s.isMark(spaced, "[") && s.number(spaced + 1)) return spaced + 1;
  // "TD No. 12", "TD no 12", "TD #12": a word or sign for "number" between the kind and its number.
  if (spaced > prefix.next && s.isMark(spaced, "#") && s.number(spaced + 1)) return spaced + 1;
  if (spaced > prefix.next && (s.isWord(spaced, "No") || s.isWord(spaced, "no"))) {
    const number = s.space(s.isMark(spaced + 1, ".") ? spaced + 2 : spaced + 1);
    if (number > spaced + 1 && s.number(number)) return number;
  }
  if (spaced > prefix.next) return spaced;
  const kindLetters = s.at(prefix.next - 1)!;
  const hyphenAllowed = prefix.named || kindLetters.end - kindLetters.start > 1;
  return hyphenAllowed && s.isHyphen(prefix.next) ? prefix.next + 1 : prefix.next;
}

/**
 * "TD 12 and 13", "C 21, 22": after a singular kind a bare number continues the list when it is a document
 * number like the first (not fewer digits: "TD 270 and 12 delegates", "TD 270 and 3 others") and no capitalised
 * word follows it ("TD 270, 3 March": a date).
 */
function continuesSingular(s: TokenStream, end: number, digits: number, firstDigits: number): boolean {
  if (digits < firstDigits) return false;
  const word = s.space(end);
  if (word === end || s.at(word)?.type !== "word" || s.at(word)!.role !== null) return true;
  const first = s.text[s.position(word)]!;
  return first === first.toLowerCase();
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
  const afterFirst = afterKind(s, first);
  if (afterFirst === null) return null;
  let k = afterFirst;
  // "Contributions C 12, 13 and 14", "TDs TD12, 13": the plural word, then the first item with its own kind.
  const inner = first.kind.plural && k > first.next ? readPrefix(s, k) : null;
  const afterInner = inner ? afterKind(s, inner) : null;
  if (
    inner &&
    afterInner !== null &&
    inner.kind.kind === first.kind.kind &&
    !inner.kind.plural &&
    !inner.group
  ) {
    itemStart = k;
    prefix = { ...inner, named: true };
    k = afterInner;
  }
  // "TD GEN 0050": a series word may stand between the kind and the number.
  let spaced = k > prefix.next;
  let position = k;
  let firstDigits = 0;
  let bareAfterSingular = false;
  for (;;) {
    const digits = s.number(k)?.digits ?? 0;
    const item = readItem(s, k, prefix, spaced, prefix.kind.plural || first.kind.plural);
    if (!item) break;
    if (bareAfterSingular && !continuesSingular(s, item.end, digits, firstDigits)) break;
    firstDigits ||= digits;
    const found = reference(
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
    );
    if (prefix.kind.kind === "C" && !prefix.named && amongHexBytes(s, found)) break;
    if (KNOWN_NAMES.some((name) => s.text.startsWith(name, found.start))) break;
    references.push(found);
    if (item.range) {
      // The numbers between are not written: they share the span of the range's last number.
      for (let number = item.number + 1; number <= item.range.value; number++) {
        const id = documentId(prefix.kind.kind, prefix.group, number);
        references.push(
          reference(s, prefix.kind.kind, id, item.range.at, item.range.at + 1, { group: prefix.group }),
        );
      }
    }
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
    const afterPrefixed = prefixed ? afterKind(s, prefixed) : null;
    if (
      prefixed &&
      afterPrefixed !== null &&
      prefixed.kind.kind === first.kind.kind &&
      !prefixed.kind.plural
    ) {
      itemStart = separator.next;
      prefix = prefixed;
      k = afterPrefixed;
      spaced = k > prefixed.next;
    } else if (s.number(separator.next) && (first.kind.plural || separator.plus || !first.kind.listOnly)) {
      bareAfterSingular = !first.kind.plural && !separator.plus;
      itemStart = separator.next;
      k = separator.next;
      spaced = false;
    } else {
      break;
    }
  }
  // "Contributions 94" is a count in a table of figures: bare numbers after such a word need a list.
  if (references.length === 0 || (prefix === first && first.kind.listOnly && references.length < 2))
    return null;

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
