/**
 * Text wrapped at a fixed width — Word's "Save as Plain Text" with "Insert line breaks", a mail, a liaison statement
 * as a tracker shows it — cuts its paragraphs into lines, so a reference and what governs it ("Study Group 12,⏎
 * especially Question 17") land in two paragraphs. Such a text is recognised by the shape of its lines and its
 * lines are joined back into paragraphs. A file whose lines are paragraphs (a text export of a report: long lines)
 * is left as it is.
 */

/** Wrapped text has lines no longer than this; an export of a report has longer ones. */
const MAX_WIDTH = 100;
const MIN_WIDTH = 40;
/** Too few lines say nothing of a width. */
const MIN_LINES = 8;
/** A line this close to the width is full: the wrap cut it. */
const FULL_SLACK = 12;
/** The share of lines that stay within the width. */
const WITHIN_WIDTH = 0.9;
/** The share of full lines that makes a text wrapped (a list of short lines is not). */
const MIN_FULL_SHARE = 0.3;

/**
 * The width a text's lines were wrapped at, or null when its lines are its paragraphs. The width is the length
 * most lines stay within (the 90th percentile): a title or an address longer than the width is not wrapped.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines
    .filter((line) => line.trim() !== "")
    .map((line) => line.length)
    .sort((a, b) => a - b);
  if (lengths.length < MIN_LINES) return null;
  const width = lengths[Math.floor(WITHIN_WIDTH * (lengths.length - 1))]!;
  if (width > MAX_WIDTH || width < MIN_WIDTH) return null;
  const full = lengths.filter((length) => length >= width - FULL_SLACK && length <= width).length;
  return full >= lengths.length * MIN_FULL_SHARE ? width : null;
}

const firstWordLength = (line: string) => {
  const word = line.trimStart();
  const space = word.search(/\s/);
  return space < 0 ? word.length : space;
};

/**
 * Whether the wrap cut the paragraph after `line`: the next line's first word would not have fitted on it. A blank
 * line, a tab (a table's cells) or an empty next line ends a paragraph.
 */
export function continuesOnNextLine(line: string, next: string | undefined, width: number): boolean {
  if (next === undefined || line.trim() === "" || next.trim() === "") return false;
  if (line.includes("\t") || next.includes("\t") || line.length > width) return false;
  return line.trimEnd().length + 1 + firstWordLength(next) > width;
}
