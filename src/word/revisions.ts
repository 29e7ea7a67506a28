/**
 * Tracked changes. Text deleted under tracking stays in `paragraph.text` — always on Word on the web (office-js
 * #1267, #5286), on Windows depending on how revisions are shown (#2314) — and Word's search cannot match across it
 * (#5874). What we chose, from Microsoft's reference:
 * - the rules run on the text a reader sees once the revisions are accepted, `Paragraph.getReviewedText("Current")`
 *   (WordApi 1.4; documented as "Gets reviewed text based on ChangeTrackingVersion selection");
 * - a paragraph whose reviewed text differs from its `text` is never edited: offsets in the one are not offsets
 *   in the other, and search may not find the place. Such an edit is refused ("has tracked changes"), and the pane
 *   asks the user to accept or reject them first. The add-in never accepts, rejects or toggles tracking itself.
 * Asking costs a second sync per page, so it is asked only when the document has revisions: WordApi 1.6's
 * `body.getTrackedChanges()` (its first item only) says so in the first sync. Hosts with WordApi 1.4 or 1.5 ask
 * every time; older ones cannot, and read `text` as it is.
 */
import type { ParagraphInput } from "../core/document";
import type { ClientResultApi, ParagraphApi, RequestContextApi } from "./wordApi";

/** "detect": WordApi 1.6; "always": 1.4–1.5 (no way to tell, so always ask); "none": below 1.4. */
export type RevisionSupport = "detect" | "always" | "none";

/** What the host supports, from its API sets. */
export function revisionSupport(supports: (version: string) => boolean): RevisionSupport {
  if (supports("1.6")) return "detect";
  return supports("1.4") ? "always" : "none";
}

/** Queued in a batch's first sync; after it, `present()` says whether reviewed texts must be asked. */
export interface RevisionProbe {
  present(): boolean;
}

export function queueRevisionProbe(context: RequestContextApi, support: RevisionSupport): RevisionProbe {
  if (support !== "detect") return { present: () => support === "always" };
  const changes = context.document.body.getTrackedChanges();
  changes.load({ select: "type", top: 1 });
  return { present: () => changes.items.length > 0 };
}

/** Queues, for each paragraph of a page, its text with every revision accepted. */
export function queueReviewedTexts(items: readonly ParagraphApi[]): ClientResultApi<string>[] {
  return items.map((paragraph) => paragraph.getReviewedText("Current"));
}

/**
 * After the sync: each paragraph whose reviewed text differs takes it (a paragraph-wide highlight follows its
 * length). Returns the indices, within the page, of the paragraphs that carry revisions.
 */
export function applyReviewedTexts(
  inputs: ParagraphInput[],
  reviewed: readonly ClientResultApi<string>[],
): Set<number> {
  const revised = new Set<number>();
  reviewed.forEach((result, index) => {
    const input = inputs[index]!;
    if (result.value === input.text) return;
    revised.add(index);
    const wholeParagraph =
      input.highlights?.length === 1 && input.highlights[0]!.length === input.text.length;
    input.text = result.value;
    if (wholeParagraph)
      input.highlights =
        input.text.length > 0 ? [{ ...input.highlights![0]!, length: input.text.length }] : [];
  });
  return revised;
}
