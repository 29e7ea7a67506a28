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
} from "../core";
import { refusedWrite, runBatch } from "./errors";
import { escapeForSearch, findUniqueWindow, isSearchable, locateRange } from "./locate";
import { firstPageSize, loadParagraphPage, nextPageSize, type TableCount } from "./paragraphs";
import { probeIndex, queueProbe } from "./probe";
import type { ParagraphApi, RangeApi, WordHost } from "./wordApi";

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

/** Runs a command: reads (a sync per page), lets `decide` make the plan, writes (one sync). */
export async function editDocument(
  host: WordHost,
  decide: (context: EditContext) => Decision,
  options: EditCommandOptions = {},
): Promise<ApplyResult> {
  return runBatch(host, async (context) => {
    const cursor = options.cursor ? queueProbe(context.document.getSelection()) : null;
    // The paragraphs in pages whose responses fit the budget: one sync per page (one for a 1,000-paragraph report).
    const items: ParagraphApi[] = [];
    const inputs: ParagraphInput[] = [];
    const tables: TableCount = { table: -1, inTable: false };
    for (let size = firstPageSize(options.pageBudget); ;) {
      // One sync per page, as Microsoft's resource-limits guidance says for large data: each response stays
      // within Word on the web's payload limit. A 1,000-paragraph report is one page.
      const { items: page, inputs: pageInputs } = await loadParagraphPage(
        context,
        items.length,
        size,
        tables,
        () => null,
      );
      items.push(...page);
      inputs.push(...pageInputs);
      if (page.length < size) break;
      size = nextPageSize(pageInputs, options.pageBudget);
    }

    const decision = decide({
      snapshot: createSnapshot(inputs),
      cursor: cursor
        ? probeIndex(
            inputs.map((input) => input.text),
            cursor,
          )
        : null,
    });
    if ("problem" in decision) return { applied: [], refused: [], problem: decision.problem };

    const { writable, refused } = checkPlan(items, decision, options);
    // Every range is located before anything is written: if the user changed a paragraph between the two syncs,
    // Word stops at the failed search and nothing of the plan is written (see locateTarget).
    const located = writable.map(({ operation, paragraph }) => ({
      operation,
      paragraph,
      range: locateTarget(paragraph, operation),
    }));
    for (const { operation, paragraph, range } of located) queueOperation(paragraph, operation, range);
    if (writable.length > 0)
      await context.sync().catch((error: unknown) => Promise.reject(refusedWrite(error)));
    return { applied: writable.map(({ operation }) => operation), refused };
  });
}

/** Applies a plan computed earlier: the paragraphs it touches must still have the texts it expects. */
export function applyEdits(host: WordHost, plan: EditPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return editDocument(host, () => plan, options);
}

function notApplied(operation: EditOperation): RefusedOperation {
  return { operation, reason: "not-applied" };
}

function checkPlan(items: readonly ParagraphApi[], plan: EditPlan, options: ApplyOptions) {
  const allOrNothing = (options.mode ?? "all-or-nothing") === "all-or-nothing";
  const { ordered, refused: refusedByPlan } = orderForApplying(plan);
  const refused: RefusedOperation[] = [...refusedByPlan];
  const writable: { operation: EditOperation; paragraph: ParagraphApi }[] = [];
  for (const operation of ordered) {
    const paragraph = items[operation.paragraph];
    if (!paragraph) refused.push({ operation, reason: "paragraph-missing" });
    else if (paragraph.text !== operation.expectedText)
      refused.push({ operation, reason: "paragraph-changed" });
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
  // A deletion searches the paragraph's whole text (or its first and last words): it must be searchable.
  if (operation.kind === "deleteParagraph") return isSearchable(operation.expectedText);
  const span = targetSpan(operation);
  return (
    span === null || findUniqueWindow(operation.expectedText, span.start, span.start + span.length) !== null
  );
}

/** Longest text Word's search takes, with room for escapes. */
const GUARD_LENGTH = 120;

/**
 * Queues the search that finds an operation's range. For a deletion it is the paragraph's whole expected text:
 * only that text is deleted, so anything the user typed in the paragraph since the check stays (and if they
 * typed inside it, the search fails and Word stops the batch before writing). A paragraph too long for one
 * search is deleted whole, after its first and last words are found where the plan expects them.
 */
function locateTarget(paragraph: ParagraphApi, operation: EditOperation): RangeApi | null {
  const span = targetSpan(operation);
  if (span) return locateRange(paragraph, operation.expectedText, span.start, span.length)!;
  if (operation.kind !== "deleteParagraph" || operation.expectedText === "") return null;
  const text = operation.expectedText;
  if (escapeForSearch(text).length <= 255)
    return paragraph.search(escapeForSearch(text), { matchCase: true }).getFirst();
  for (const part of [text.slice(0, GUARD_LENGTH), text.slice(-GUARD_LENGTH)]) {
    paragraph.search(escapeForSearch(part), { matchCase: true }).getFirst();
  }
  return null;
}

/** Queues one operation's write; its range was located by locateTarget. */
function queueOperation(paragraph: ParagraphApi, operation: EditOperation, range: RangeApi | null): void {
  switch (operation.kind) {
    case "replaceText":
      if (range === null) paragraph.insertText(operation.text, "End");
      else range.insertText(operation.text, operation.length === 0 ? "Start" : "Replace");
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
        for (const text of operation.texts) copyStyle(paragraph.insertParagraph(text, "Before"));
      } else {
        let anchor = paragraph;
        for (const text of operation.texts) {
          anchor = anchor.insertParagraph(text, "After");
          copyStyle(anchor);
        }
      }
      return;
    }
    case "deleteParagraph":
      // Only the text found by locateTarget: the paragraph mark stays, as an empty paragraph (or holding what the
      // user typed there meanwhile). Losing a blank line's worth of tidiness is the price of never losing text.
      if (range) range.delete();
      else paragraph.delete();
      return;
  }
}
