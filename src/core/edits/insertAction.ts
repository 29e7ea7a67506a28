/**
 * Inserting an action block after a given paragraph: the new block is numbered for its position and every later
 * body action (and its summary copy, and the report-approval action) is renumbered in the same plan.
 */
import { styleLike, type EditPlan } from "../document/editPlan";
import type { DocumentSnapshot } from "../document/snapshot";
import { numberingAroundInsertion } from "../actions/numbering";
import type { ActionItem } from "../actions/parse";
import { summaryStyles } from "../summary/styles";
import { findExecutiveSummary } from "../document/structure";

export interface ActionDraft {
  group: string;
  /** Who is invited: "WP2". */
  target: string;
  /** "approve", "adopt", "agree", "note"… */
  verb: string;
  /** What follows the verb: "draft outgoing Liaison Statement on closure of …". */
  text: string;
  /** Cited documents, appended as "– TD327" / "– TD327, TD328". */
  documents: string[];
}

/** "WP2 is invited to approve draft outgoing Liaison Statement on … – TD328." */
export function composeActionText(draft: ActionDraft): string {
  const body = `${draft.target} is invited to ${draft.verb} ${draft.text.trim().replace(/\.$/, "")}`;
  return draft.documents.length > 0 ? `${body} – ${draft.documents.join(", ")}.` : `${body}.`;
}

export type InsertActionResult = { plan: EditPlan; number: number } | { problem: string };

export function insertActionPlan(
  snapshot: DocumentSnapshot,
  actions: readonly ActionItem[],
  after: number,
  draft: ActionDraft,
): InsertActionResult {
  const anchor = snapshot.paragraphs[after];
  if (!anchor)
    return { problem: "Click in the paragraph after which the action should go, then insert again." };
  const summary = findExecutiveSummary(snapshot);
  if (summary && after < summary.end) {
    return {
      problem:
        "The cursor is in the header or the Executive Summary: click in the body of the report, in the paragraph after which the action should go (the summary gets its copy when you rebuild it).",
    };
  }
  if (anchor.table !== null)
    return {
      problem:
        "The cursor is in a table: click in a paragraph outside tables (an action block is a paragraph of its own).",
    };
  if (draft.text.trim() === "" || draft.verb.trim() === "" || draft.target.trim() === "") {
    return { problem: "Fill in who is invited, the verb and the text of the action." };
  }
  const { operations, number } = numberingAroundInsertion(snapshot, actions, draft.group, after);
  // Styled like the group's action blocks, else like the report's body text: never like the heading it follows.
  const model = actions.find(
    (action) => action.form === "block" && !action.inSummary && action.group === draft.group,
  );
  const style = model ? styleLike(snapshot.paragraphs[model.paragraph]!) : summaryStyles(snapshot).action;
  return {
    number,
    plan: {
      label: `Insert action ${draft.group}-${number}`,
      operations: [
        {
          kind: "insertParagraphs",
          paragraph: after,
          expectedText: anchor.text,
          position: "after",
          texts: [`Action TSAG ${draft.group}-${number}\t${composeActionText(draft)}`],
          ...style,
        },
        ...operations,
      ],
    },
  };
}
