/**
 * Reads a plain-text export of a Word document (the format of Word's "Save as Plain Text" with the markers our
 * seed exports carry): one paragraph per line, tabs kept, "[bookmark: NAME]" markers are bookmarks that start
 * in the paragraph, "[image: …]" markers are dropped.
 */
import { createSnapshot, type DocumentSnapshot, type ParagraphInput } from "../core";
import { continuesOnNextLine, wrapWidth } from "./wrappedLines";

const BOOKMARK = "[bookmark: ";
const IMAGE = "[image:";

function readLine(line: string): ParagraphInput {
  const bookmarks: string[] = [];
  let text = "";
  let i = 0;
  while (i < line.length) {
    if (line.startsWith(BOOKMARK, i) || line.startsWith(IMAGE, i)) {
      const close = line.indexOf("]", i);
      if (close > 0) {
        if (line.startsWith(BOOKMARK, i)) bookmarks.push(line.slice(i + BOOKMARK.length, close).trim());
        i = close + 1;
        continue;
      }
    }
    text += line[i];
    i++;
  }
  return { text, bookmarks };
}

export function readText(content: string): DocumentSnapshot {
  return readTextWithNotes(content).snapshot;
}

/** The snapshot, and a sentence when the text's lines were joined into paragraphs (a text wrapped at a width). */
export function readTextWithNotes(content: string): { snapshot: DocumentSnapshot; notes: string[] } {
  const lines = content.replace(/^\ufeff/, "").split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop(); // the final newline ends the last line
  const width = wrapWidth(lines);
  const paragraphs: ParagraphInput[] = [];
  let joining = false;
  for (const [i, line] of lines.entries()) {
    const read = readLine(line);
    const previous = paragraphs[paragraphs.length - 1];
    if (joining && previous) {
      previous.text = `${previous.text.trimEnd()} ${read.text.trimStart()}`;
      previous.bookmarks = [...(previous.bookmarks ?? []), ...(read.bookmarks ?? [])];
    } else paragraphs.push(read);
    joining = width !== null && continuesOnNextLine(line, lines[i + 1], width);
  }
  const notes =
    width !== null && paragraphs.length < lines.length
      ? [
          `The text is wrapped at ${width} characters: its ${lines.length} lines were read as ${paragraphs.length} paragraphs.`,
        ]
      : [];
  return { snapshot: createSnapshot(paragraphs, { readOnly: true, textExport: true }), notes };
}
