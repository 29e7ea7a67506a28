/**
 * The writing half of an edit (applyEdits.ts decides what may be written): each operation's ranges located by
 * search, then its write queued; the operations cut into chunks whose requests stay within Word on the web's
 * payload limit.
 */
import type { EditOperation } from "../core/document";
import { escapeForSearch, findUniqueWindow, isSearchable, locateRange } from "./locate";
import type { ParagraphApi, RangeApi, TrackableApi } from "./wordApi";

export type Writable = { operation: EditOperation; paragraph: ParagraphApi };

/**
 * Largest request a write sync may make, in bytes, estimated from what it sends (Word on the web fails above
 * about 4–5 MB). A report of normal size is one chunk: its edits are all or nothing in Word's own terms.
 */
export const REQUEST_BUDGET_BYTES = 1_400_000;
/** What releasing one object adds to a request (one _RemoveReference action), in bytes, rounded up. */
export const RELEASE_BYTES = 120;
/** At most this many objects are left to Word.run's own cleanup request (≈ 1.2 MB). */
export const LEFT_TO_CLEANUP = 10_000;

/** What one search of locateRange adds to a request, besides its text: about ten actions with their paths. */
const SEARCH_BYTES = 1_200;

/**
 * Bytes an operation's searches and write take in a request, from the searches locateRange will make (one for
 * the window, one more for a prefix, one more for the target) and the texts they send; calibrated through
 * Microsoft's runtime (`npm run bench`).
 */
function requestBytes(operation: EditOperation): number {
  const span = targetSpan(operation);
  let bytes = 600;
  if (span) {
    const window = findUniqueWindow(operation.expectedText, span.start, span.start + span.length);
    const searches =
      1 +
      (window && window.from < span.start ? 1 : 0) +
      (window && window.to > span.start + span.length ? 1 : 0);
    bytes += searches * SEARCH_BYTES + 3 * (window ? window.to - window.from : 255);
  }
  switch (operation.kind) {
    case "replaceText":
      return bytes + 2 * operation.text.length;
    case "setHighlight":
      return bytes;
    case "insertHyperlink":
      return bytes + 2 * operation.address.length;
    case "insertParagraphs":
      return bytes + operation.texts.reduce((sum, text) => sum + 600 + 2 * text.length, 0);
    case "deleteParagraph":
      return (
        bytes +
        SEARCH_BYTES * Math.ceil(operation.expectedText.length / PIECE_LENGTH) +
        2 * operation.expectedText.length
      );
  }
}

/** The writable operations in order, cut into chunks whose requests stay within REQUEST_BUDGET_BYTES. */
export function writeChunks(writable: readonly Writable[]): { entries: Writable[]; bytes: number }[] {
  const chunks: { entries: Writable[]; bytes: number }[] = [];
  for (const entry of writable) {
    const cost = requestBytes(entry.operation);
    const last = chunks[chunks.length - 1];
    if (last && last.bytes + cost <= REQUEST_BUDGET_BYTES) {
      last.entries.push(entry);
      last.bytes += cost;
    } else {
      chunks.push({ entries: [entry], bytes: cost });
    }
  }
  return chunks;
}

/** The character range an operation must find inside its paragraph, or null for whole-paragraph operations. */
function targetSpan(operation: EditOperation): { start: number; length: number } | null {
  switch (operation.kind) {
    case "replaceText":
      if (operation.length > 0) return operation;
      // An insertion goes before the character at `start`, or at the paragraph's end.
      return operation.start < operation.expectedText.length ? { start: operation.start, length: 1 } : null;
    case "setHighlight":
    case "insertHyperlink":
      return operation;
    case "insertParagraphs":
    case "deleteParagraph":
      return null;
  }
}

export function canLocate(operation: EditOperation): boolean {
  // A deletion searches the paragraph's whole text, piece by piece: it must be searchable.
  if (operation.kind === "deleteParagraph") return isSearchable(operation.expectedText);
  const span = targetSpan(operation);
  return (
    span === null || findUniqueWindow(operation.expectedText, span.start, span.start + span.length) !== null
  );
}

/** Longest stretch of a long paragraph searched at once (Word's search takes 255 characters, escapes included). */
const PIECE_LENGTH = 240;

/** A long paragraph's text cut into consecutive pieces that each fit one search once escaped. */
function searchPieces(text: string): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of text) {
    if (escapeForSearch(piece + char).length > PIECE_LENGTH) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Queues the searches that find an operation's ranges. For a deletion they are the paragraph's whole expected
 * text, in pieces that each fit one search, each found after the one before: only that text is deleted, so
 * anything the user typed in the paragraph since the check stays — between two pieces it is simply not deleted,
 * inside one the search fails and Word stops the chunk before writing.
 */
export function locateTarget(
  paragraph: ParagraphApi,
  operation: EditOperation,
  temporaries: TrackableApi[],
): RangeApi[] {
  const span = targetSpan(operation);
  if (span) return [locateRange(paragraph, operation.expectedText, span.start, span.length, temporaries)!];
  if (operation.kind !== "deleteParagraph" || operation.expectedText === "") return [];
  const keep = <T extends TrackableApi>(object: T): T => {
    temporaries.push(object);
    return object;
  };
  const found: RangeApi[] = [];
  let rest: ParagraphApi | RangeApi = paragraph;
  for (const piece of searchPieces(operation.expectedText)) {
    const range: RangeApi = keep(keep(rest.search(escapeForSearch(piece), { matchCase: true })).getFirst());
    found.push(range);
    rest = keep(keep(range.getRange("End")).expandTo(keep(paragraph.getRange("End"))));
  }
  return found;
}

/** Queues one operation's write; its ranges were located by locateTarget (none for whole-paragraph ones). */
export function queueOperation(
  paragraph: ParagraphApi,
  operation: EditOperation,
  ranges: RangeApi[],
  temporaries: TrackableApi[],
): void {
  const range = ranges[0] ?? null;
  switch (operation.kind) {
    case "replaceText":
      temporaries.push(
        range === null
          ? paragraph.insertText(operation.text, "End")
          : range.insertText(operation.text, operation.length === 0 ? "Start" : "Replace"),
      );
      return;
    case "setHighlight":
      range!.font.highlightColor = operation.color;
      return;
    case "insertHyperlink":
      range!.hyperlink = operation.address;
      return;
    case "insertParagraphs": {
      const copyStyle = (inserted: ParagraphApi) => {
        // A new paragraph may join its neighbour's list or take the highlight of its paragraph mark (office-js
        // #72, #2792): it leaves the list first, so that a style that carries a list of its own (an agenda item's
        // bullets) is applied after and keeps it. Only where the neighbour has either, so that no needless
        // formatting revision is recorded under tracking.
        if (paragraph.isListItem) inserted.detachFromList();
        // Word gives a new paragraph its neighbour's style in most cases; we set it so the result never depends on that.
        if (operation.styleBuiltIn !== undefined) inserted.styleBuiltIn = operation.styleBuiltIn;
        else if (operation.style !== undefined) inserted.style = operation.style;
        else if (paragraph.styleBuiltIn !== "Other") inserted.styleBuiltIn = paragraph.styleBuiltIn;
        else inserted.style = paragraph.style;
        if (paragraph.font.highlightColor !== null) inserted.font.highlightColor = null;
      };
      if (operation.position === "before") {
        for (const text of operation.texts) {
          const inserted = paragraph.insertParagraph(text, "Before");
          copyStyle(inserted);
          temporaries.push(inserted);
        }
      } else {
        let anchor = paragraph;
        for (const text of operation.texts) {
          anchor = anchor.insertParagraph(text, "After");
          copyStyle(anchor);
          temporaries.push(anchor);
        }
      }
      return;
    }
    case "deleteParagraph":
      // Only the text found by locateTarget: the paragraph mark stays, as an empty paragraph (or holding what the
      // user typed there meanwhile). Losing a blank line's worth of tidiness is the price of never losing text.
      for (const piece of ranges) piece.delete();
      return;
  }
}
