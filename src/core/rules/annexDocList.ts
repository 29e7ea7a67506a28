import { groupBy } from "../document/collections";
import type { ParagraphSnapshot } from "../document/snapshot";
import type { Reference } from "../references/types";
import { findingAt, type Finding, type Rule } from "./types";

const ANNEX = /^\s*Annex\s+[A-Z0-9]{1,3}\b/;
const NUMBER_COLUMN = /^\s*(?:TD\s*\/\s*C|TD|Doc(?:ument)?s?)\s*(?:#|No\.?|number)?\s*$/i;

interface ListEntry {
  reference: Reference;
  /** "(TD111)" or "not introduced": the document was listed but not presented; it need not be cited. */
  optional: boolean;
}

/** The documentation tables of the annexes: tables whose first row has a "TD/C #" column and a Title or Source. */
function annexLists(
  paragraphs: readonly ParagraphSnapshot[],
  annexStart: number,
  referencesAt: ReadonlyMap<number, readonly Reference[]>,
): ListEntry[] {
  const entries: ListEntry[] = [];
  const inTables = paragraphs.slice(annexStart).filter((p) => p.table !== null);
  const tables = groupBy(inTables, (p) => p.table!.table);
  for (const cells of tables.values()) {
    const header = cells.filter((p) => p.table!.row === cells[0]!.table!.row);
    const column = header.find((p) => NUMBER_COLUMN.test(p.text))?.table!.cell;
    if (column === undefined || !header.some((p) => /^\s*(?:Title|Source)\s*$/i.test(p.text))) continue;
    const headerRow = header[0]!.table!.row;
    const rows = groupBy(
      cells.filter((p) => p.table!.row !== headerRow),
      (p) => p.table!.row,
    );
    for (const row of rows.values()) {
      const rowText = row.map((p) => p.text).join(" ");
      for (const p of row.filter((c) => c.table!.cell === column)) {
        for (const reference of referencesAt.get(p.index) ?? []) {
          if (reference.kind !== "TD" && reference.kind !== "C") continue;
          const optional = /\(\s*$/.test(p.text.slice(0, reference.start)) || /not introduced/i.test(rowText);
          entries.push({ reference, optional });
        }
      }
    }
  }
  return entries;
}

export const annexDocList: Rule = {
  meta: {
    id: "annex-doc-list",
    title: "Annex list of documents differs from the body",
    severity: "warning",
    description:
      "The annex's documentation list names a document the body never cites, or misses one the body cites.",
    docs: "docs/rules/annex-doc-list.md",
  },
  check(snapshot, { references }) {
    const paragraphs = snapshot.paragraphs;
    const annexStart = paragraphs.findIndex((p) => ANNEX.test(p.text) && p.table === null);
    if (annexStart < 0) return [];
    // The analysis parsed every reference once; the annex's tables take theirs from it.
    const referencesAt = groupBy(
      references.filter((r) => r.paragraph >= annexStart),
      (r) => r.paragraph,
    );
    const listed = annexLists(paragraphs, annexStart, referencesAt);
    if (listed.length === 0) return [];
    const ownNumber = snapshot.facts.header.tdNumber;
    const headerEnd = ownNumber ? ownNumber.paragraph : -1;
    const body = references.filter(
      (r) => r.paragraph < annexStart && r.paragraph > headerEnd && (r.kind === "TD" || r.kind === "C"),
    );
    const cited = new Set(body.map((r) => r.id));
    const listedIds = new Set(listed.map((entry) => entry.reference.id));
    const findings: Finding[] = [];
    for (const entry of listed) {
      if (entry.optional || cited.has(entry.reference.id)) continue;
      findings.push(
        findingAt(
          snapshot,
          this.meta,
          entry.reference,
          `${entry.reference.id} is in the annex's list of documents but the body never cites it.`,
        ),
      );
    }
    const reported = new Set<string>();
    for (const reference of body) {
      if (listedIds.has(reference.id) || reported.has(reference.id)) continue;
      reported.add(reference.id);
      findings.push(
        findingAt(
          snapshot,
          this.meta,
          reference,
          `${reference.id} is cited in the body but missing from the annex's list of documents.`,
        ),
      );
    }
    return findings;
  },
};
