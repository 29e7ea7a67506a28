/**
 * Tracked changes. Text deleted under tracking stays in `paragraph.text` — always on Word on the web (office-js
 * #1267, #5286), on Windows depending on how revisions are shown (#2314) — and Word's search cannot match across it
 * (#5874). What we chose, from Microsoft's reference:
 * - the rules run on the text a reader sees once the revisions are accepted, `Paragraph.getReviewedText("Current")`
 *   (WordApi 1.4; documented as "Gets reviewed text based on ChangeTrackingVersion selection");
 * - a paragraph whose reviewed text differs from its `text` is never edited: offsets in the one are not offsets
 *   in the other, and search may not find the place. Such an edit is refused ("has tracked changes"), and the pane
 *   asks the user to accept or reject them first. The add-in never accepts, rejects or toggles tracking itself.
 * Reviewed texts are asked only where needed (on the Mac, the tracked-change calls have frozen Word: office-js
 * #3691, #4302, #5216, #4653; there the pane prefers the saved file, documentFile.ts):
 * - WordApi 1.6: `body.getTrackedChanges()` in the first sync gives each change's text; only paragraphs whose text
 *   holds one of them are asked (10 revised paragraphs of 10,000: 10 questions). Beyond MAX_LISTED_CHANGES
 *   changes, every paragraph is asked, in pages, as on 1.4–1.5. A change whose text is not in any paragraph's
 *   `text` (Windows showing deletions in balloons, #2314) leaves that paragraph's text as it already reads.
 * - WordApi 1.4–1.5: no way to tell which paragraphs carry changes, so every paragraph is asked, in pages — unless
 *   the text comes from the saved file instead (the caller then passes "none").
 * - WordApi 1.3 (Office 2019 and 2021 volume-licensed): tracked changes cannot be read; deleted text is checked
 *   as if it were still there, and the pane says so.
 */
import type { ParagraphInput } from "../core/document";
import type { ClientResultApi, ParagraphApi, RequestContextApi } from "./wordApi";

/** "detect": WordApi 1.6; "always": 1.4–1.5 (no way to tell, so always ask); "none": below 1.4, or not asked. */
export type RevisionSupport = "detect" | "always" | "none";

/** What the host supports, from its API sets. */
export function revisionSupport(supports: (version: string) => boolean): RevisionSupport {
  if (supports("1.6")) return "detect";
  return supports("1.4") ? "always" : "none";
}

/** Beyond this many tracked changes, every paragraph is asked rather than matched against each change. */
export const MAX_LISTED_CHANGES = 200;

/** Queued in a batch's first sync; after it, says which paragraphs must be asked their reviewed text. */
export interface RevisionProbe {
  /** Whether any paragraph may be asked. */
  any(): boolean;
  /** Whether the paragraph whose Word text is `text` may carry a tracked change. */
  carries(text: string): boolean;
}

export function queueRevisionProbe(context: RequestContextApi, support: RevisionSupport): RevisionProbe {
  if (support !== "detect") {
    const always = support === "always";
    return { any: () => always, carries: () => always };
  }
  const changes = context.document.body.getTrackedChanges();
  changes.load({ select: "type,text", top: MAX_LISTED_CHANGES + 1 });
  let pieces: string[] | null = null;
  const texts = (): string[] | null => {
    if (pieces !== null || changes.items.length > MAX_LISTED_CHANGES) return pieces;
    // A formatting change leaves the text as it is; a change over several paragraphs is looked for piece by piece.
    pieces = (changes.items as { type?: string; text?: string }[])
      .filter((change) => change.type !== "Formatted")
      .flatMap((change) => (change.text ?? "").split(/[\r\n]+/))
      .filter((piece) => piece.length > 0);
    return pieces;
  };
  return {
    any: () => changes.items.length > 0,
    carries: (text) => {
      if (changes.items.length === 0) return false;
      const listed = texts();
      return listed === null || listed.some((piece) => text.includes(piece));
    },
  };
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
