import { useCallback, useEffect, useMemo, useState } from "react";
import { loadRegistry, localRegistryStore, registryUrlSetting, type RegistryLoad } from "../../registry";
import type { HostEnvironment } from "../../word";

/** Used when the user has set no registry address, so that the add-in works out of the box. */
export const SAMPLE_REGISTRY_PATH = "assets/sample-registry.json";

export interface RegistryState {
  load: RegistryLoad | null;
  /** The address the user chose; "" means the bundled sample. */
  url: string;
  busy: boolean;
  choose: (url: string) => Promise<void>;
}

export function useRegistry(environment: HostEnvironment): RegistryState {
  const store = useMemo(() => localRegistryStore(environment.partitionKey), [environment.partitionKey]);
  const setting = useMemo(() => registryUrlSetting(environment.partitionKey), [environment.partitionKey]);
  const [url, setUrl] = useState(() => setting.get());
  const [load, setLoad] = useState<RegistryLoad | null>(null);
  const [busy, setBusy] = useState(true);

  const fetchRegistry = useCallback(
    async (address: string) => {
      setBusy(true);
      const sample = address === "";
      const result = await loadRegistry(sample ? SAMPLE_REGISTRY_PATH : address, {
        store: sample ? undefined : store,
        baseUrl: window.location.href,
      });
      // A failed load with nothing cached keeps whatever registry was in use before (the last good state).
      setLoad((previous) =>
        result.index === null && previous?.index ? { ...previous, problem: result.problem } : result,
      );
      setBusy(false);
    },
    [store],
  );

  useEffect(() => {
    void fetchRegistry(setting.get());
  }, [fetchRegistry, setting]);

  const choose = useCallback(
    async (address: string) => {
      const trimmed = address.trim();
      setting.set(trimmed);
      setUrl(trimmed);
      await fetchRegistry(trimmed);
    },
    [fetchRegistry, setting],
  );

  return { load, url, busy, choose };
}
