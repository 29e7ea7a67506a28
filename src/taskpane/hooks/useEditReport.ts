import { useCallback } from "react";
import type { ApplyResult } from "../../word";
import type { Status } from "../components/StatusBar";
import { plural } from "../format";

/** Turns the result of an editing command into the one status line the user reads. */
export function useEditReport(report: (status: Status | null) => void) {
  return useCallback(
    (label: string, result: ApplyResult | null) => {
      if (!result) return; // Word failed: the error is already shown
      if (result.problem) {
        report({ intent: "warning", title: `${label}: nothing was changed`, text: result.problem });
        return;
      }
      const changed = [
        ...new Set(
          result.refused.filter((r) => r.reason !== "not-applied").map((r) => r.operation.paragraph + 1),
        ),
      ];
      if (changed.length > 0) {
        report({
          intent: "warning",
          title: `${label}: nothing was changed`,
          text: `Paragraph ${changed.join(", ")} changed since the add-in read the document, so it left the document as it is. Try again.`,
        });
      } else if (result.applied.length === 0) {
        report({ intent: "info", text: `${label}: nothing to change.` });
      } else {
        report({ intent: "success", text: `${label}: done (${plural(result.applied.length, "change")}).` });
      }
    },
    [report],
  );
}
