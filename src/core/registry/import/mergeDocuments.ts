/**
 * One registry entry per document from every input that lists it. Revisions: those any input names, and how much
 * is known of them — the most any input knows ("exactly" an earlier registry, "up-to" a listing's "(Rev.N)", else
 * "none"). Status: a withdrawal wins over "posted" and "posted" over "reserved" (each is a later event than the
 * other); every other field comes from the newest input that gives it. A revision's own row gives a field only
 * when no row of the document does. Disagreements are kept in `conflicts`.
 */
import type { DocumentStatus, RegistryConflict, RegistryDocument, RevisionKnowledge } from "../types";
import type { ImportedDocument, ImportResult } from "./types";

type Field = RegistryConflict["field"];
const FIELDS: readonly Field[] = ["title", "source", "status", "url", "meeting"];
/** The later event first: a document is reserved, then posted, then perhaps withdrawn. */
const STATUS_ORDER: readonly DocumentStatus[] = ["withdrawn", "posted", "reserved"];

export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The format's limits (validate.ts): a list's overlong cell is shortened, not a reason to write no registry. */
const MAX_TEXT = 2_000;
const MAX_CONFLICT_VALUES = 20;
const MAX_PROVENANCE = 100;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

function revisionsOf(listed: readonly ImportedDocument[]): {
  revisions: number[];
  knowledge: RevisionKnowledge;
} {
  const seen = new Set<number>();
  let knowledge: RevisionKnowledge = "none";
  for (const entry of listed) {
    if (entry.revision) seen.add(entry.revision);
    const known = entry.revisionsKnown;
    if (known?.kind === "exactly") {
      known.revisions.forEach((revision) => seen.add(revision));
      knowledge = "exactly";
    } else if (known?.kind === "up-to") {
      for (let revision = 1; revision <= known.latest; revision++) seen.add(revision);
      if (knowledge === "none") knowledge = "up-to";
    }
  }
  const revisions = [...seen].sort((a, b) => a - b);
  // "Up to N" means every revision from 1 to N: one a list names beyond a listing's N raises N.
  if (knowledge === "up-to" && revisions.length > 0)
    return { revisions: Array.from({ length: revisions.at(-1)! }, (_, k) => k + 1), knowledge };
  return { revisions, knowledge };
}

/** The values each input gives a field, the winning one first. */
function valuesOf(
  listed: readonly ImportedDocument[],
  field: Field,
  rank: ReadonlyMap<string, number>,
): [string, string[]][] {
  const collect = (entries: readonly ImportedDocument[]) => {
    const values = new Map<string, string[]>();
    for (const entry of entries) {
      const value = entry[field];
      if (value === undefined || value === "") continue;
      values.set(value, [...(values.get(value) ?? []), entry.provenance.input].sort(byText));
    }
    return values;
  };
  // A revision's own row says what the document is only when no row of the document itself does (a CSV that
  // lists "TD171R2" alone); its address is the revision's, not the document's.
  const own = collect(listed.filter((entry) => !entry.revision));
  const values = own.size > 0 || field === "url" ? own : collect(listed.filter((entry) => entry.revision));
  const newest = (inputs: string[]) => Math.min(...inputs.map((input) => rank.get(input)!));
  return [...values].sort((a, b) => {
    if (field === "status") {
      const order =
        STATUS_ORDER.indexOf(a[0] as DocumentStatus) - STATUS_ORDER.indexOf(b[0] as DocumentStatus);
      if (order !== 0) return order;
    }
    return newest(a[1]) - newest(b[1]) || byText(a[0], b[0]);
  });
}

export function mergeDocuments(
  inputs: readonly ImportResult[],
  rank: ReadonlyMap<string, number>,
): RegistryDocument[] {
  const entries = new Map<string, ImportedDocument[]>();
  for (const input of inputs)
    for (const entry of input.documents) {
      const known = entries.get(entry.id);
      if (known) known.push(entry);
      else entries.set(entry.id, [entry]);
    }
  const documents: RegistryDocument[] = [];
  for (const [id, listed] of entries) {
    const { revisions, knowledge } = revisionsOf(listed);
    const conflicts: RegistryConflict[] = [];
    const chosen: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const ordered = valuesOf(listed, field, rank);
      if (ordered.length === 0) continue;
      chosen[field] = field === "url" ? ordered[0]![0] : clip(ordered[0]![0]);
      if (ordered.length > 1)
        conflicts.push({
          field,
          values: ordered.slice(0, MAX_CONFLICT_VALUES).map(([value, from]) => ({
            value: clip(value),
            inputs: [...new Set(from)].slice(0, MAX_PROVENANCE),
          })),
        });
    }
    const revisionUrls: Record<string, string> = {};
    for (const entry of listed)
      if (entry.revision && entry.url && /^https:\/\//.test(entry.url))
        revisionUrls[String(entry.revision)] ??= entry.url;
    const supersededBy = listed
      .map((entry) => entry.revisedTo)
      .filter(Boolean)
      .sort()[0];
    const document: RegistryDocument = {
      id,
      title: chosen.title ?? "",
      source: chosen.source ?? "",
      revisions,
      status: (chosen.status as DocumentStatus | undefined) ?? "posted",
      provenance: [...new Set(listed.map((entry) => entry.provenance.input))]
        .sort(byText)
        .slice(0, MAX_PROVENANCE),
    };
    if (knowledge !== "exactly") document.revisionsKnown = knowledge;
    if (chosen.url && /^https:\/\//.test(chosen.url) && chosen.url.length <= 2_048) document.url = chosen.url;
    if (Object.keys(revisionUrls).length > 0) document.revisionUrls = revisionUrls;
    if (chosen.meeting) document.meeting = chosen.meeting;
    if (supersededBy) document.supersededBy = supersededBy;
    if (conflicts.length > 0) document.conflicts = conflicts;
    documents.push(document);
  }
  return documents.sort((a, b) => byText(a.id, b.id));
}
