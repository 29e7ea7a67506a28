/**
 * Documents: TDs, contributions and liaison statements, with their groups, series marks, revisions and annexes.
 *
 *   documents  := [group ("-" | " ")] kind [" "] item (separator item)*
 *   item       := [series] number [revision] [series] [revision] [" Annex " label] [attribution]
 */
import {
  isAttribution,
  readFromSource,
  readParenthesis,
  sourceBeforeParenthesis,
  trimmedSpan,
} from "./attribution";
import type { DocumentKind, Reference } from "./types";
import { endsCleanly, readSeparator, reference, type Parsed, type Role, type TokenStream } from "./stream";

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
