/**
 * Edits are data, like ESLint fixes. A command computes an EditPlan from a snapshot; the Word adapter checks
 * each operation's expected paragraph text and refuses any operation whose paragraph changed since it was read.
 * Nothing here touches a document.
 */

interface OperationBase {
  /** Index of the paragraph in the snapshot the plan was computed from. */
  paragraph: number;
  /** The paragraph's full text when the plan was made; the adapter refuses the operation if it differs. */
  expectedText: string;
}

/** Replace `length` characters from `start` with `text` (length 0 inserts). Formatting around it is kept. */
export interface ReplaceTextOperation extends OperationBase {
  kind: "replaceText";
  start: number;
  length: number;
  text: string;
}

/**
 * Insert whole paragraphs next to an existing one. They take the style the operation names (`styleBuiltIn`
 * first: Word's built-in styles have locale-independent ids), else the style of the paragraph they go next to.
 */
export interface InsertParagraphsOperation extends OperationBase {
  kind: "insertParagraphs";
  position: "before" | "after";
  texts: string[];
  /** Style name for the new paragraphs, e.g. the style of the existing action blocks. */
  style?: string;
  /** Word's built-in style id ("Normal", "Heading1"), used instead of `style` when set. */
  styleBuiltIn?: string;
}

/** The style a new paragraph takes to look like `paragraph`: its built-in id when it has one, else its name. */
export function styleLike(paragraph: { style: string; styleBuiltIn: string | null }): {
  style?: string;
  styleBuiltIn?: string;
} {
  return paragraph.styleBuiltIn !== null
    ? { styleBuiltIn: paragraph.styleBuiltIn }
    : { style: paragraph.style };
}

/**
 * Removes a paragraph's text. Its paragraph mark stays, as an empty paragraph, so that whatever the user typed
 * in it between the check and the write is kept (Word cannot delete "only if unchanged").
 */
export interface DeleteParagraphOperation extends OperationBase {
  kind: "deleteParagraph";
}

/** Set a highlight colour on a range, or clear it with `color: null`. */
export interface SetHighlightOperation extends OperationBase {
  kind: "setHighlight";
  start: number;
  length: number;
  color: string | null;
}

export interface InsertHyperlinkOperation extends OperationBase {
  kind: "insertHyperlink";
  start: number;
  length: number;
  address: string;
}

export type EditOperation =
  | ReplaceTextOperation
  | InsertParagraphsOperation
  | DeleteParagraphOperation
  | SetHighlightOperation
  | InsertHyperlinkOperation;

export interface EditPlan {
  /** What the user asked for, in words ("Renumber actions"); shown in messages and undo history. */
  label: string;
  operations: EditOperation[];
  /** When set, the pane asks this question and applies the plan only after the user confirms. */
  confirmation?: string;
}

export interface RefusedOperation {
  operation: EditOperation;
  reason:
    | "paragraph-changed" // the paragraph's text differs from the plan's expected text
    | "paragraph-missing" // the document has fewer paragraphs than the plan expects
    | "overlaps-another-edit"
    | "out-of-range" // the operation's range lies outside its expected text
    | "cannot-locate" // no stretch of text short enough for Word's search identifies the range
    | "has-revisions" // the paragraph carries tracked changes: its text in Word is not the text the plan saw
    | "not-applied"; // fine in itself, withheld because another operation of an all-or-nothing plan was refused
}

/** Start and end offsets touched by an operation inside its paragraph; whole-paragraph operations span it all. */
function spanOf(operation: EditOperation): { start: number; end: number } {
  switch (operation.kind) {
    case "replaceText":
    case "setHighlight":
    case "insertHyperlink":
      return { start: operation.start, end: operation.start + operation.length };
    case "insertParagraphs":
      // Inserting next to a paragraph does not touch its characters; "before" sorts ahead of in-paragraph edits.
      return operation.position === "before" ? { start: -1, end: -1 } : { start: Infinity, end: Infinity };
    case "deleteParagraph":
      return { start: 0, end: Infinity };
  }
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end || b.start === b.end) return a.start > b.start && a.start < b.end;
  return a.start < b.end && b.start < a.end;
}

function descending(a: number, b: number): number {
  return a < b ? 1 : a > b ? -1 : 0; // not b - a: spans may be ±Infinity
}

export interface OrderedPlan {
  /** Operations in the order to apply them: last paragraph first, and inside a paragraph last offset first. */
  ordered: EditOperation[];
  refused: RefusedOperation[];
}

/**
 * Orders a plan for applying and drops what cannot be applied safely (ESLint's fixer does the same with fixes):
 * operations whose range leaves their expected text, and operations overlapping one kept earlier in the plan.
 * Applying from the end keeps every not-yet-applied offset valid.
 */
export function orderForApplying(plan: EditPlan): OrderedPlan {
  const refused: RefusedOperation[] = [];
  const byParagraph = new Map<number, EditOperation[]>();
  for (const operation of plan.operations) {
    const span = spanOf(operation);
    if (
      operation.kind !== "insertParagraphs" &&
      operation.kind !== "deleteParagraph" &&
      (span.start < 0 || span.end > operation.expectedText.length)
    ) {
      refused.push({ operation, reason: "out-of-range" });
      continue;
    }
    const kept = byParagraph.get(operation.paragraph) ?? [];
    const sameExpectation = kept.every((other) => other.expectedText === operation.expectedText);
    const clash = kept.some((other) => overlaps(spanOf(other), span) || other.kind === "deleteParagraph");
    if (!sameExpectation || clash || (operation.kind === "deleteParagraph" && kept.length > 0)) {
      refused.push({ operation, reason: "overlaps-another-edit" });
      continue;
    }
    kept.push(operation);
    byParagraph.set(operation.paragraph, kept);
  }

  const ordered: EditOperation[] = [];
  const paragraphsLastFirst = [...byParagraph.keys()].sort((a, b) => b - a);
  for (const paragraph of paragraphsLastFirst) {
    const operations = byParagraph.get(paragraph)!;
    operations.sort((a, b) => descending(spanOf(a).start, spanOf(b).start));
    ordered.push(...operations);
  }
  return { ordered, refused };
}
