/**
 * Numbering of action blocks, as EditPlans that change number tokens only.
 *
 * Body actions of each group are numbered 1..N in document order; placeholders get their number. The
 * Executive Summary's copies take the numbers of their body originals (matched by text); the summary's
 * report-approval action, which has no body original, takes N+1. In a report that lists its actions ("Actions for
 * WP1:" then "RG-IES-1: …"), the list's items are the actions and are numbered 1..N in their order; list items
 * elsewhere (an agenda's) are never changed.
 */
import type { EditOperation, EditPlan } from "../document/editPlan";
import type { DocumentSnapshot } from "../document/snapshot";
import { actionKey, type ActionItem } from "./parse";

/** "… is invited to approve the RG-WPR meeting report – TD172." (two searches: no backtracking `.*`). */
export function isReportApproval(action: Pick<ActionItem, "text">): boolean {
  const approve = action.text.search(/\bapprove\b/i);
  return approve >= 0 && /\breport\b/i.test(action.text.slice(approve));
}

/** The operation that writes `number` in an action's label, or null when it already carries it. */
function numberOperation(
  snapshot: DocumentSnapshot,
  action: ActionItem,
  number: number,
): EditOperation | null {
  if (action.number === number && action.placeholder === null) return null;
  const paragraph = snapshot.paragraphs[action.paragraph]!;
  // "Action TSAG RG-WPR<TAB>…" has no "-" before its (missing) number; "Action TSAG RG-WPR-<TAB>…" has.
  const missingDash = action.numberSpan.length === 0 && paragraph.text[action.numberSpan.start - 1] !== "-";
  return {
    kind: "replaceText",
    paragraph: action.paragraph,
    expectedText: paragraph.text,
    start: action.numberSpan.start,
    length: action.numberSpan.length,
    text: missingDash ? `-${number}` : String(number),
  };
}

/** How the report writes its actions (the analysis decides): blocks, or items of its summary's lists. */
export type NumberingConvention = "blocks" | "list";

/** The actions that carry the report's numbering: body blocks, or the summary list's single-numbered items. */
export function numberedActions(
  actions: readonly ActionItem[],
  convention: NumberingConvention | null,
): ActionItem[] {
  return convention === "list"
    ? actions.filter(
        (action) => action.form === "list" && action.inSummary && action.moreNumbers.length === 0,
      )
    : actions.filter((action) => action.form === "block" && !action.inSummary);
}

export interface NumberingTarget {
  action: ActionItem;
  number: number;
}

/**
 * The number every block action should carry. With `insertedAfter`, as if a new action of `group` were placed
 * right after that paragraph (the insert command numbers around it in the same plan).
 */
export function targetNumbers(
  actions: readonly ActionItem[],
  insertion?: { group: string; after: number },
  convention: NumberingConvention | null = "blocks",
): { targets: NumberingTarget[]; insertedNumber: number | null } {
  const blocks =
    convention === "list" ? numberedActions(actions, convention) : actions.filter((a) => a.form === "block");
  const targets: NumberingTarget[] = [];
  // Per group and text, the body's numbers in order, and how many copies took one already (a cursor, not shift():
  // many actions of the same text would make shifting quadratic).
  const bodyNumbers = new Map<string, { numbers: number[]; taken: number }>();
  const counts = new Map<string, number>();
  let insertedNumber: number | null = null;

  const next = (group: string) => {
    const n = (counts.get(group) ?? 0) + 1;
    counts.set(group, n);
    return n;
  };

  for (const action of convention === "list" ? blocks : blocks.filter((a) => !a.inSummary)) {
    if (
      insertion &&
      insertedNumber === null &&
      action.group === insertion.group &&
      action.paragraph > insertion.after
    ) {
      insertedNumber = next(insertion.group);
    }
    const number = next(action.group);
    targets.push({ action, number });
    const key = `${action.group}\u0000${actionKey(action)}`;
    const queue = bodyNumbers.get(key);
    if (queue) queue.numbers.push(number);
    else bodyNumbers.set(key, { numbers: [number], taken: 0 });
  }
  if (insertion && insertedNumber === null) insertedNumber = next(insertion.group);

  for (const action of convention === "list" ? [] : blocks.filter((a) => a.inSummary)) {
    const queue = bodyNumbers.get(`${action.group}\u0000${actionKey(action)}`);
    if (queue && queue.taken < queue.numbers.length)
      targets.push({ action, number: queue.numbers[queue.taken++]! });
    else if (isReportApproval(action)) targets.push({ action, number: (counts.get(action.group) ?? 0) + 1 });
  }
  return { targets, insertedNumber };
}

export function renumberPlan(
  snapshot: DocumentSnapshot,
  actions: readonly ActionItem[],
  convention: NumberingConvention | null = "blocks",
): EditPlan {
  const { targets } = targetNumbers(actions, undefined, convention);
  return {
    label: "Renumber actions",
    operations: targets.flatMap(({ action, number }) => numberOperation(snapshot, action, number) ?? []),
  };
}

/** The operations that renumber existing actions around a new one inserted after paragraph `after`. */
export function numberingAroundInsertion(
  snapshot: DocumentSnapshot,
  actions: readonly ActionItem[],
  group: string,
  after: number,
  convention: NumberingConvention | null = "blocks",
): { operations: EditOperation[]; number: number } {
  const { targets, insertedNumber } = targetNumbers(actions, { group, after }, convention);
  return {
    operations: targets.flatMap(({ action, number }) => numberOperation(snapshot, action, number) ?? []),
    number: insertedNumber!,
  };
}
