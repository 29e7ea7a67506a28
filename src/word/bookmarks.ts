/**
 * Bookmarks: their names come in the first sync (`getBookmarks` over the body); the visible ones are then found by
 * name (`Document.getBookmarkRangeOrNullObject`, WordApi 1.4) and placed at their range's first paragraph.
 *
 * Word throws InvalidArgument for a name it does not accept — "Only alphanumeric and underscore characters are
 * supported. It must begin with a letter … Names can't be longer than 40 characters" (the method's reference
 * text), and office-js #3702 ("by design": `Bookmark:1234`, `12334`) — although such names exist in documents that
 * passed through another editor. All lookups share one sync, so one refused name would fail them all: names Word
 * does not accept are never asked, and if the lookups still fail (Word for Mac was reported to refuse more than
 * its reference says), they are asked again with letters-only names, then not at all; the read goes on and the
 * snapshot says which bookmarks it could not place.
 */
import { keepBookmarkStarts, type ParagraphInput } from "../core/document";
import { probeIndex, queueProbe, type ParagraphProbe } from "./probe";
import type { ClientResultApi, RequestContextApi } from "./wordApi";

/** At most this many bookmarks are placed (a report's template has about ten); the template's own come first. */
export const MAX_PLACED_BOOKMARKS = 100;

/** A visible bookmark name as the reference says Word accepts it: a letter, then letters, digits, "_"; ≤ 40. */
const ACCEPTED_NAME = /^\p{L}[\p{L}\p{N}_]{0,39}$/u;
/** The strictest reading of office-js #3702's title: letters only. */
const LETTERS_ONLY = /^\p{L}{1,40}$/u;

/** How strictly names are filtered before they are looked up: each failed sync moves to the next. */
export type NameFilter = "accepted" | "letters" | "none";

/**
 * Bookmarks worth placing: not Word's hidden ones (_Toc…, _Ref…: no rule uses them), only names Word accepts,
 * the template's fields (dnum, dsource…) first, then the others.
 */
export function bookmarksToPlace(names: readonly string[], filter: NameFilter = "accepted"): string[] {
  if (filter === "none") return [];
  const pattern = filter === "letters" ? LETTERS_ONLY : ACCEPTED_NAME;
  const visible = [...new Set(names)].filter((name) => pattern.test(name));
  const template = visible.filter((name) => /^d[a-z]/i.test(name));
  const others = visible.filter((name) => !/^d[a-z]/i.test(name));
  return [...template, ...others].slice(0, MAX_PLACED_BOOKMARKS);
}

/** The names of the visible bookmarks that will not be placed under `filter` (hidden ones are not counted). */
export function bookmarksLeftOut(names: readonly string[], filter: NameFilter): string[] {
  const placed = new Set(bookmarksToPlace(names, filter));
  return [...new Set(names)].filter((name) => !name.startsWith("_") && !placed.has(name));
}

export interface BookmarkLookups {
  /** The body's bookmark names (null when the host has no bookmarks API). */
  names: ClientResultApi<string[]> | null;
}

/** Queued in the first sync: every bookmark name, hidden ones included (they are told apart by their "_"). */
export function queueBookmarkNames(context: RequestContextApi, supported: boolean): BookmarkLookups {
  return { names: supported ? context.document.body.getRange("Whole").getBookmarks(true, true) : null };
}

export interface QueuedBookmark {
  name: string;
  probe: ParagraphProbe;
}

/** Queues the probes of the bookmarks `filter` lets through. */
export function queueBookmarkProbes(
  context: RequestContextApi,
  lookups: BookmarkLookups,
  filter: NameFilter,
): QueuedBookmark[] {
  return (lookups.names ? bookmarksToPlace(lookups.names.value, filter) : []).map((name) => ({
    name,
    probe: queueProbe(context.document.getBookmarkRangeOrNullObject(name)),
  }));
}

/**
 * Each bookmark at the paragraph where it starts; one that cannot be placed uniquely is left out. `texts`: the
 * paragraphs' texts as Word has them, which the probes read.
 */
export function placeBookmarks(
  inputs: ParagraphInput[],
  texts: readonly string[],
  bookmarks: readonly QueuedBookmark[],
): void {
  const namesAt: string[][] = inputs.map(() => []);
  for (const { name, probe } of bookmarks) {
    // A name the document does not have gives a null object (its paragraph reads as one too).
    if (probe.paragraph.isNullObject) continue;
    const index = probeIndex(texts, probe);
    if (index !== null) namesAt[index]!.push(name);
  }
  keepBookmarkStarts(namesAt).forEach((names, index) => (inputs[index]!.bookmarks = names));
}
