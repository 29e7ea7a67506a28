/**
 * Applies an EditPlan in one batch of two syncs, whatever its size:
 *   sync 1 reads every paragraph's current text (and style, to format inserted paragraphs);
 *   sync 2 writes every operation whose paragraph still has the text the plan expects.
 * An operation whose paragraph changed since the plan was made is refused, not applied: the user's new text is
 * never overwritten. Operations are applied last paragraph first, last offset first, so offsets stay valid.
 * Nothing here changes the document's track-changes mode: with tracking on, the edits arrive as revisions.
 */
import { orderForApplying, type EditOperation, type EditPlan, type RefusedOperation } from "../core";
import { runBatch } from "./errors";
import { findUniqueWindow, locateRange } from "./locate";
import type { ParagraphApi, WordHost } from "./wordApi";

export interface ApplyResult {
  applied: EditOperation[];
  refused: RefusedOperation[];
}

export interface ApplyOptions {
  /**
   * "all-or-nothing" (the default) writes nothing when any operation is refused, so a renumbering or a summary
   * rebuild is never left half done; "unchanged-only" writes the operations whose paragraphs are unchanged.
   */
  mode?: "all-or-nothing" | "unchanged-only";
}

export async function applyEdits(
  host: WordHost,
  plan: EditPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const allOrNothing = (options.mode ?? "all-or-nothing") === "all-or-nothing";
  const { ordered, refused: refusedByPlan } = orderForApplying(plan);
  if (ordered.length === 0 || (allOrNothing && refusedByPlan.length > 0)) {
    return { applied: [], refused: [...refusedByPlan, ...ordered.map(notApplied)] };
  }

  return runBatch(host, async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/style,items/styleBuiltIn");
    await context.sync();

    const items = paragraphs.items;
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
      return {
        applied: [],
        refused: [...refused, ...writable.map(({ operation }) => notApplied(operation))],
      };
    }
    for (const { operation, paragraph } of writable) queueOperation(paragraph, operation);
    if (writable.length > 0) await context.sync();
    return { applied: writable.map(({ operation }) => operation), refused };
  });
}

function notApplied(operation: EditOperation): RefusedOperation {
  return { operation, reason: "not-applied" };
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
  const span = targetSpan(operation);
  return (
    span === null || findUniqueWindow(operation.expectedText, span.start, span.start + span.length) !== null
  );
}

/** Queues one operation; canLocate(operation) has been checked. */
function queueOperation(paragraph: ParagraphApi, operation: EditOperation): void {
  const span = targetSpan(operation);
  const range = span ? locateRange(paragraph, operation.expectedText, span.start, span.length)! : null;
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
        if (operation.style !== undefined) inserted.style = operation.style;
        else if (paragraph.styleBuiltIn !== "Other") inserted.styleBuiltIn = paragraph.styleBuiltIn;
        else inserted.style = paragraph.style;
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
      paragraph.delete();
      return;
  }
}
