/**
 * A report's own documentation list (Annex A: "# / Category / TD/C # / Source / Title") or an agenda's document-
 * allocation table (number and revision, no title), read from the document's tables — the open document in the
 * pane, a .docx in the CLI. It lists the documents one meeting handled: a partial list.
 */
import type { DocumentSnapshot } from "../../document/snapshot";
import { documentsOfTable } from "./table";
import { ImportError, type ImportResult } from "./types";

/** Each table of the document as rows of cell texts (a cell's paragraphs joined by a space). */
export function tablesOf(snapshot: DocumentSnapshot): string[][][] {
  const tables: string[][][] = [];
  for (const paragraph of snapshot.paragraphs) {
    const position = paragraph.table;
    if (!position || position.nesting !== 1) continue;
    const rows = (tables[position.table] ??= []);
    const cells = (rows[position.row] ??= []);
    const text = paragraph.text.trim();
    cells[position.cell] = cells[position.cell] ? `${cells[position.cell]} ${text}`.trim() : text;
  }
  return tables
    .filter((rows) => rows !== undefined)
    .map((rows) =>
      rows.filter((cells) => cells !== undefined).map((cells) => Array.from(cells, (cell) => cell ?? "")),
    );
}

export function importAnnexA(input: string, snapshot: DocumentSnapshot): ImportResult {
  const documents: ImportResult["documents"] = [];
  const skipped: string[] = [];
  let found = false;
  tablesOf(snapshot).forEach((rows, table) => {
    const read = documentsOfTable({ input, rowName: `table ${table + 1} row`, rows });
    if (!read.found) return;
    found = true;
    documents.push(...read.documents);
    skipped.push(...read.skipped);
  });
  if (!found)
    throw new ImportError(
      `${input} has no documentation table: none of its tables has a "TD/C #" (or "TD", "Number") column.`,
    );
  return { input, kind: "annex-a", scope: "partial", meetings: [], documents, questions: [], skipped };
}
