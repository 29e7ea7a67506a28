/**
 * Word cannot say which paragraph of the body a range is in (its index). We read the range's first paragraph's
 * text with its neighbours' (queued by `queueProbe`, read after the sync by `probeIndex`) and find the one place
 * among the loaded paragraphs where those three texts follow each other. Used for the cursor and for bookmarks.
 */
import type { ParagraphApi, RangeApi } from "./wordApi";

export interface ParagraphProbe {
  paragraph: ParagraphApi;
  previous: ParagraphApi;
  next: ParagraphApi;
}

export function queueProbe(range: RangeApi): ParagraphProbe {
  const paragraph = range.paragraphs.getFirst();
  const probe = {
    paragraph,
    previous: paragraph.getPreviousOrNullObject(),
    next: paragraph.getNextOrNullObject(),
  };
  for (const part of Object.values(probe)) part.load("text");
  return probe;
}

/** The index of the probed paragraph among `texts` (the body's paragraphs in order), or null when not unique. */
export function probeIndex(texts: readonly string[], probe: ParagraphProbe): number | null {
  const before = probe.previous.isNullObject ? null : probe.previous.text;
  const after = probe.next.isNullObject ? null : probe.next.text;
  const text = probe.paragraph.text;
  let found: number | null = null;
  for (let i = 0; i < texts.length; i++) {
    if (texts[i] !== text || (texts[i - 1] ?? null) !== before || (texts[i + 1] ?? null) !== after) continue;
    if (found !== null) return null;
    found = i;
  }
  return found;
}
