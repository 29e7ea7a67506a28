/**
 * Every editing command runs in one batch:
 *   the first syncs read every paragraph (text, style, structure), a page per sync within the response budget
 *   (one page for a 1,000-paragraph report), and, when asked, where the cursor is;
 *   the command decides, in pure code, on that fresh snapshot;
 *   the last sync writes every operation whose paragraph still has the text the plan expects.
 * An operation whose paragraph changed since the plan was made is refused, not applied: the user's new text is
 * never overwritten. Operations are applied last paragraph first, last offset first, so offsets stay valid.
 * Nothing here changes the document's track-changes mode: with tracking on, the edits arrive as revisions.
 */
import {
  createSnapshot,
  orderForApplying,
  type DocumentSnapshot,
  type EditOperation,
  type EditPlan,
  type ParagraphInput,
  type RefusedOperation,
} from "../core/document";
import { refusedWrite, runBatch, toWordError } from "./errors";
import { escapeForSearch, findUniqueWindow, isSearchable, locateRange } from "./locate";
import { firstPageSize, firstPageState, loadParagraphPage, nextPageSize } from "./paragraphs";
import { probeIndex, queueProbe, type ParagraphProbe } from "./probe";
import { release } from "./release";
import { applyReviewedTexts, queueReviewedTexts, queueRevisionProbe, type RevisionProbe } from "./revisions";
import type { ParagraphApi, RangeApi, RequestContextApi, TrackableApi, WordHost } from "./wordApi";

export interface ApplyResult {
  applied: EditOperation[];
  refused: RefusedOperation[];
  /** Set when the command decided not to edit, with the sentence that says why. */
  problem?: string;
}

export interface ApplyOptions {
  /**
   * "all-or-nothing" (the default) writes nothing when any operation is refused, so a renumbering or a summary
   * rebuild is never left half done; "unchanged-only" writes the operations whose paragraphs are unchanged.
   */
  mode?: "all-or-nothing" | "unchanged-only";
}

/** What a command decides on: the document as it is now, and the paragraph holding the cursor. */
export interface EditContext {
  snapshot: DocumentSnapshot;
  /** Index of the paragraph where the cursor is; null when it cannot be told (or was not asked for). */
  cursor: number | null;
}

export type Decision = EditPlan | { problem: string };

export interface EditCommandOptions extends ApplyOptions {
  /** Also find the paragraph that holds the cursor (for "insert after the cursor"). */
  cursor?: boolean;
  /** Largest response of a page of paragraphs, in bytes (tests set a small one to read in many pages). */
  pageBudget?: number;
}

/** Runs a command: reads (a sync per page), lets `decide` make the plan, writes (a sync per write chunk). */
export async function editDocument(
  host: WordHost,
  decide: (context: EditContext) => Decision,
  options: EditCommandOptions = {},
): Promise<ApplyResult> {
  return runBatch(host, async (context) => {
    const { items, inputs, revised, cursor } = await readForEditing(context, host, options);
    const decision = decide({ snapshot: createSnapshot(inputs), cursor });
    if ("problem" in decision) return { applied: [], refused: [], problem: decision.problem };

    const texts = inputs.map((input) => input.text);
    const { writable, refused } = checkPlan(items, texts, revised, decision, options);
    // Paragraphs are released as soon as no edit needs them any more: those no edit touches with the first write,
    // the others after the last chunk that writes to them (release.ts). Release goes in the room a request has.
    const chunks = writeChunks(writable);
    const lastChunk = new Map<ParagraphApi, number>();
    chunks.forEach((chunk, index) =>
      chunk.entries.forEach(({ paragraph }) => lastChunk.set(paragraph, index)),
    );
    const unneeded = items.filter((paragraph) => !lastChunk.has(paragraph));
    const applied: EditOperation[] = [];
    for (let index = 0; index < chunks.length || unneeded.length > LEFT_TO_CLEANUP; index++) {
      const { entries, bytes } = chunks[index] ?? { entries: [], bytes: 0 };
      release(unneeded.splice(0, Math.floor((REQUEST_BUDGET_BYTES - bytes) / RELEASE_BYTES)));
      // Every range of the chunk is located before anything of it is written: if the user changed a paragraph
      // since the read, Word stops at the failed search and nothing of the chunk is written (see locateTarget).
      const temporaries: TrackableApi[] = [];
      const located = entries.map(({ operation, paragraph }) => ({
        operation,
        paragraph,
        ranges: locateTarget(paragraph, operation, temporaries),
      }));
      for (const { operation, paragraph, ranges } of located)
        queueOperation(paragraph, operation, ranges, temporaries);
      release(temporaries);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per write chunk, each within the payload budget
        await context.sync();
      } catch (error) {
        if (toWordError(error).code !== "ItemNotFound") throw refusedWrite(error);
        // A search found nothing: the user changed the paragraph since it was read. The chunks before this one are
        // written (a plan of one chunk — any report of normal size — is then written not at all).
        const rest = chunks.slice(index).flatMap((chunk) => chunk.entries);
        return {
          applied,
          refused: [...refused, ...rest.map(({ operation }) => changed(operation))],
        };
      }
      applied.push(...entries.map(({ operation }) => operation));
      unneeded.push(
        ...new Set(entries.map(({ paragraph }) => paragraph).filter((p) => lastChunk.get(p) === index)),
      );
    }
    // What is left (at most LEFT_TO_CLEANUP objects) Word.run's own cleanup request releases.
    return { applied, refused };
  });
}

/** The paragraphs (a sync per page), the paragraphs with tracked changes, the cursor: what a command decides on. */
async function readForEditing(context: RequestContextApi, host: WordHost, options: EditCommandOptions) {
  const items: ParagraphApi[] = [];
  const inputs: ParagraphInput[] = [];
  const wordTexts: string[] = [];
  const revised = new Set<number>();
  const pages = firstPageState();
  let firstPage: FirstPageQueue | null = null;
  // With tracked changes, each page's reviewed texts are asked with the next page's request, the last page's
  // in one more sync (as readDocument does).
  const queueReviewed = (from: number, page: readonly ParagraphApi[]) => {
    const reviewed = queueReviewedTexts(page);
    return () => {
      for (const index of applyReviewedTexts(inputs.slice(from, from + page.length), reviewed))
        revised.add(from + index);
    };
  };
  let pending: { from: number; page: ParagraphApi[] } | null = null;
  for (let size = firstPageSize(options.pageBudget); ;) {
    // One sync per page, as Microsoft's resource-limits guidance says for large data: each response stays
    // within Word on the web's payload limit. A 1,000-paragraph report is one page. What the first page also
    // asks is queued with it (again, if Word on the web makes the page load twice: paragraphs.ts).
    const first: boolean = firstPage === null;
    const before = pending;
    const {
      items: page,
      inputs: pageInputs,
      queued,
    } = await loadParagraphPage(context, items.length, size, pages, (): PageQueue => ({
      first: first
        ? {
            revisions: queueRevisionProbe(context, host.revisions ?? "detect"),
            cursor: options.cursor ? queueProbe(context.document.getSelection()) : null,
          }
        : null,
      reviewed: before ? queueReviewed(before.from, before.page) : null,
    }));
    firstPage ??= queued.first;
    queued.reviewed?.();
    const from = items.length;
    items.push(...page);
    inputs.push(...pageInputs);
    wordTexts.push(...pageInputs.map((input) => input.text));
    const revisions = firstPage!.revisions.present();
    pending = revisions ? { from, page } : null;
    if (page.length < size) break;
    size = nextPageSize(pageInputs, options.pageBudget, revisions);
  }
  if (pending) {
    const apply = queueReviewed(pending.from, pending.page);
    await context.sync();
    apply();
  }
  const probe = firstPage!.cursor;
  const cursor = probe ? probeIndex(wordTexts, probe) : null;
  if (probe) release([probe.paragraph, probe.previous, probe.next]);
  return { items, inputs, revised, cursor };
}

interface PageQueue {
  first: FirstPageQueue | null;
  reviewed: (() => void) | null;
}

interface FirstPageQueue {
  revisions: RevisionProbe;
  cursor: ParagraphProbe | null;
}

/** Applies a plan computed earlier: the paragraphs it touches must still have the texts it expects. */
export function applyEdits(host: WordHost, plan: EditPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return editDocument(host, () => plan, options);
}

function notApplied(operation: EditOperation): RefusedOperation {
  return { operation, reason: "not-applied" };
}

function changed(operation: EditOperation): RefusedOperation {
  return { operation, reason: "paragraph-changed" };
}

type Writable = { operation: EditOperation; paragraph: ParagraphApi };

/**
 * Largest request a write sync may make, in bytes, estimated from what it sends (Word on the web fails above
 * about 4–5 MB). A report of normal size is one chunk: its edits are all or nothing in Word's own terms.
 */
const REQUEST_BUDGET_BYTES = 1_400_000;
/** What releasing one object adds to a request (one _RemoveReference action), in bytes, rounded up. */
const RELEASE_BYTES = 120;
/** At most this many objects are left to Word.run's own cleanup request (≈ 1.2 MB). */
const LEFT_TO_CLEANUP = 10_000;

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
function writeChunks(writable: readonly Writable[]): { entries: Writable[]; bytes: number }[] {
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

/**
 * Which operations can be written. `texts`: each paragraph's text as just read (with its tracked changes
 * accepted, for the paragraphs in `revised`), which the plan's expected texts must equal.
 */
function checkPlan(
  items: readonly ParagraphApi[],
  texts: readonly string[],
  revised: ReadonlySet<number>,
  plan: EditPlan,
  options: ApplyOptions,
) {
  const allOrNothing = (options.mode ?? "all-or-nothing") === "all-or-nothing";
  const { ordered, refused: refusedByPlan } = orderForApplying(plan);
  const refused: RefusedOperation[] = [...refusedByPlan];
  const writable: Writable[] = [];
  for (const operation of ordered) {
    const paragraph = items[operation.paragraph];
    if (!paragraph) refused.push({ operation, reason: "paragraph-missing" });
    else if (texts[operation.paragraph] !== operation.expectedText)
      refused.push({ operation, reason: "paragraph-changed" });
    // New paragraphs next to one with tracked changes are fine: nothing in it is searched or changed.
    else if (revised.has(operation.paragraph) && operation.kind !== "insertParagraphs")
      refused.push({ operation, reason: "has-revisions" });
    else if (!canLocate(operation)) refused.push({ operation, reason: "cannot-locate" });
    else writable.push({ operation, paragraph });
  }
  if (allOrNothing && refused.length > 0) {
    return { writable: [], refused: [...refused, ...writable.map(({ operation }) => notApplied(operation))] };
  }
  return { writable, refused };
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

function canLocate(operation: EditOperation): boolean {
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
function locateTarget(
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
function queueOperation(
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
        // Word gives a new paragraph its neighbour's style in most cases; we set it so the result never depends on that.
        if (operation.styleBuiltIn !== undefined) inserted.styleBuiltIn = operation.styleBuiltIn;
        else if (operation.style !== undefined) inserted.style = operation.style;
        else if (paragraph.styleBuiltIn !== "Other") inserted.styleBuiltIn = paragraph.styleBuiltIn;
        else inserted.style = paragraph.style;
        // Nor does it join its neighbour's list or take the highlight of its paragraph mark (office-js #72, #2792).
        // Only where the neighbour has either, so that no needless formatting revision is recorded under tracking.
        if (paragraph.isListItem) inserted.detachFromList();
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
