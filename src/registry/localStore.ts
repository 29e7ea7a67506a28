/**
 * The task pane's registry cache in localStorage. In Word on the web the key carries the add-in's partition
 * (Office.context.partitionKey) so that add-ins on different sites do not share storage.
 */
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
        return JSON.parse(raw) as RegistryCacheEntry;
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
