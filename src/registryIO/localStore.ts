/**
 * The task pane's registry cache in localStorage. In Word on the web the key carries the add-in's partition
 * (Office.context.partitionKey) so that add-ins on different sites do not share storage.
 */
import { fingerprintOfText, parseRegistryJson, type Registry } from "../core";
import type { RegistryCacheEntry, RegistryStore } from "./load";

export function localRegistryStore(
  partitionKey: string | undefined,
  storage: Storage | undefined = globalThis.localStorage,
): RegistryStore {
  const key = `${partitionKey ? `${partitionKey}:` : ""}tsag-report-assistant:registry`;
  return {
    async read() {
      const raw = storage?.getItem(key);
      if (!raw) return null;
      try {
        const entry = JSON.parse(raw) as RegistryCacheEntry;
        // The copy is validated again by the one parser: storage is not trusted more than a file.
        const parsed = parseRegistryJson(JSON.stringify(entry.registry));
        return parsed.ok && typeof entry.url === "string" ? { ...entry, registry: parsed.registry } : null;
      } catch {
        return null;
      }
    },
    async write(entry) {
      storage?.setItem(key, JSON.stringify(entry));
    },
  };
}

/** The registry address the user chose, kept beside the cache. */
export function registryUrlSetting(
  partitionKey: string | undefined,
  storage: Storage | undefined = globalThis.localStorage,
) {
  const key = `${partitionKey ? `${partitionKey}:` : ""}tsag-report-assistant:registry-url`;
  return {
    get: () => storage?.getItem(key) ?? "",
    set: (url: string) => (url ? storage?.setItem(key, url) : storage?.removeItem(key)),
  };
}

/** How many registries built in the pane this computer keeps (the newest used ones). */
const KEPT_IMPORTED = 4;

/**
 * The registries built in the pane from document lists, kept in the add-in's own storage (partitioned like the
 * cache) under their fingerprint; the report keeps only their identity. Reading validates again: storage is not
 * trusted more than a file.
 */
export function importedRegistryStore(
  partitionKey: string | undefined,
  storage: Storage | undefined = globalThis.localStorage,
) {
  const prefix = `${partitionKey ? `${partitionKey}:` : ""}tsag-report-assistant:imported:`;
  const indexKey = `${prefix}index`;
  const index = (): string[] => {
    try {
      const value: unknown = JSON.parse(storage?.getItem(indexKey) ?? "[]");
      return Array.isArray(value) ? value.filter((x): x is string => typeof x === "string") : [];
    } catch {
      return [];
    }
  };
  return {
    read(hash: string): Registry | null {
      const raw = storage?.getItem(`${prefix}${hash}`);
      if (!raw || fingerprintOfText(raw) !== hash) return null;
      const parsed = parseRegistryJson(raw);
      return parsed.ok ? parsed.registry : null;
    },
    /** Keeps it; throws when the storage is full or missing (the caller says it is kept for this session only). */
    write(registry: Registry): string {
      if (!storage) throw new Error("This computer gives the add-in no storage.");
      const json = JSON.stringify(registry);
      const hash = fingerprintOfText(json);
      const kept = [hash, ...index().filter((known) => known !== hash)];
      for (const old of kept.slice(KEPT_IMPORTED)) storage.removeItem(`${prefix}${old}`);
      storage.setItem(`${prefix}${hash}`, json);
      storage.setItem(indexKey, JSON.stringify(kept.slice(0, KEPT_IMPORTED)));
      return hash;
    },
  };
}
