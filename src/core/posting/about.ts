/** What an export says about the document checked and the registry it was checked against. */
import type { DocumentSnapshot } from "../document/snapshot";

export interface DocumentAbout {
  tdNumber: string | null;
  title: string | null;
  source: string | null;
}

export interface RegistryAbout {
  /** "TSAG 2025-2028". */
  name: string;
  /** The registry's own as-of date (ISO 8601), when it gives one. */
  asOf: string | null;
  /** True for the bundled sample, whose documents are invented. */
  sample: boolean;
}

export function aboutDocument(snapshot: DocumentSnapshot): DocumentAbout {
  const { tdNumber, title, source } = snapshot.facts.header;
  const value = (field: { value: string } | null) =>
    field && field.value.trim() !== "" ? field.value.trim() : null;
  return { tdNumber: value(tdNumber), title: value(title), source: value(source) };
}

/** "30 Jan 2026" */
export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}

/** "22 Nov 2026, 14:05" in the local time zone of whoever runs the check. */
export function formatDateTime(date: Date): string {
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return `${formatDate(date)}, ${time}`;
}

/** "TSAG 2025-2028 registry as of 30 Jan 2026", the sample said to be invented, or no registry at all. */
export function describeRegistryUsed(registry: RegistryAbout | null): string {
  if (!registry) return "no registry: references were not checked against a document list";
  const asOf = registry.asOf ? ` as of ${formatDate(new Date(registry.asOf))}` : "";
  if (registry.sample) return `the bundled sample registry (invented documents, not real TSAG data)${asOf}`;
  return `the ${registry.name} registry${asOf}`;
}

/** A file name after the document: "TSAG-TD172 posting check.html". */
export function exportFileName(about: DocumentAbout, extension: string): string {
  const name = (about.tdNumber ?? "Report").replace(/[\\/:*?"<>|]+/g, "-").trim();
  return `${name} posting check.${extension}`;
}
