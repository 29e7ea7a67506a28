import { useCallback } from "react";
import { excerptAround, type RefusedOperation } from "../../core";
import type { ApplyResult } from "../../word";
import type { Status } from "../components/StatusBar";
import { plural } from "../format";

type Say = (status: Status | null, options?: { focus?: boolean }) => void;

/** Why each paragraph was left alone, in the user's terms: one sentence per reason, naming the paragraphs. */
const REASONS: Record<Exclude<RefusedOperation["reason"], "not-applied">, (places: string) => string> = {
  "paragraph-changed": (places) =>
    `Changed since the add-in read the document: ${places}. Run the command again.`,
  "paragraph-missing": (places) => `No longer in the document: ${places}. Run the command again.`,
  "has-revisions": (places) =>
    `Tracked changes in ${places}: accept or reject them (Review › Accept or Reject), then run the command again.`,
  "cannot-locate": (places) =>
    `Word cannot find the exact place in ${places} (a line break, footnote mark or field sits right there); change it by hand.`,
  "overlaps-another-edit": (places) => `Two changes would overlap in ${places}; run the command again.`,
  "out-of-range": (places) => `The change does not fit ${places}; run the command again.`,
};

export function describeRefusals(refused: readonly RefusedOperation[]): string[] {
  const byReason = new Map<keyof typeof REASONS, Set<string>>();
  for (const { reason, operation } of refused) {
    if (reason === "not-applied") continue;
    const places = byReason.get(reason) ?? new Set<string>();
    places.add(`"${excerptAround(operation.expectedText, 0, 0)}"`);
    byReason.set(reason, places);
  }
  return [...byReason].map(([reason, places]) => REASONS[reason]([...places].join(", ")));
}

/**
 * Turns the result of an editing command into the one message the user reads, said where the command was
 * started. `focus`: the control that started it is gone or disabled now, so the message takes the focus.
 */
export function useEditReport(say: Say) {
  return useCallback(
    (label: string, result: ApplyResult | null, options: { focus?: boolean } = {}) => {
      if (!result) return; // Word failed: the error is already shown
      if (result.problem) {
        say({ intent: "warning", title: `${label}: nothing was changed`, text: result.problem }, options);
        return;
      }
      const refusals = describeRefusals(result.refused);
      if (refusals.length > 0) {
        const written = result.applied.length;
        say(
          {
            intent: "warning",
            title:
              written > 0
                ? `${label}: ${plural(written, "change")} made, some left out`
                : `${label}: nothing was changed`,
            text: refusals.join(" "),
          },
          options,
        );
      } else if (result.applied.length === 0) {
        say({ intent: "info", text: `${label}: nothing to change.` }, options);
      } else {
        say(
          { intent: "success", text: `${label}: done (${plural(result.applied.length, "change")}).` },
          options,
        );
      }
    },
    [say],
  );
}
