import { useCallback, useEffect, useMemo, useState } from "react";
import {
  indexRegistry,
  ownTdNumber,
  validateRegistry,
  type DocumentSnapshot,
  type Registry,
} from "../../core";
import { checkRegistryUrl, loadRegistry, type RegistryLoad } from "../../registry/load";
import { localRegistryStore, registryUrlSetting } from "../../registry/localStore";
import type { HostEnvironment } from "../../word";

/** The document setting that keeps the registry imported for a report. */
export const REPORT_REGISTRY_SETTING = "tsag-report-assistant.registry";
/** Larger registries are not put into the document (its settings travel with every copy of it). */
const MAX_SETTING_BYTES = 1_500_000;

export interface ImportOutcome {
  /** One line per input that was read, and one sentence per input that could not be used. */
  read: string[];
  problems: string[];
  /** Set when no registry was built: what to tell the user; the registry in use stays. */
  failure?: string;
  /** Where the registry is remembered: with the report, or (too large for it, or Word refused) this session only. */
  remembered?: "report" | "session";
}

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
  /** The inputs of the registry in use when it was imported (file names); null otherwise. */
  imported: string[] | null;
  /** Builds a registry from document lists the user picked or dropped, uses it and remembers it with the report. */
  importFiles: (files: readonly File[]) => Promise<ImportOutcome>;
  /** The same from the open report's own documentation list (Annex A). */
  importAnnexA: (snapshot: DocumentSnapshot) => Promise<ImportOutcome>;
}

interface InUse {
  load: RegistryLoad;
  url: string;
  imported?: string[];
}

/** A registry in use that came from files, not from an address. */
function importedLoad(registry: Registry, now: Date): RegistryLoad {
  return {
    index: indexRegistry(registry),
    entry: { url: "", registry, etag: null, fetchedAt: now.toISOString() },
    origin: "network",
    problem: null,
  };
}

/** The sample is invented data whatever address it was loaded from: "" or the sample's own address. */
export function isSampleAddress(url: string): boolean {
  if (url === "") return true;
  try {
    const sample = new URL(SAMPLE_REGISTRY_PATH, window.location.href);
    return new URL(url, window.location.href).href === sample.href;
  } catch {
    return false;
  }
}

const inputsOf = (registry: Registry) => (registry.sources ?? []).map((source) => source.input);

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

  // At start: the registry imported for this report, else the address that loaded last time (or its offline
  // copy), else the sample.
  useEffect(() => {
    let live = true;
    const kept = environment.documentSettings?.get(REPORT_REGISTRY_SETTING);
    const validation = kept === undefined || kept === null ? null : validateRegistry(kept);
    if (validation?.ok) {
      setInUse({
        load: importedLoad(validation.registry, new Date()),
        url: "",
        imported: inputsOf(validation.registry),
      });
      setBusy(false);
      return;
    }
    const remembered = setting.get();
    void fetchRegistry(remembered).then((load) => {
      if (!live) return;
      setInUse({ load, url: remembered });
      setBusy(false);
    });
    return () => {
      live = false;
    };
  }, [fetchRegistry, setting, environment.documentSettings]);

  const choose = useCallback(
    async (address: string) => {
      const url = address.trim();
      // An address typed by the user must be whole: only the bundled sample is relative to the pane's page.
      const checked = url === "" ? null : checkRegistryUrl(url);
      if (checked && "problem" in checked) return checked.problem;
      setBusy(true);
      const load = await fetchRegistry(url);
      setBusy(false);
      // A failed attempt changes nothing: the registry in use stays, and so does the remembered address.
      if (load.index === null || load.origin === "cache")
        return load.problem ?? "The registry could not be loaded.";
      setting.set(url);
      setInUse({ load, url });
      // An address chosen for this report replaces the registry imported for it.
      if (environment.documentSettings?.get(REPORT_REGISTRY_SETTING))
        await environment.documentSettings.set(REPORT_REGISTRY_SETTING, null).catch(() => undefined);
      return null;
    },
    [fetchRegistry, setting, environment.documentSettings],
  );

  /** Uses a registry built from lists and keeps it with the report when it is small enough. */
  const adoptBuilt = useCallback(
    async (
      built: { registry: Registry | null; problems: string[] },
      read: string[],
    ): Promise<ImportOutcome> => {
      if (!built.registry)
        return {
          read,
          problems: built.problems,
          failure: "Nothing usable was read: the registry in use stays.",
        };
      const now = new Date();
      setInUse({ load: importedLoad(built.registry, now), url: "", imported: inputsOf(built.registry) });
      const problems = [...built.problems];
      let remembered: ImportOutcome["remembered"] = "session";
      if (environment.documentSettings && JSON.stringify(built.registry).length <= MAX_SETTING_BYTES) {
        try {
          await environment.documentSettings.set(REPORT_REGISTRY_SETTING, built.registry);
          remembered = "report";
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error));
        }
      }
      return { read, problems, remembered };
    },
    [environment.documentSettings],
  );

  const importFiles = useCallback(
    async (files: readonly File[]): Promise<ImportOutcome> => {
      setBusy(true);
      try {
        const inputs = await Promise.all(
          files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
        );
        // The importers (HTML, CSV and .docx readers) load only when a list is imported: not at every start.
        const { buildRegistryFromFiles, describeImportWithRows } = await import("../../registry/importFiles");
        const built = await buildRegistryFromFiles(inputs, { now: new Date() });
        return await adoptBuilt(built, built.imports.map(describeImportWithRows));
      } finally {
        setBusy(false);
      }
    },
    [adoptBuilt],
  );

  const importAnnexA = useCallback(
    async (snapshot: DocumentSnapshot): Promise<ImportOutcome> => {
      const {
        importAnnexA: readAnnexA,
        mergeImports,
        ImportError,
      } = await import("../../core/registry/import");
      const { describeImportWithRows } = await import("../../registry/importFiles");
      try {
        // Named as the rapporteur knows it: "the Annex A of TSAG-TD172" ("Built from the Annex A of …").
        const own = ownTdNumber(snapshot);
        const result = readAnnexA(own ? `the Annex A of ${own}` : "this report's Annex A", snapshot);
        const merged = mergeImports([result], { now: new Date().toISOString() });
        const usable = merged.registry.documents.length > 0;
        return await adoptBuilt({ registry: usable ? merged.registry : null, problems: merged.problems }, [
          describeImportWithRows(result),
        ]);
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        return { read: [], problems: [], failure: `${error.message} The registry in use stays.` };
      }
    },
    [adoptBuilt],
  );

  return {
    load: inUse?.load ?? null,
    sample: inUse !== null && isSampleAddress(inUse.url) && !inUse.imported && inUse.load.index !== null,
    url: inUse?.url ?? "",
    busy,
    choose,
    imported: inUse?.imported ?? null,
    importFiles,
    importAnnexA,
  };
}
