/**
 * Reads the whole document into a DocumentSnapshot in one batch.
 *
 * Sync 1 loads every paragraph's text, style, outline level, list and table position and highlight, plus the
 * document's hyperlinks and bookmark names. A second sync is queued only when it is needed: for paragraphs whose
 * highlight is mixed (Word reports "" for them) and, when the document has bookmarks, for where they start
 * (Word can only tell a range's bookmarks, so each paragraph's range is asked). Never more than two syncs,
 * whatever the size of the document.
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
import type { ClientResultApi, RangeCollectionApi, WordHost } from "./wordApi";

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
    const hasBookmarks = bookmarkNames !== null && bookmarkNames.value.length > 0;
    const bookmarksPerParagraph: ClientResultApi<string[]>[] = hasBookmarks
      ? items.map((paragraph) => paragraph.getRange("Whole").getBookmarks(true, false))
      : [];
    if (mixed.length > 0 || hasBookmarks) await context.sync();

    mixed.forEach((index, k) => {
      inputs[index]!.highlights = highlightsFromWords(inputs[index]!.text, wordsOfMixed[k]!);
    });
    if (hasBookmarks) {
      const starts = keepBookmarkStarts(bookmarksPerParagraph.map((result) => result.value));
      starts.forEach((names, index) => (inputs[index]!.bookmarks = names));
    }

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
