/**
 * A report's own documentation list (Annex A: "# / Category / TD/C # / Source / Title") or an agenda's document-
 * allocation table (number and revision, no title), read from the document's tables — the open document in the
 * pane, a .docx in the CLI. It lists the documents one meeting handled: a partial list.
 */
import type { DocumentSnapshot } from "../../document/snapshot";
import { documentsOfAllocation } from "./allocation";
import { studyPeriodOfYear } from "./ids";
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

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** The template's meeting line: "Geneva, 26-30 January 2026", "Virtual, 3 March 2025". */
const MEETING_DATE = new RegExp(
  `\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTHS})\\s+(20\\d{2})\\b`,
  "i",
);

/**
 * Whose report and which study period, from the ITU template's header: "TSAG-TD104R1" or "SG12-TD55" (the
 * number field), "STUDY PERIOD 2025-2028" — or, when the header does not say, the study period its meeting date
 * ("Geneva, 26-30 January 2026") falls in. Either may stay unknown (a plain agenda, a text file).
 */
export function reportIdentity(snapshot: DocumentSnapshot): { group?: string; studyPeriod?: string } {
  const head = snapshot.paragraphs.slice(0, 60).map((paragraph) => paragraph.text);
  const group = head
    .map((text) => /\b(TSAG|SG\s?\d{1,2})\s?-\s?TD\s?\d/i.exec(text)?.[1])
    .find(Boolean)
    ?.replace(/\s/g, "")
    .toUpperCase();
  const stated = head
    .map((text) => /\bSTUDY PERIOD\s+(20\d{2})\s*[-–]\s*(20\d{2})\b/i.exec(text))
    .find(Boolean);
  const year = head.map((text) => MEETING_DATE.exec(text)?.[1]).find(Boolean);
  const studyPeriod = stated
    ? `${stated[1]}-${stated[2]}`
    : year
      ? studyPeriodOfYear(Number(year))
      : undefined;
  return { ...(group ? { group } : {}), ...(studyPeriod ? { studyPeriod } : {}) };
}

export function importAnnexA(input: string, snapshot: DocumentSnapshot): ImportResult {
  const documents: ImportResult["documents"] = [];
  const skipped: string[] = [];
  let found = false;
  let allocation = false;
  tablesOf(snapshot).forEach((rows, table) => {
    const rowName = `table ${table + 1} row`;
    const read = documentsOfTable({ input, rowName, rows });
    if (read.found) {
      found = true;
      documents.push(...read.documents);
      skipped.push(...read.skipped);
      return;
    }
    // An agenda's allocation: "Contributions" / "TDs" columns per Rapporteur Group.
    const allocated = documentsOfAllocation(input, rowName, rows);
    if (!allocated.found) return;
    found = allocation = true;
    documents.push(...allocated.documents);
  });
  if (!found)
    throw new ImportError(
      `No documentation or allocation table in ${input}: none of its tables has a "TD/C #" (or "TD", "Number") column, or "Contributions" and "TDs" columns.`,
    );
  return {
    input,
    kind: allocation && !documents.some((d) => d.title) ? "allocation" : "annex-a",
    scope: "partial",
    ...reportIdentity(snapshot),
    meetings: [],
    documents,
    questions: [],
    skipped,
  };
}
