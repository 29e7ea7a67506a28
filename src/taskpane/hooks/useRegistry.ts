import { useCallback, useEffect, useMemo, useState } from "react";
import { loadRegistry, localRegistryStore, registryUrlSetting, type RegistryLoad } from "../../registry";
import type { HostEnvironment } from "../../word";

/** Used until the user sets a registry address, so that the add-in works out of the box. Invented data. */
export const SAMPLE_REGISTRY_PATH = "assets/sample-registry.json";

/** Wherever the sample is in use, it is called this (the pane, the verdict, the exports). */
export const SAMPLE_LABEL = "Sample registry (invented documents, not real TSAG data)";

export interface RegistryState {
  /** The registry in use (its index is null when none could be loaded); `problem` says what failed at start. */
  load: RegistryLoad | null;
  /** True while the bundled sample is the registry in use. */
  sample: boolean;
  /** The address of the registry in use: "" for the sample. */
  url: string;
  busy: boolean;
  /** Tries an address ("" for the sample); it is remembered only if it loads. Resolves to the problem, or null. */
  choose: (url: string) => Promise<string | null>;
}

interface InUse {
  load: RegistryLoad;
  url: string;
}

export function useRegistry(environment: HostEnvironment): RegistryState {
  const store = useMemo(() => localRegistryStore(environment.partitionKey), [environment.partitionKey]);
  const setting = useMemo(() => registryUrlSetting(environment.partitionKey), [environment.partitionKey]);
  const [inUse, setInUse] = useState<InUse | null>(null);
  const [busy, setBusy] = useState(true);

  const fetchRegistry = useCallback(
    (address: string) =>
      loadRegistry(address === "" ? SAMPLE_REGISTRY_PATH : address, {
        store: address === "" ? undefined : store,
        baseUrl: window.location.href,
      }),
    [store],
  );

  // At start: the address that loaded last time (or its offline copy), else the sample.
  useEffect(() => {
    let live = true;
    const remembered = setting.get();
    void fetchRegistry(remembered).then((load) => {
      if (!live) return;
      setInUse({ load, url: remembered });
      setBusy(false);
    });
    return () => {
      live = false;
    };
  }, [fetchRegistry, setting]);

  const choose = useCallback(
    async (address: string) => {
      const url = address.trim();
      setBusy(true);
      const load = await fetchRegistry(url);
      setBusy(false);
      // A failed attempt changes nothing: the registry in use stays, and so does the remembered address.
      if (load.index === null || load.origin === "cache")
        return load.problem ?? "The registry could not be loaded.";
      setting.set(url);
      setInUse({ load, url });
      return null;
    },
    [fetchRegistry, setting],
  );

  return {
    load: inUse?.load ?? null,
    sample: inUse !== null && inUse.url === "" && inUse.load.index !== null,
    url: inUse?.url ?? "",
    busy,
    choose,
  };
}
