/**
 * Selects a character range in the document (navigation from a finding), in one batch of two syncs (three
 * when the paragraph has tracked changes): read the target paragraph's text, then select — only if the paragraph
 * still has the text the finding was made on. A search that finds nothing (the user typed there meanwhile)
 * answers "paragraph-changed", as a changed text does.
 */
import { runBatch, toWordError } from "./errors";
import { locateRange } from "./locate";
import type { RangeApi, WordHost } from "./wordApi";

export interface RangeTarget {
  paragraph: number;
  start: number;
  length: number;
  /** The paragraph's text when the target was computed. */
  expectedText: string;
}

export type SelectOutcome = "selected" | "paragraph-changed";

export async function selectRange(host: WordHost, target: RangeTarget): Promise<SelectOutcome> {
  return runBatch(host, async (context) => {
    // Only the target paragraph: a page of one, whatever the document's size.
    const paragraphs = context.document.body.getRange("Whole").paragraphs;
    paragraphs.load({ select: "text", top: 1, skip: target.paragraph });
    await context.sync();

    const paragraph = paragraphs.items[0];
    if (!paragraph) return "paragraph-changed";
    let range: RangeApi | null = null;
    if (paragraph.text === target.expectedText) {
      range =
        target.length > 0 ? locateRange(paragraph, target.expectedText, target.start, target.length) : null;
    } else if ((host.revisions ?? "detect") !== "none") {
      // The finding may be on the paragraph's text with its tracked changes accepted (revisions.ts): then the
      // paragraph is the place, though offsets in it cannot be trusted.
      const reviewed = paragraph.getReviewedText("Current");
      await context.sync();
      if (reviewed.value !== target.expectedText) return "paragraph-changed";
    } else {
      return "paragraph-changed";
    }
    // When the exact range cannot be found safely, selecting the whole paragraph still takes the user there.
    if (range) range.select("Select");
    else paragraph.select("Select");
    try {
      await context.sync();
    } catch (error) {
      if (toWordError(error).code === "ItemNotFound") return "paragraph-changed";
      throw error;
    }
    return "selected";
  });
}
