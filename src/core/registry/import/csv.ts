/**
 * A CSV (or tab-separated) list someone keeps: one row per document, the columns named in a header row (see
 * table.ts for the names it knows). Parsed with Papa Parse.
 */
import Papa from "papaparse";
import { documentsOfTable, latestDate } from "./table";
import { ImportError, type ImportResult } from "./types";

export function importCsv(input: string, text: string): ImportResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const rows = parsed.data
    .filter((row) => Array.isArray(row))
    .map((row) => row.map((cell) => String(cell ?? "")));
  if (rows.length === 0) throw new ImportError(`${input} is empty.`);
  const { documents, skipped, found } = documentsOfTable({ input, rowName: "row", rows });
  if (!found)
    throw new ImportError(
      `${input} has no column of document numbers: its header row should name one ("TD", "TDoc", "Number", "TD/C #"…).`,
    );
  return {
    input,
    kind: "csv",
    asOf: latestDate(rows),
    scope: "complete",
    meetings: [],
    documents,
    questions: [],
    skipped,
  };
}
