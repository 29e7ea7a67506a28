/**
 * What a report keeps of the registry built for it (its identity, a few hundred bytes) and where the pane keeps
 * the registry itself (the add-in's own storage, under its fingerprint).
 */
import {
  MAX_IDENTITY_CHARS,
  readRegistryIdentity,
  registryFingerprint,
  registryIdentity,
  type Registry,
} from "../../src/core";
import { importedRegistryStore } from "../../src/registryIO/localStore";

/** A Storage as the browser gives it, over a Map, with a quota like a real one. */
function memoryStorage(quotaChars = Infinity): Storage {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (used() + key.length + value.length - (items.get(key)?.length ?? 0) > quotaChars)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      items.set(key, value);
    },
  };
}

/** A registry of `count` documents built from `inputs` named files. */
function built(count: number, inputs: number): Registry {
  return {
    format: "tsag-registry",
    version: 3,
    body: "SG12",
    studyPeriod: "2025-2028",
    updated: "2025-09-08T00:00:00Z",
    built: "2025-09-20T09:00:00Z",
    documents: Array.from({ length: count }, (_, k) => ({
      id: `TD${k + 1}`,
      title: `A document title long enough to weigh something, number ${k + 1}`,
      source: "Rapporteur Q5/12",
      revisions: [],
      status: "posted" as const,
      revisionsKnown: "none" as const,
    })),
    questions: [],
    groups: [],
    sources: Array.from({ length: inputs }, (_, k) => ({
      input: `https://www.itu.int/dms_pages/itu-t/md/25/SG12/td/T25-SG12-2509${String(k).padStart(2, "0")}-TD.xml`,
      kind: "itu-index-xml",
      scope: "complete" as const,
      documents: 1,
      questions: 0,
    })),
  };
}

describe("the identity a report keeps", () => {
  it("stays within a few hundred bytes, however large the registry and however many its inputs", () => {
    const large = built(2_000, 200);
    expect(JSON.stringify(large).length).toBeGreaterThan(300_000);
    const identity = registryIdentity(large);
    expect(JSON.stringify(identity).length).toBeLessThanOrEqual(MAX_IDENTITY_CHARS);
    expect(identity).toMatchObject({
      kind: "imported",
      name: "SG12 2025-2028",
      updated: "2025-09-08",
      documents: 2_000,
    });
    expect(identity.inputs.length).toBeGreaterThan(0);
  });

  it("reads back what it wrote, and nothing else", () => {
    const identity = registryIdentity(built(3, 2));
    expect(readRegistryIdentity(JSON.parse(JSON.stringify(identity)))).toEqual(identity);
    expect(readRegistryIdentity(built(3, 2))).toBeNull(); // a whole registry (what earlier versions kept)
    expect(readRegistryIdentity({ kind: "imported", hash: "<script>" })).toBeNull();
    expect(readRegistryIdentity(null)).toBeNull();
  });

  it("tells registries apart by their content", () => {
    const one = built(3, 1);
    const other = { ...one, documents: one.documents.slice(1) };
    expect(registryFingerprint(one)).toBe(registryFingerprint(built(3, 1)));
    expect(registryFingerprint(one)).not.toBe(registryFingerprint(other));
  });
});

describe("the add-in's storage of registries built in the pane", () => {
  it("keeps a registry under its fingerprint, per partition, and validates it when read back", () => {
    const storage = memoryStorage();
    const store = importedRegistryStore("site-a", storage);
    const registry = built(5, 1);
    const hash = store.write(registry);
    expect(hash).toBe(registryIdentity(registry).hash);
    expect(store.read(hash)).toEqual(registry);
    expect(importedRegistryStore("site-b", storage).read(hash)).toBeNull();
    // A copy altered in storage is not used.
    const key = [...Array(storage.length).keys()].map((k) => storage.key(k)!).find((k) => k.endsWith(hash))!;
    storage.setItem(key, storage.getItem(key)!.replace("TD1", "TD9999"));
    expect(store.read(hash)).toBeNull();
  });

  it("keeps the newest few, and says when the storage is full", () => {
    const storage = memoryStorage();
    const store = importedRegistryStore(undefined, storage);
    const hashes = [1, 2, 3, 4, 5].map((n) => store.write(built(n, 1)));
    expect(store.read(hashes[0]!)).toBeNull();
    expect(hashes.slice(1).every((hash) => store.read(hash) !== null)).toBe(true);
    expect(() => importedRegistryStore(undefined, memoryStorage(1_000)).write(built(50, 1))).toThrow();
  });
});
