/**
 * The EditPlan that applies a comparison: changed paragraphs get their differing middle replaced (so formatting
 * around it survives), added lines are inserted in the build's order with the style of the body paragraph they
 * come from, and a paragraph is deleted only when the user chose so (stale action copies are proposed ticked,
 * paragraphs written by hand unticked). Without a summary, the plan creates one before the first clause.
 */
import { isClauseStart } from "../actions/summarySection";
import type { EditOperation, EditPlan } from "../model/editPlan";
import type { DocumentSnapshot } from "../model/snapshot";
import type { SummaryComparison, SummaryEntry } from "./compare";

export const SUMMARY_TITLE = "Executive Summary";

/** Paragraphs a rebuild deletes unless the user unticks them: copies of actions the body no longer has. */
export function defaultRemovals(comparison: SummaryComparison): Set<number> {
  return new Set(comparison.entries.filter((e) => e.status === "removed").map((e) => e.paragraph!));
}

function replaceMiddle(paragraph: number, before: string, after: string): EditOperation {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return {
    kind: "replaceText",
    paragraph,
    expectedText: before,
    start,
    length: before.length - start - end,
    text: after.slice(start, after.length - end),
  };
}

export function summaryPlan(
  snapshot: DocumentSnapshot,
  comparison: SummaryComparison,
  remove: ReadonlySet<number>,
): EditPlan {
  const operations: EditOperation[] = [];
  const styleOf = (entry: SummaryEntry) => {
    const source = entry.line?.source;
    return source !== null && source !== undefined ? snapshot.paragraphs[source]!.style : undefined;
  };
  const insert = (
    anchor: number,
    position: "before" | "after",
    texts: string[],
    style?: string,
  ): EditOperation => ({
    kind: "insertParagraphs",
    paragraph: anchor,
    expectedText: snapshot.paragraphs[anchor]!.text,
    position,
    texts,
    ...(style ? { style } : {}),
  });

  const summary = comparison.summary;
  if (!summary) {
    const firstClause = snapshot.paragraphs.find((p) => isClauseStart(p) && p.text.trim() !== "");
    const anchor = firstClause?.index ?? snapshot.paragraphs.length - 1;
    if (anchor < 0) return { label: "Build the Executive Summary", operations: [] };
    const position = firstClause ? "before" : "after";
    operations.push(insert(anchor, position, [SUMMARY_TITLE]));
    const lines = comparison.entries.map((entry) =>
      insert(anchor, position, [entry.line!.text], styleOf(entry)),
    );
    operations.push(...(position === "before" ? lines : lines.reverse()));
    return { label: "Build the Executive Summary", operations };
  }

  // Where an added line goes: before the next paragraph that stays, else before the clause after the summary.
  const entries = comparison.entries;
  const stays = (entry: SummaryEntry) => entry.paragraph !== null && !remove.has(entry.paragraph);
  const lastSummaryParagraph = summary.end - 1;
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
      const next = entries.slice(k + 1).find(stays);
      if (next) operations.push(insert(next.paragraph!, "before", [entry.line!.text], styleOf(entry)));
      else if (summary.end < snapshot.paragraphs.length)
        operations.push(insert(summary.end, "before", [entry.line!.text], styleOf(entry)));
      else operations.push(insert(lastSummaryParagraph, "after", [entry.line!.text], styleOf(entry)));
    }
  });
  // Several lines inserted after the same last paragraph would land in reverse order: keep the build's order.
  const after = operations.filter((op) => op.kind === "insertParagraphs" && op.position === "after");
  const others = operations.filter((op) => !(op.kind === "insertParagraphs" && op.position === "after"));
  return { label: "Rebuild the Executive Summary", operations: [...others, ...after.reverse()] };
}
