/**
 * A table of documents, however it came (a CSV file, a spreadsheet's sheet, a report's Annex A, an agenda's
 * document-allocation table): the header row is found by its names, matched with aliases, case- and spacing-
 * insensitive, because the columns drift between meetings; each later row gives a document.
 */
import type { DocumentStatus } from "../types";
import { isoDate, parseDocumentLabel, questionId } from "./ids";
import type { ImportedDocument, Provenance } from "./types";

type Column =
  | "number"
  | "title"
  | "source"
  | "type"
  | "status"
  | "revision"
  | "revisionOf"
  | "revisedTo"
  | "meeting"
  | "url"
  | "questions"
  | "date";

/** Header names each column is known by (normalised: lower case, single spaces, no trailing ":" or "."). */
const ALIASES: Record<Column, readonly string[]> = {
  number: [
    "tdoc",
    "td",
    "td #",
    "td no",
    "td number",
    "td/c",
    "td/c #",
    "td/c no",
    "doc",
    "doc #",
    "doc no",
    "document",
    "document number",
    "doc number",
    "number",
    "no",
    "contribution",
    "c #",
    "td/c/ls",
  ],
  title: ["title", "subject", "document title", "ltitle_e"],
  source: ["source", "main source", "from", "author", "submitted by", "sources"],
  type: ["type", "category", "doc type", "document type", "kind"],
  status: ["status", "state"],
  revision: ["rev", "revision", "rev #", "rev no"],
  revisionOf: ["is revision of", "revision of", "revises", "revised from"],
  revisedTo: ["revised to", "revised by", "superseded by", "replaced by"],
  meeting: ["meeting", "meeting name"],
  url: ["url", "link", "address", "hyperlink"],
  questions: ["questions", "question", "qs", "study questions"],
  date: ["date", "reception date", "received", "submission date"],
};

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[:.]+$/, "")
    .trim();

const COLUMN_OF = new Map<string, Column>(
  (Object.entries(ALIASES) as [Column, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
);

/** The header: the first of the first ten rows that names a number column and another known one. */
export function findHeader(
  rows: readonly (readonly string[])[],
): { index: number; columns: Map<Column, number> } | null {
  for (let index = 0; index < Math.min(rows.length, 10); index++) {
    const columns = new Map<Column, number>();
    rows[index]!.forEach((cell, position) => {
      const column = COLUMN_OF.get(normalise(cell));
      if (column && !columns.has(column)) columns.set(column, position);
    });
    // A number column and at least one other: a lone "TD" cell (the template's header table) is no list.
    if (columns.has("number") && columns.size > 1) return { index, columns };
  }
  return null;
}

function statusOf(value: string): DocumentStatus | undefined {
  if (/withdrawn|cancel/i.test(value)) return "withdrawn";
  if (/reserved|allocated|not (?:yet )?(?:available|uploaded)|pending/i.test(value)) return "reserved";
  if (/posted|available|agreed|approved|noted|revised|treated/i.test(value)) return "posted";
  return undefined;
}

/** A type cell's document kind for a bare number: "C", "Contribution" → C; anything else → TD. */
function kindOf(type: string | undefined): "TD" | "C" {
  return type && /^\s*(?:c|contrib)/i.test(type) ? "C" : "TD";
}

export interface TableRows {
  input: string;
  /** How a row is named in provenance: "row" (a CSV), "Annex A row". */
  rowName: string;
  rows: readonly (readonly string[])[];
}

/** The documents of a table; rows that name no document are listed in `skipped` with why. */
export function documentsOfTable({ input, rowName, rows }: TableRows): {
  documents: ImportedDocument[];
  skipped: string[];
  found: boolean;
} {
  const header = findHeader(rows);
  if (!header) return { documents: [], skipped: [], found: false };
  const documents: ImportedDocument[] = [];
  const skipped: string[] = [];
  const cell = (row: readonly string[], column: Column) => {
    const position = header.columns.get(column);
    const value = position === undefined ? undefined : row[position]?.trim();
    return value ? value : undefined;
  };
  for (let index = header.index + 1; index < rows.length; index++) {
    const row = rows[index]!;
    if (row.every((value) => value.trim() === "")) continue;
    const where = `${rowName} ${index + 1}`;
    const provenance: Provenance = { input, where };
    const numberCell = cell(row, "number") ?? "";
    // "(TD111)": an annex's way of listing a document allocated to the meeting but not introduced at it.
    const bracketed = /^\(\s*([^()]{1,30}?)\s*\)$/.exec(numberCell);
    const label = parseDocumentLabel(bracketed ? bracketed[1]! : numberCell, kindOf(cell(row, "type")));
    if (!label) {
      skipped.push(`${where}: "${numberCell.slice(0, 30)}" is not a TD, contribution or liaison number.`);
      continue;
    }
    const revisionCell = cell(row, "revision");
    const revision =
      label.revision ?? (revisionCell && /^\d{1,2}$/.test(revisionCell) ? Number(revisionCell) : undefined);
    const status = cell(row, "status");
    const questions = (cell(row, "questions") ?? "")
      .split(/[,;\s]+/)
      .map(questionId)
      .filter((value): value is string => value !== null);
    const revisedTo = cell(row, "revisedTo");
    const document: ImportedDocument = {
      id: label.id,
      title: cell(row, "title"),
      source: cell(row, "source"),
      status: status ? statusOf(status) : undefined,
      url: cell(row, "url"),
      meeting: cell(row, "meeting"),
      questions: questions.length > 0 ? questions : undefined,
      revisedTo: revisedTo
        ? (parseDocumentLabel(revisedTo, kindOf(cell(row, "type")))?.id ?? undefined)
        : undefined,
      provenance,
    };
    if (revision !== undefined && revision > 0) document.revision = revision;
    if (bracketed) document.notIntroduced = true;
    documents.push(document);
    // "Is revision of" names an older number (a list that gives revisions new numbers): it is superseded by this one.
    const revisionOf = cell(row, "revisionOf");
    const older = revisionOf ? parseDocumentLabel(revisionOf, kindOf(cell(row, "type"))) : null;
    if (older && older.id !== label.id) documents.push({ id: older.id, revisedTo: label.id, provenance });
  }
  return { documents, skipped, found: true };
}

/** The latest date a table's date column holds, as its as-of date. */
export function latestDate(rows: readonly (readonly string[])[]): string | undefined {
  const header = findHeader(rows);
  const position = header?.columns.get("date");
  if (!header || position === undefined) return undefined;
  let latest: string | undefined;
  for (const row of rows.slice(header.index + 1)) {
    const date = isoDate(row[position]);
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}
