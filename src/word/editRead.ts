/**
 * What an editing command decides on: the paragraphs as they are now, read through the same pager as the full
 * read (pager.ts), kept for writing, and (when asked) the paragraph holding the cursor.
 *
 * To stay within its first sync, this read leaves out what no editing command needs: bookmarks and hyperlinks
 * are not read, nor the words of partly highlighted paragraphs. The snapshot says so (facts.notRead), so that a
 * command never takes their absence for a document without them.
 */
import { createSnapshot, type DocumentSnapshot, type NotRead } from "../core/document";
import { readParagraphPages } from "./pager";
import { probeIndex, queueProbe } from "./probe";
import { release } from "./release";
import type { ParagraphApi, RequestContextApi, WordHost } from "./wordApi";

export interface EditRead {
  snapshot: DocumentSnapshot;
  /** Word's paragraph objects, in body order, to write through. */
  items: ParagraphApi[];
  /** Each paragraph's text as just read (with tracked changes accepted for the paragraphs in `revised`). */
  texts: string[];
  revised: ReadonlySet<number>;
  /** Index of the paragraph where the cursor is; null when it cannot be told (or was not asked for). */
  cursor: number | null;
}

export const EDIT_READ_LEAVES_OUT: NotRead[] = [
  { part: "bookmarks", sentence: "Bookmarks are not read before an edit." },
  { part: "hyperlinks", sentence: "Hyperlinks are not read before an edit." },
  { part: "highlights", sentence: "Partly highlighted paragraphs are not read word by word before an edit." },
];

export async function readForEditing(
  context: RequestContextApi,
  host: WordHost,
  options: { cursor?: boolean; pageBudget?: number },
): Promise<EditRead> {
  const read = await readParagraphPages(context, {
    pageBudget: options.pageBudget,
    revisions: host.revisions ?? "detect",
    first: () => (options.cursor ? queueProbe(context.document.getSelection()) : null),
    keepItems: true,
  });
  await read.finish();
  const probe = read.first;
  const cursor = probe ? probeIndex(read.wordTexts, probe) : null;
  if (probe) release([probe.paragraph, probe.previous, probe.next]);
  return {
    snapshot: createSnapshot(read.inputs, { notRead: EDIT_READ_LEAVES_OUT, source: "word" }),
    items: read.items,
    texts: read.inputs.map((input) => input.text),
    revised: read.revised,
    cursor,
  };
}
