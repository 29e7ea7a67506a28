/**
 * What a finding says about the registry it was checked against, in the style people know from idnits ("TD171R1
 * is cited; TD171R2 exists (registry of 2026-01-30)"): only for registries built from ITU's lists (version 2 or 3),
 * which know their as-of date, their inputs and the meeting they serve.
 */
import type { Registry, RegistryDocument } from "./types";

/** "2026-01-30": the registry's as-of date, for a registry built from lists (version 2 or 3). */
export function registryDate(registry: Registry): string | null {
  return registry.version >= 2 ? registry.updated.slice(0, 10) : null;
}

/**
 * The sentence that says a registry may be out of date: it is older than the end of the meeting it serves, so
 * documents posted after its date are not in it. Null when it is not (or cannot be told).
 */
export function stalenessNote(registry: Registry): string | null {
  const date = registryDate(registry);
  const end = registry.meeting?.end;
  if (!date || !end || date >= end) return null;
  return `The registry may be out of date: documents posted after ${date} are not in it.`;
}

/** The inputs that say a document has a status: those of the winning value when lists disagree. */
export function accordingTo(document: RegistryDocument): string | null {
  const disagreement = document.conflicts?.find((conflict) => conflict.field === "status");
  const inputs = disagreement
    ? (disagreement.values.find((value) => value.value === document.status)?.inputs ?? [])
    : (document.provenance ?? []);
  return inputs.length > 0 ? inputs.join(", ") : null;
}

/** "ITU-T SG17", "Study Group 17", "SG 17", "sg17" → "SG17"; "ITU-T TSAG" → "TSAG": how groups are compared. */
export function groupKey(name: string): string {
  return name
    .toUpperCase()
    .replace(/^ITU-T\s+/, "")
    .replace(/^STUDY\s+GROUP\s+/, "SG")
    .replace(/\s+/g, "");
}

/**
 * Whether a registry speaks for a document reference: a reference naming no group is the report's own group's;
 * one naming another group ("SG17-TD580" in a TSAG report) is that group's, which this registry does not list.
 */
export function registrySpeaksFor(registry: Registry, reference: { group: string | null }): boolean {
  return reference.group === null || groupKey(reference.group) === groupKey(registry.body);
}
