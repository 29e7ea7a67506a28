/**
 * The EditPlan that applies a comparison: changed paragraphs get their differing middle replaced (so formatting
 * around it survives), added lines are inserted in the build's order, each with the style of its kind (see
 * styles.ts), and a paragraph is deleted only when the user chose so (stale action copies are proposed ticked,
 * paragraphs written by hand unticked). Without a summary, the plan creates one before the first clause, or at
 * the end of a document that has no clause yet.
 */
import { isClauseStart } from "../document/structure";
import type { EditOperation, EditPlan, InsertParagraphsOperation } from "../document/editPlan";
import type { DocumentSnapshot } from "../document/snapshot";
import { changedSpan } from "../document/changedSpan";
import type { SummaryComparison, SummaryEntry } from "./compare";
import { lineStyle, summaryStyles, type ParagraphStyle } from "./styles";

export const SUMMARY_TITLE = "Executive Summary";

/** Paragraphs a rebuild deletes unless the user unticks them: copies of actions the body no longer has. */
export function defaultRemovals(comparison: SummaryComparison): Set<number> {
  return new Set(comparison.entries.filter((e) => e.status === "removed").map((e) => e.paragraph!));
}

function replaceMiddle(paragraph: number, before: string, after: string): EditOperation {
  return { kind: "replaceText", paragraph, expectedText: before, ...changedSpan(before, after) };
}

interface NewParagraph {
  text: string;
  style: ParagraphStyle;
}

/**
 * Operations that insert `paragraphs`, in this order, next to one anchor. Each paragraph is an operation of its
 * own (styles differ). Paragraphs inserted "before" an anchor keep their order; "after" one, each pushes the
 * previous ones down, so they are listed last first.
 */
function insertInOrder(
  snapshot: DocumentSnapshot,
  anchor: number,
  position: "before" | "after",
  paragraphs: readonly NewParagraph[],
): InsertParagraphsOperation[] {
  const operations = paragraphs.map(({ text, style }): InsertParagraphsOperation => ({
    kind: "insertParagraphs",
    paragraph: anchor,
    expectedText: snapshot.paragraphs[anchor]!.text,
    position,
    texts: [text],
    ...style,
  }));
  return position === "before" ? operations : operations.reverse();
}

/** Where a new summary goes: before the first clause; without clauses, after the last paragraph outside a table. */
function newSummaryPlace(
  snapshot: DocumentSnapshot,
): { anchor: number; position: "before" | "after" } | null {
  const firstClause = snapshot.paragraphs.find((p) => isClauseStart(p, snapshot) && p.text.trim() !== "");
  if (firstClause) return { anchor: firstClause.index, position: "before" };
  // A paragraph inserted after a table cell's paragraph would go into the cell.
  for (let i = snapshot.paragraphs.length - 1; i >= 0; i--) {
    if (snapshot.paragraphs[i]!.table === null) return { anchor: i, position: "after" };
  }
  return null;
}

/** Where a new summary will go, for the preview: 'before "1 General"', or at the end of a report without clauses. */
export function newSummaryPlaceText(snapshot: DocumentSnapshot): string {
  const place = newSummaryPlace(snapshot);
  if (!place)
    return "The report has no Executive Summary, and no paragraph outside a table to put one after.";
  const anchor = snapshot.paragraphs[place.anchor]!.text.replace(/\s+/g, " ").trim();
  return place.position === "before"
    ? `The report has no Executive Summary: it will be created before "${anchor}", title first.`
    : "The report has no Executive Summary: it will be created at the end of the report (it has no numbered clauses), title first.";
}

export function summaryPlan(
  snapshot: DocumentSnapshot,
  comparison: SummaryComparison,
  remove: ReadonlySet<number>,
): EditPlan {
  const styles = summaryStyles(snapshot);
  const newParagraph = (entry: SummaryEntry): NewParagraph => ({
    text: entry.line!.text,
    style: lineStyle(snapshot, entry.line!, styles),
  });

  const summary = comparison.summary;
  if (!summary) {
    const place = newSummaryPlace(snapshot);
    if (!place) return { label: "Build the Executive Summary", operations: [] };
    const paragraphs = [
      { text: SUMMARY_TITLE, style: styles.title },
      ...comparison.entries.map(newParagraph),
    ];
    return {
      label: "Build the Executive Summary",
      operations: insertInOrder(snapshot, place.anchor, place.position, paragraphs),
    };
  }

  // Where an added line goes: before the next paragraph that stays, else before the clause after the summary,
  // else (a summary that ends the document) after its last paragraph.
  const entries = comparison.entries;
  const stays = (entry: SummaryEntry) => entry.paragraph !== null && !remove.has(entry.paragraph);
  // nextStaying[k]: the first paragraph after entry k that stays (one backward pass, not a search per entry).
  const nextStaying: (number | null)[] = [];
  for (let k = entries.length - 1, next: number | null = null; k >= 0; k--) {
    nextStaying[k] = next;
    if (stays(entries[k]!)) next = entries[k]!.paragraph;
  }
  const operations: EditOperation[] = [];
  const atEnd: NewParagraph[] = [];
  entries.forEach((entry, k) => {
    if (entry.status === "changed")
      operations.push(replaceMiddle(entry.paragraph!, entry.existingText!, entry.line!.text));
    if ((entry.status === "removed" || entry.status === "handwritten") && remove.has(entry.paragraph!)) {
      operations.push({
        kind: "deleteParagraph",
        paragraph: entry.paragraph!,
        expectedText: entry.existingText!,
      });
    }
    if (entry.status === "added") {
      const next = nextStaying[k];
      if (next !== null && next !== undefined)
        operations.push(...insertInOrder(snapshot, next, "before", [newParagraph(entry)]));
      else if (summary.end < snapshot.paragraphs.length)
        operations.push(...insertInOrder(snapshot, summary.end, "before", [newParagraph(entry)]));
      else atEnd.push(newParagraph(entry));
    }
  });
  operations.push(...insertInOrder(snapshot, summary.end - 1, "after", atEnd));
  return { label: "Rebuild the Executive Summary", operations };
}
