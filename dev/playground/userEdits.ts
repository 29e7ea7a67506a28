/**
 * What a person does to the simulated document in the playground, as the user's own edits (outside any batch):
 * change a paragraph's text, add a paragraph after the cursor, delete the cursor's paragraph, open a .docx.
 */
import { changedSpan, type DocumentSnapshot } from "../../src/core";
import JSZip from "jszip";
import { readDocumentWithNotes } from "../../src/readers";
import { readCustomXmlParts } from "../../src/readers/ignoredFindings";
import { customXmlPartsOf, type SimParagraphSpec, type WordSimulator } from "../simulator";
import { rootNamespace } from "../simulator/customXml";

/** Replaces only the part that differs, so that highlights and links around it stay where they were. */
export function setParagraphText(sim: WordSimulator, paragraphId: number, text: string): void {
  sim.userEdit((doc) => {
    const paragraph = doc.paragraphs.find((p) => p.id === paragraphId);
    if (!paragraph || paragraph.text === text) return;
    const { start, length, text: inserted } = changedSpan(paragraph.text, text);
    doc.edit(paragraph, start, start + length, inserted);
    // The cursor ends after what was typed, as in Word.
    doc.selection = { paragraphId, start: start + inserted.length, end: start + inserted.length };
  });
}

/** A new, empty paragraph after the cursor's (Word's Enter at the end of a paragraph); returns its id. */
export function addParagraphAfterCursor(sim: WordSimulator): number | null {
  let added: number | null = null;
  sim.userEdit((doc) => {
    const current = doc.paragraphs.find((p) => p.id === doc.selection?.paragraphId) ?? doc.paragraphs.at(-1);
    if (!current) return;
    const paragraph = doc.insertParagraph(current, "", "After");
    doc.selection = { paragraphId: paragraph.id, start: 0, end: 0 };
    added = paragraph.id;
  });
  return added;
}

/** Deletes the cursor's paragraph, mark and all; the cursor goes to the next one. */
export function deleteCursorParagraph(sim: WordSimulator): boolean {
  let deleted = false;
  sim.userEdit((doc) => {
    const index = doc.paragraphs.findIndex((p) => p.id === doc.selection?.paragraphId);
    if (index < 0 || doc.paragraphs.length === 1) return;
    doc.deleteParagraph(doc.paragraphs[index]!);
    const next = doc.paragraphs[Math.min(index, doc.paragraphs.length - 1)]!;
    doc.selection = { paragraphId: next.id, start: 0, end: 0 };
    deleted = true;
  });
  return deleted;
}

/** The snapshot of a .docx, as the simulated document Word would hold. */
export function specsOf(snapshot: DocumentSnapshot): SimParagraphSpec[] {
  return snapshot.paragraphs.map((p) => ({
    text: p.text,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn ?? "Other",
    ...(p.outlineLevel !== null ? { outlineLevel: p.outlineLevel } : {}),
    ...(p.list ? { list: { level: p.list.level, listString: p.list.listString ?? "" } } : {}),
    ...(p.table ? { table: { row: p.table.row, cell: p.table.cell, nesting: p.table.nesting } } : {}),
    highlights: p.highlights.map(({ start, length, color }) => ({ start, length, color })),
    hyperlinks: p.hyperlinks.map(({ start, length, address }) => ({ start, length, address })),
    bookmarks: p.bookmarks,
  }));
}

/**
 * Reads a .docx, or a plain-text export (.txt), into the simulated document through the project's reader dispatch;
 * resolves to the paragraph count, or rejects with one sentence.
 */
export async function openDocx(sim: WordSimulator, file: File): Promise<number> {
  const content = new Uint8Array(await file.arrayBuffer());
  const { kind, snapshot } = await readDocumentWithNotes(file.name, content);
  if (snapshot.paragraphs.length === 0) throw new Error(`${file.name} has no paragraphs.`);
  // The file's custom XML parts come with it, as Word opens them (the decisions to ignore findings among them).
  const parts = kind === "docx" ? await readCustomXmlParts(await JSZip.loadAsync(content)) : [];
  sim.userEdit((doc) => {
    doc.load(specsOf(snapshot));
    customXmlPartsOf(doc).splice(
      0,
      Infinity,
      ...parts.map((xml, i) => ({
        id: `{00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}}`,
        namespaceUri: rootNamespace(xml),
        xml,
      })),
    );
  });
  return snapshot.paragraphs.length;
}
