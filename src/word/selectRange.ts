/**
 * Selects a character range in the document (navigation from a finding), in one batch of two syncs:
 * read the paragraph texts, then select — only if the paragraph still has the text the finding was made on.
 */
import { runBatch } from "./errors";
import { locateRange } from "./locate";
import type { WordHost } from "./wordApi";

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
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();

    const paragraph = paragraphs.items[target.paragraph];
    if (!paragraph || paragraph.text !== target.expectedText) return "paragraph-changed";
    const range =
      target.length > 0 ? locateRange(paragraph, target.expectedText, target.start, target.length) : null;
    // When the exact range cannot be found safely, selecting the whole paragraph still takes the user there.
    if (range) range.select("Select");
    else paragraph.select("Select");
    await context.sync();
    return "selected";
  });
}
