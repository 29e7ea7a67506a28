/**
 * A meeting's document allocation, as the agenda TD gives it (real TSAG TD 120 Rev.1): tables whose header cells
 * are "Contributions" and "TDs", grouped in columns per Rapporteur Group, each cell holding one or more numbers
 * ("C 003", "C 005 Rev.1", "TD 001", "TD 025 Rev.1"). Every cell under such a header is read; a bare number takes
 * its column's kind. Which RG a column belongs to (a cell above it naming "RG-…") is kept in the provenance.
 */
import { documentId } from "./ids";
import type { ImportedDocument } from "./types";

type Kind = "TD" | "C";

/** A header cell: "Contributions" / "Contribution" / "C" → C, "TDs" / "TD" / "Temporary documents" → TD. */
function kindOfHeader(text: string): Kind | null {
  const cell = text.trim().toLowerCase();
  if (/^(?:contributions?|contrib\.?|cs?)$/.test(cell)) return "C";
  if (/^(?:tds?|temporary documents?)$/.test(cell)) return "TD";
  return null;
}

/** Every "C 005 Rev.1", "TD025R1", "TD 25-R1", "(TD 111)" in a cell, linear, no backtracking across numbers. */
const NUMBER = /(\()?\s*\b(TD|C)?\s*0*(\d{1,6})\b(?:\s*(?:Rev\.?|-?R)\s*(\d{1,2})\b)?\s*(\))?/gi;

export function documentsOfAllocation(
  input: string,
  rowName: string,
  rows: readonly (readonly string[])[],
): { documents: ImportedDocument[]; found: boolean } {
  // Both kinds in one row: a lone "TD" cell is the template's header table (its document type), not an allocation.
  const headerIndex = rows.findIndex(
    (row) =>
      row.some((cell) => kindOfHeader(cell) === "C") && row.some((cell) => kindOfHeader(cell) === "TD"),
  );
  if (headerIndex < 0 || headerIndex > 5) return { documents: [], found: false };
  const header = rows[headerIndex]!;
  const kinds = header.map(kindOfHeader);
  // The RG of a column: the nearest row above the header naming one in that column, or in a column before it
  // (a merged cell spans the RG's Contributions and TDs columns).
  const groups = header.map((_, column) => {
    for (let row = headerIndex - 1; row >= 0; row--)
      for (let at = column; at >= 0; at--) {
        const name = /\bRG-[A-Z0-9]+\b/.exec(rows[row]![at] ?? "")?.[0];
        if (name) return name;
      }
    return undefined;
  });
  const documents: ImportedDocument[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    rows[index]!.forEach((cell, column) => {
      const columnKind = kinds[column];
      if (!columnKind) return;
      // A bare number ("003") is a document only in a cell of numbers: not a year or a Question in a note.
      const numbersOnly = !/[a-qs-z]/i.test(cell.replace(/\b(?:TD|C|Rev\.?)/gi, ""));
      for (const match of cell.matchAll(NUMBER)) {
        if (!match[2] && !numbersOnly) continue;
        const kind = (match[2]?.toUpperCase() as Kind | undefined) ?? columnKind;
        const id = documentId(kind, match[3]!);
        if (!id) continue;
        const where = `${rowName} ${index + 1}${groups[column] ? ` (${groups[column]})` : ""}`;
        const document: ImportedDocument = { id, provenance: { input, where } };
        if (match[4]) document.revision = Number(match[4]);
        if (match[1] && match[5]) document.notIntroduced = true;
        documents.push(document);
      }
    });
  }
  return { documents, found: true };
}
