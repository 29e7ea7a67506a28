/**
 * How the Executive Summary's action copies differ from the body's actions: missing, extra, different text,
 * different number, out of order, and a wrong number on the report-approval action.
 */
import { isReportApproval } from "../actions/numbering";
import { actionKey, type ActionItem } from "../actions/parse";
import { diffWords } from "./diffWords";

export interface SummaryDifference {
  /** Where to point the user: the copy in the summary, or the body action when its copy is missing. */
  action: ActionItem;
  message: string;
}

const label = (action: ActionItem) => `${action.group}-${action.number ?? action.placeholder ?? "?"}`;

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= 8 ? words.join(" ") : `${words.slice(0, 8).join(" ")} …`;
}

export function summaryDifferences(actions: readonly ActionItem[], group: string): SummaryDifference[] {
  const blocks = actions.filter((a) => a.form === "block" && a.group === group);
  const body = blocks.filter((a) => !a.inSummary);
  const copies = blocks.filter((a) => a.inSummary);
  const bodyKeys = new Set(body.map(actionKey));
  const approval = copies.filter((copy) => isReportApproval(copy) && !bodyKeys.has(actionKey(copy)));
  const differences: SummaryDifference[] = [];

  // 1. Pair by text (a queue of body actions per text, so that pairing stays linear).
  const pairs: { copy: ActionItem; original: ActionItem }[] = [];
  const freeBody = new Set(body);
  const byKey = new Map<string, ActionItem[]>();
  for (const original of [...body].reverse()) {
    const queue = byKey.get(actionKey(original));
    if (queue) queue.push(original);
    else byKey.set(actionKey(original), [original]);
  }
  const freeCopies: ActionItem[] = [];
  for (const copy of copies) {
    if (approval.includes(copy)) continue;
    const original = byKey.get(actionKey(copy))?.pop();
    if (original) {
      freeBody.delete(original);
      pairs.push({ copy, original });
    } else {
      freeCopies.push(copy);
    }
  }
  // 2. What is left pairs by number: the same action, with different text.
  const byNumber = new Map([...freeBody].filter((b) => b.number !== null).map((b) => [b.number!, b]));
  const pairedByNumber = new Set<ActionItem>();
  for (const copy of freeCopies) {
    const original = copy.number === null ? undefined : byNumber.get(copy.number);
    if (!original || !freeBody.has(original)) continue;
    freeBody.delete(original);
    pairedByNumber.add(copy);
    const changes = diffWords(copy.text, original.text);
    const said = (kind: "added" | "removed") =>
      changes
        .filter((c) => c.kind === kind)
        .map((c) => c.text.trim())
        .filter(Boolean)
        .join(" … ");
    differences.push({
      action: copy,
      message: `The summary's ${label(copy)} differs from the body's ${label(original)}: the body says "${said("added")}" where the summary says "${said("removed")}".`,
    });
  }
  // 3. Missing and extra copies.
  for (const original of freeBody) {
    differences.push({
      action: original,
      message: `${label(original)} ("${firstWords(original.text)}") is missing from the Executive Summary.`,
    });
  }
  for (const copy of freeCopies.filter((c) => !pairedByNumber.has(c))) {
    differences.push({
      action: copy,
      message: `The summary's ${label(copy)} ("${firstWords(copy.text)}") is not an action of the body.`,
    });
  }
  // 4. Numbers and order of the copies that have an original.
  let highest = -1;
  const positions = new Map(body.map((action, i) => [action, i]));
  for (const { copy, original } of pairs) {
    const position = positions.get(original)!;
    if (copy.number !== null && original.number !== null && copy.number !== original.number) {
      differences.push({
        action: copy,
        message: `The summary numbers ${label(original)} as ${label(copy)}.`,
      });
    } else if (position < highest) {
      differences.push({
        action: copy,
        message: `The summary lists ${label(copy)} out of the body's order.`,
      });
    }
    highest = Math.max(highest, position);
  }
  // 5. The report-approval action comes last, numbered N+1 (a placeholder is action-placeholder's business).
  for (const copy of approval) {
    if (copy.number !== null && copy.number !== body.length + 1) {
      differences.push({
        action: copy,
        message: `The report-approval action should be ${group}-${body.length + 1}, not ${label(copy)}.`,
      });
    }
  }
  return differences.sort((a, b) => a.action.paragraph - b.action.paragraph);
}
