import { useCallback } from "react";
import { excerptAround } from "../../core";
import type { ApplyResult } from "../../word";
import type { Status } from "../components/StatusBar";
import { plural } from "../format";

type Say = (status: Status | null, options?: { focus?: boolean }) => void;

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
      const changed = [
        ...new Set(
          result.refused
            .filter((r) => r.reason !== "not-applied")
            .map((r) => `"${excerptAround(r.operation.expectedText, 0, 0)}"`),
        ),
      ];
      if (changed.length > 0) {
        say(
          {
            intent: "warning",
            title: `${label}: nothing was changed`,
            text: `${changed.length === 1 ? "This paragraph" : "These paragraphs"} changed since the add-in read the document: ${changed.join(", ")}. Nothing was written; run the command again.`,
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
