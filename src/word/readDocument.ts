/**
 * Reads the whole document into a DocumentSnapshot in one batch.
 *
 * Sync 1 loads every paragraph's text, style, outline level, list and table position and highlight, plus the
 * document's hyperlinks and bookmark names. A second sync is queued only when it is needed: for paragraphs whose
 * highlight is mixed (Word reports "" for them) and for where the visible bookmarks start. Each bookmark is found
 * by its name (Document.getBookmarkRangeOrNullObject) and placed by its paragraph's text and its neighbours';
 * Word's own hidden bookmarks (_Toc…, _Ref…, _Hlk…, which every real report has by the hundred) are not placed:
 * no rule uses them, and asking every paragraph for its bookmarks made one request of megabytes in Word on the
 * web. Never more than two syncs, whatever the size of the document.
 */
import {
  createSnapshot,
  keepBookmarkStarts,
  type DocumentSnapshot,
  type HighlightSpan,
  type HyperlinkSpan,
  type ParagraphInput,
  type TrackChangesMode,
} from "../core";
import { runBatch } from "./errors";
import { numberTables, paragraphInput, PARAGRAPH_PROPERTIES } from "./paragraphs";
import { probeIndex, queueProbe } from "./probe";
import type { RangeCollectionApi, WordHost } from "./wordApi";

export interface ReadCapabilities {
  /** WordApi 1.4: bookmarks and the change-tracking mode. */
  bookmarks: boolean;
  trackChanges: boolean;
  readOnly: boolean;
}

/** At most this many bookmarks are placed (a report's template has about ten); the template's own come first. */
export const MAX_PLACED_BOOKMARKS = 100;

/** Bookmarks worth placing: not Word's hidden ones, the template's fields (dnum, dsource…) first, then the others. */
export function bookmarksToPlace(names: readonly string[]): string[] {
  const visible = [...new Set(names)].filter((name) => !name.startsWith("_"));
  const template = visible.filter((name) => /^d[a-z]/i.test(name));
  const others = visible.filter((name) => !/^d[a-z]/i.test(name));
  return [...template, ...others].slice(0, MAX_PLACED_BOOKMARKS);
}

const TRACK_MODES: Record<string, TrackChangesMode> = {
  Off: "off",
  TrackAll: "trackAll",
  TrackMineOnly: "trackMineOnly",
};

export async function readDocument(
  host: WordHost,
  capabilities: ReadCapabilities,
): Promise<DocumentSnapshot> {
  return runBatch(host, async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(PARAGRAPH_PROPERTIES);
    const hyperlinkRanges = context.document.body.getRange("Whole").getHyperlinkRanges();
    hyperlinkRanges.load("items/text,items/hyperlink");
    const bookmarkNames = capabilities.bookmarks
      ? context.document.body.getRange("Whole").getBookmarks(true, true)
      : null;
    if (capabilities.trackChanges) context.document.load("changeTrackingMode");
    await context.sync();

    const items = paragraphs.items;
    const inputs = items.map(paragraphInput);
    numberTables(items, inputs);
    placeHyperlinks(inputs, hyperlinkRanges);

    // Second sync, only when needed: mixed highlights and bookmark positions.
    const mixed = items.flatMap((paragraph, index) => (paragraph.font.highlightColor === "" ? [index] : []));
    const wordsOfMixed = mixed.map((index) => {
      const words = items[index]!.getTextRanges([" ", "\t"], false);
      words.load("items/text,items/font/highlightColor");
      return words;
    });
    const names = bookmarkNames ? bookmarksToPlace(bookmarkNames.value) : [];
    const probes = names.map((name) => queueProbe(context.document.getBookmarkRangeOrNullObject(name)));
    if (mixed.length > 0 || names.length > 0) await context.sync();

    mixed.forEach((index, k) => {
      inputs[index]!.highlights = highlightsFromWords(inputs[index]!.text, wordsOfMixed[k]!);
    });
    const texts = inputs.map((input) => input.text);
    const namesAt: string[][] = inputs.map(() => []);
    names.forEach((name, k) => {
      const index = probeIndex(texts, probes[k]!);
      if (index !== null) namesAt[index]!.push(name); // a bookmark that cannot be placed is left out
    });
    keepBookmarkStarts(namesAt).forEach((names, index) => (inputs[index]!.bookmarks = names));

    return createSnapshot(inputs, {
      readOnly: capabilities.readOnly,
      trackChanges: capabilities.trackChanges
        ? (TRACK_MODES[context.document.changeTrackingMode] ?? "unknown")
        : "unknown",
    });
  });
}

/**
 * The document's hyperlinks come in document order with their text; each is placed at the next occurrence of
 * its text, scanning paragraphs forward, so the whole placement is one pass over the document.
 */
function placeHyperlinks(inputs: ParagraphInput[], ranges: RangeCollectionApi): void {
  let paragraph = 0;
  let offset = 0;
  for (const range of ranges.items) {
    const text = range.text;
    if (text.length === 0) continue;
    for (let p = paragraph; p < inputs.length; p++) {
      const at = inputs[p]!.text.indexOf(text, p === paragraph ? offset : 0);
      if (at >= 0) {
        const link: HyperlinkSpan = { start: at, length: text.length, address: range.hyperlink };
        (inputs[p]!.hyperlinks ??= []).push(link);
        paragraph = p;
        offset = at + text.length;
        break;
      }
    }
  }
}

/** Turns a mixed paragraph's word ranges into highlight spans, merging neighbours of the same colour. */
function highlightsFromWords(text: string, words: RangeCollectionApi): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  let cursor = 0;
  for (const word of words.items) {
    const at = text.indexOf(word.text, cursor);
    if (at < 0 || word.text.length === 0) continue;
    cursor = at + word.text.length;
    // A word that is itself partly highlighted ("") counts as highlighted: better one word too many in a
    // "highlighted text left" warning than a missed one.
    const color = word.font.highlightColor === "" ? "Mixed" : word.font.highlightColor;
    if (!color) continue;
    const previous = spans[spans.length - 1];
    if (previous && previous.color === color && previous.start + previous.length === at) {
      previous.length += word.text.length;
    } else {
      spans.push({ start: at, length: word.text.length, color });
    }
  }
  return spans;
}
