/**
 * Reads the whole document into a DocumentSnapshot, page by page, in one `Word.run` (the pager, pager.ts).
 *
 * Besides the paragraphs, each page asks the words of paragraphs whose highlight is mixed (Word reports "" for
 * them). The first page also loads the hyperlinks, the bookmark names and the tracking mode; the last sync finds
 * the visible bookmarks by name (bookmarks.ts), placing each by its paragraph's text and its neighbours'.
 * A 1,000-paragraph report is one page: one sync, two with any of those questions.
 *
 * If the user adds or removes paragraphs while the pages are read, a page boundary may repeat or skip one; the
 * edits planned from such a snapshot are refused where a paragraph's text differs, so nothing is overwritten.
 */
import {
  createSnapshot,
  type DocumentSnapshot,
  type HighlightSpan,
  type HyperlinkSpan,
  type NotRead,
  type ParagraphInput,
  type TrackChangesMode,
} from "../core/document";
import {
  bookmarksLeftOut,
  placeBookmarks,
  queueBookmarkNames,
  queueBookmarkProbes,
  type NameFilter,
  type QueuedBookmark,
} from "./bookmarks";
import { runBatch, toWordError } from "./errors";
import { readParagraphPages, type PageQuestions, type PageRead } from "./pager";
import type { RevisionSupport } from "./revisions";
import type { RangeCollectionApi, RequestContextApi, WordHost } from "./wordApi";

export { bookmarksToPlace, MAX_PLACED_BOOKMARKS } from "./bookmarks";

export interface ReadCapabilities {
  /** WordApi 1.4: bookmarks and the change-tracking mode. */
  bookmarks: boolean;
  trackChanges: boolean;
  readOnly: boolean;
}

const TRACK_MODES: Record<string, TrackChangesMode> = {
  Off: "off",
  TrackAll: "trackAll",
  TrackMineOnly: "trackMineOnly",
};

export interface ReadOptions {
  /** Largest response of a page, in bytes (tests set a small one to read in many pages). */
  pageBudget?: number;
  /**
   * How tracked changes are read; the host's own level (WordHost.revisions) unless said. "none" when the text with
   * tracked changes accepted comes from elsewhere (the saved file, fileRead.ts).
   */
  revisions?: RevisionSupport;
}

/** Stricter and stricter name filters: a bookmark sync that fails is tried again with the next one. */
const FILTERS: NameFilter[] = ["accepted", "letters", "none"];

export async function readDocument(
  host: WordHost,
  capabilities: ReadCapabilities,
  options: ReadOptions = {},
): Promise<DocumentSnapshot> {
  const { inputs, wordTexts, extras, bookmarks, filter } = await runBatch(host, async (context) => {
    const read = await readParagraphPages(context, {
      pageBudget: options.pageBudget,
      revisions: options.revisions ?? host.revisions ?? "detect",
      first: () => queueExtras(context, capabilities),
      questions: queueMixedHighlights,
      keepItems: false,
    });
    // The last page's questions and the bookmarks' probes, in one more sync when there is any. One refused name
    // must not fail the read (bookmarks.ts): that sync is tried again with stricter names, then with none.
    let bookmarks: QueuedBookmark[] = [];
    for (const filter of FILTERS) {
      try {
        await read.finish(() => {
          bookmarks = queueBookmarkProbes(context, read.first.bookmarkNames, filter);
          return bookmarks.length > 0;
        });
        return { ...read, extras: read.first.read(), bookmarks, filter };
      } catch (error) {
        if (bookmarks.length === 0 || !isLookupRefusal(error)) throw error;
      }
    }
    throw new Error("unreachable: the last filter asks no bookmark");
  });

  placeHyperlinks(inputs, extras.hyperlinks);
  placeBookmarks(inputs, wordTexts, bookmarks);
  const notRead: NotRead[] = [];
  const leftOut = extras.bookmarkNames ? bookmarksLeftOut(extras.bookmarkNames, filter) : [];
  if (leftOut.length > 0)
    notRead.push({
      part: "bookmarks",
      sentence: `Word would not look up ${leftOut.length === 1 ? "the bookmark" : "the bookmarks"} ${leftOut.join(", ")}: fields marked by ${leftOut.length === 1 ? "it" : "them"} were read by their labels instead.`,
    });
  return createSnapshot(inputs, {
    readOnly: capabilities.readOnly,
    trackChanges: extras.trackingMode !== null ? (TRACK_MODES[extras.trackingMode] ?? "unknown") : "unknown",
    notRead,
    source: "word",
  });
}

/** Word refused a lookup (a name it does not accept) rather than failing for another reason. */
function isLookupRefusal(error: unknown): boolean {
  const code = toWordError(error).code;
  return code === "InvalidArgument" || code === "ItemNotFound" || code === "GeneralException";
}

/** The words of each paragraph of a page whose highlight is mixed (""), to find which are highlighted. */
function queueMixedHighlights(page: PageRead): PageQuestions {
  const words = mixedHighlightWords(page);
  return {
    asked: words.length > 0,
    apply: () => {
      for (const { index, ranges } of words)
        page.inputs[index]!.highlights = highlightsFromWords(page.inputs[index]!.text, ranges);
    },
    objects: words.map(({ ranges }) => ranges),
  };
}

/**
 * Queued in the first sync: hyperlinks, bookmark names and the tracking mode; `read` collects them after it.
 */
function queueExtras(context: RequestContextApi, capabilities: ReadCapabilities) {
  const hyperlinkRanges = context.document.body.getRange("Whole").getHyperlinkRanges();
  hyperlinkRanges.load("items/text,items/hyperlink");
  const bookmarkNames = queueBookmarkNames(context, capabilities.bookmarks);
  if (capabilities.trackChanges) context.document.load("changeTrackingMode");
  return {
    bookmarkNames,
    read: () => ({
      hyperlinks: hyperlinkRanges.items.map((range) => ({ text: range.text, address: range.hyperlink })),
      bookmarkNames: bookmarkNames.names?.value ?? null,
      trackingMode: capabilities.trackChanges ? context.document.changeTrackingMode : null,
    }),
  };
}

/** For each paragraph whose highlight is mixed (""), its words. */
function mixedHighlightWords({ items }: PageRead): { index: number; ranges: RangeCollectionApi }[] {
  return items.flatMap((paragraph, index) => {
    if (paragraph.font.highlightColor !== "") return [];
    const ranges = paragraph.getTextRanges([" ", "\t"], false);
    ranges.load("items/text,items/font/highlightColor");
    return [{ index, ranges }];
  });
}

/**
 * The document's hyperlinks come in document order with their text; each is placed at the next occurrence of
 * its text, scanning paragraphs forward, so the whole placement is one pass over the document. A link whose text
 * reads differently in its paragraph (tracked changes, hidden text) may match the same words further on and move
 * the scan past the links after it: a link not found after the scan's position is then looked for again behind
 * it — from the last link placed that way, else from the start — so one false match does not lose every later
 * link. (A link whose text is nowhere costs one such scan.)
 */
export function placeHyperlinks(
  inputs: ParagraphInput[],
  ranges: readonly { text: string; address: string }[],
): void {
  let cursor: Position = { paragraph: 0, offset: 0 };
  let behind: Position = cursor;
  for (const range of ranges) {
    const text = range.text;
    if (text.length === 0) continue;
    let found = findFrom(inputs, text, cursor);
    if (!found) {
      found = findFrom(inputs, text, behind, cursor);
      if (found) behind = { paragraph: found.paragraph, offset: found.offset + text.length };
    }
    if (!found) continue;
    const link: HyperlinkSpan = { start: found.offset, length: text.length, address: range.address };
    (inputs[found.paragraph]!.hyperlinks ??= []).push(link);
    cursor = { paragraph: found.paragraph, offset: found.offset + text.length };
  }
}

interface Position {
  paragraph: number;
  offset: number;
}

/** The first occurrence of `text` at or after `from` (and before `until`, when given), within one paragraph. */
function findFrom(
  inputs: readonly ParagraphInput[],
  text: string,
  from: Position,
  until?: Position,
): Position | null {
  const last = until ? until.paragraph : inputs.length - 1;
  for (let p = from.paragraph; p <= last && p < inputs.length; p++) {
    const at = inputs[p]!.text.indexOf(text, p === from.paragraph ? from.offset : 0);
    if (at < 0) continue;
    if (until && p === until.paragraph && at >= until.offset) return null;
    return { paragraph: p, offset: at };
  }
  return null;
}

/**
 * Turns a mixed paragraph's word ranges into highlight spans. A piece's text may end with the paragraph mark
 * (the last piece) and, on Word on the web, lose its tabs: each is matched without them. Spans of one colour
 * separated only by white space are one passage.
 */
function highlightsFromWords(text: string, words: RangeCollectionApi): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  let cursor = 0;
  for (const word of words.items) {
    const written = word.text.replace(/[\r\n]+$/, "");
    const at = text.indexOf(written, cursor);
    if (at < 0 || written.length === 0) continue;
    cursor = at + written.length;
    // A word that is itself partly highlighted ("") counts as highlighted: better one word too many in a
    // "highlighted text left" warning than a missed one.
    const color = word.font.highlightColor === "" ? "Mixed" : word.font.highlightColor;
    if (!color) continue;
    const previous = spans[spans.length - 1];
    const end = previous ? previous.start + previous.length : -1;
    if (previous && previous.color === color && end <= at && text.slice(end, at).trim() === "") {
      previous.length = at + written.length - previous.start;
    } else {
      spans.push({ start: at, length: written.length, color });
    }
  }
  return spans;
}
