/**
 * What a report keeps of the registry built for it: not the registry (Word keeps document settings reliably only
 * well below a megabyte, and the data would travel in every copy of the report), but what identifies it — the
 * inputs it was built from, when, and a fingerprint of its content — in a few hundred bytes. The data itself is
 * kept in the add-in's own storage on each computer, under the fingerprint.
 */
import type { Registry } from "./types";

export interface RegistryIdentity {
  kind: "imported";
  /** Fingerprint of the registry's JSON: the key of its copy in the add-in's storage. */
  hash: string;
  /** The inputs' names (file names or addresses), as many as fit. */
  inputs: string[];
  /** "TSAG 2025-2028". */
  name: string;
  /** The registry's as-of date (yyyy-mm-dd). */
  updated: string;
  documents: number;
}

/** What an identity may weigh in the document's settings, in characters of its JSON. */
export const MAX_IDENTITY_CHARS = 600;

/**
 * cyrb53, a 53-bit string hash (public-domain algorithm): fast and well mixed, enough to tell registries apart.
 * Not a security measure: the copy it finds is validated again before use.
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprint of a registry's JSON text, as it is kept. */
export function fingerprintOfText(json: string): string {
  return hash53(json);
}

export function registryFingerprint(registry: Registry): string {
  return hash53(JSON.stringify(registry));
}

export function registryIdentity(registry: Registry): RegistryIdentity {
  const identity: RegistryIdentity = {
    kind: "imported",
    hash: registryFingerprint(registry),
    inputs: [],
    name: `${registry.body} ${registry.studyPeriod}`.slice(0, 60),
    updated: registry.updated.slice(0, 10),
    documents: registry.documents.length,
  };
  // The names that fit; "…and N more" is said by whoever shows them.
  for (const source of registry.sources ?? []) {
    const name = source.input.length > 80 ? `${source.input.slice(0, 79)}…` : source.input;
    if (JSON.stringify({ ...identity, inputs: [...identity.inputs, name] }).length > MAX_IDENTITY_CHARS)
      break;
    identity.inputs.push(name);
  }
  return identity;
}

/** An identity read back from a document's settings, or null when the value is not one (or too large to be). */
export function readRegistryIdentity(value: unknown): RegistryIdentity | null {
  if (typeof value !== "object" || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (raw["kind"] !== "imported" || typeof raw["hash"] !== "string" || !/^[0-9a-z]{1,20}$/.test(raw["hash"]))
    return null;
  if (JSON.stringify(value).length > MAX_IDENTITY_CHARS * 2) return null;
  const inputs = Array.isArray(raw["inputs"]) ? raw["inputs"].filter((x) => typeof x === "string") : [];
  return {
    kind: "imported",
    hash: raw["hash"],
    inputs: inputs as string[],
    name: typeof raw["name"] === "string" ? raw["name"] : "",
    updated: typeof raw["updated"] === "string" ? raw["updated"] : "",
    documents: typeof raw["documents"] === "number" ? raw["documents"] : 0,
  };
}
