import { useCallback } from "react";
import type { DocumentSnapshot } from "../../core";
import { selectRange, type HostEnvironment } from "../../word";
import type { Status } from "../components/StatusBar";

export interface Place {
  paragraph: number;
  start: number;
  length: number;
}

/** Selects a place of the last snapshot in the document, or says the paragraph changed since. */
export function useGoTo(
  environment: HostEnvironment,
  snapshot: DocumentSnapshot | null,
  report: (status: Status | null) => void,
) {
  return useCallback(
    async (place: Place) => {
      const paragraph = snapshot?.paragraphs[place.paragraph];
      if (!paragraph) return;
      try {
        const outcome = await selectRange(environment.word, { ...place, expectedText: paragraph.text });
        if (outcome === "paragraph-changed") {
          report({
            intent: "warning",
            text: "That paragraph has changed since the document was read. Check it again.",
          });
        }
      } catch (error) {
        report({ intent: "error", text: error instanceof Error ? error.message : String(error) });
      }
    },
    [environment, snapshot, report],
  );
}
