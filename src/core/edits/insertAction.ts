/**
 * Inserting an action, in the report's own convention, with every number kept consecutive in the same plan:
 *
 * - action blocks: the new block goes after the cursor's paragraph, numbered for its position; every later body
 *   action is renumbered, and the Executive Summary gets the new block's copy in its place among the copies (their
 *   numbers and the report-approval action's follow), so that the summary never reads 1, 2, 4;
 * - a list ("Actions for WP1:" then "RG-IES-1: WP1 to …"): the new item goes into the working party's list, after
 *   the cursor when it is in that list, else at the list's end; the later items are renumbered.
 */
import { numberingAroundInsertion } from "../actions/numbering";
import type { ActionItem } from "../actions/parse";
import { analysisOf } from "../analysis/analyse";
import type { ReportAnalysis } from "../analysis/types";
import { styleLike, type EditOperation, type EditPlan } from "../document/editPlan";
import type { DocumentSnapshot } from "../document/snapshot";
import { summaryStyles } from "../summary/styles";
import { composeActionText, listItemText, type ActionDraft } from "./actionDraft";
import { insertionInList } from "./insertListItem";

export { composeActionText, type ActionDraft } from "./actionDraft";

export type InsertActionResult = { plan: EditPlan; number: number } | { problem: string };

/** The summary copy of a block numbered `number`: placed among the copies by the numbers they will carry. */
function summaryCopy(
  analysis: ReportAnalysis,
  operations: readonly EditOperation[],
  group: string,
  number: number,
  text: string,
  style: ReturnType<typeof styleLike>,
): EditOperation | null {
  const { snapshot, actions, structure } = analysis;
  const summary = structure.section;
  if (!summary || analysis.convention !== "blocks") return null;
  // The number each copy will carry once the plan is applied.
  const renumbered = new Map<number, number>();
  for (const operation of operations) {
    if (operation.kind === "replaceText")
      renumbered.set(operation.paragraph, Number(operation.text.replace("-", "")));
  }
  const copies = actions.filter(
    (action) => action.form === "block" && action.inSummary && action.group === group,
  );
  const numberOf = (copy: ActionItem) =>
    renumbered.get(copy.paragraph) ?? copy.number ?? Number.MAX_SAFE_INTEGER;
  const next = copies.find((copy) => numberOf(copy) > number);
  const paragraph = next?.paragraph ?? copies[copies.length - 1]?.paragraph ?? summary.end - 1;
  const anchor = snapshot.paragraphs[paragraph];
  if (!anchor) return null;
  return {
    kind: "insertParagraphs",
    paragraph,
    expectedText: anchor.text,
    position: next ? "before" : "after",
    texts: [text],
    ...style,
  };
}

function insertBlock(analysis: ReportAnalysis, after: number, draft: ActionDraft): InsertActionResult {
  const { snapshot, actions, structure } = analysis;
  const anchor = snapshot.paragraphs[after]!;
  const summary = structure.section;
  if (summary && after < summary.end) {
    return {
      problem:
        "The cursor is in the header or the Executive Summary: click in the body of the report, in the paragraph after which the action should go (the summary gets its copy at the same time).",
    };
  }
  const { operations, number } = numberingAroundInsertion(snapshot, actions, draft.group, after, "blocks");
  // Styled like the group's action blocks, else like the report's body text: never like the heading it follows.
  const model = actions.find(
    (action) => action.form === "block" && !action.inSummary && action.group === draft.group,
  );
  const style = model ? styleLike(snapshot.paragraphs[model.paragraph]!) : summaryStyles(snapshot).action;
  const text = `Action TSAG ${draft.group}-${number}\t${composeActionText(draft)}`;
  const copy = summaryCopy(analysis, operations, draft.group, number, text, style);
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
          texts: [text],
          ...style,
        },
        ...(copy ? [copy] : []),
        ...operations,
      ],
    },
  };
}

function insertItem(analysis: ReportAnalysis, cursor: number, draft: ActionDraft): InsertActionResult {
  const { snapshot, actions } = analysis;
  const place = insertionInList(analysis, cursor);
  if (!place) return { problem: "The report's list of actions for its working party was not found." };
  const { operations, number } = numberingAroundInsertion(
    snapshot,
    actions,
    draft.group,
    place.after,
    "list",
  );
  const anchor = snapshot.paragraphs[place.after]!;
  return {
    number,
    plan: {
      label: `Insert action ${draft.group}-${number}`,
      operations: [
        {
          kind: "insertParagraphs",
          paragraph: place.after,
          expectedText: anchor.text,
          position: "after",
          texts: [listItemText(place.bullet, draft, number)],
          ...styleLike(snapshot.paragraphs[place.model]!),
        },
        ...operations,
      ],
    },
  };
}

export function insertActionPlan(
  input: DocumentSnapshot | ReportAnalysis,
  after: number,
  draft: ActionDraft,
): InsertActionResult {
  const analysis = analysisOf(input);
  const anchor = analysis.snapshot.paragraphs[after];
  if (!anchor)
    return { problem: "Click in the paragraph after which the action should go, then insert again." };
  // Word's cursor is at the very start when a document has just been opened: the user has not placed it yet.
  if (after === 0)
    return {
      problem:
        "The cursor is still at the start of the document, where Word puts it on opening: click in the body of the report, in the paragraph after which the action should go, then insert again.",
    };
  if (draft.text.trim() === "" || draft.verb.trim() === "" || draft.target.trim() === "") {
    return { problem: "Fill in who is invited, the verb and the text of the action." };
  }
  if (analysis.convention === "list") return insertItem(analysis, after, draft);
  if (anchor.table !== null)
    return {
      problem:
        "The cursor is in a table: click in a paragraph outside tables (an action block is a paragraph of its own).",
    };
  return insertBlock(analysis, after, draft);
}
