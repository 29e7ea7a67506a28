/**
 * Reads a plain-text export of a Word document (the format of Word's "Save as Plain Text" with the markers our
 * seed exports carry): one paragraph per line, tabs kept, "[bookmark: NAME]" markers are bookmarks that start
 * in the paragraph, "[image: …]" markers are dropped.
 */
import { createSnapshot, type DocumentSnapshot, type ParagraphInput } from "../core";

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
  const lines = content.replace(/^\ufeff/, "").split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop(); // the final newline ends the last line
  return createSnapshot(lines.map(readLine), { readOnly: true, textExport: true });
}
