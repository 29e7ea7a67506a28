import { useCallback, useEffect, useMemo, useState } from "react";
import {
  indexRegistry,
  ownTdNumber,
  readRegistryIdentity,
  registryIdentity,
  validateRegistry,
  type DocumentSnapshot,
  type Registry,
  type RegistryIdentity,
} from "../../core";
import { checkRegistryUrl, loadRegistry, type RegistryLoad } from "../../registryIO/load";
import { importedRegistryStore, localRegistryStore, registryUrlSetting } from "../../registryIO/localStore";
import type { HostEnvironment } from "../../word";

/**
 * The document setting that names the registry imported for a report: its identity only (inputs, date,
 * fingerprint; a few hundred bytes). The registry itself is in the add-in's storage on this computer. Reports
 * written by earlier versions hold the whole registry there: it is still read.
 */
export const REPORT_REGISTRY_SETTING = "tsag-report-assistant.registry";

export interface ImportOutcome {
  /** One line per input that was read, and one sentence per input that could not be used. */
  read: string[];
  problems: string[];
  /** Set when no registry was built: what to tell the user; the registry in use stays. */
  failure?: string;
  /**
   * Where the registry is remembered: "report" (kept on this computer, named in the report), "computer" (kept on
   * this computer; Word did not keep its name with the report), or "session" (the add-in's storage is full).
   */
  remembered?: "report" | "computer" | "session";
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
  /**
   * Builds a registry from document lists the user picked or dropped, uses it and remembers it for the report.
   * The open report (when read) says whose documents and which study period when the lists do not.
   */
  importFiles: (files: readonly File[], report?: DocumentSnapshot | null) => Promise<ImportOutcome>;
  /** The same from the open report's own documentation list (Annex A). */
  importAnnexA: (snapshot: DocumentSnapshot) => Promise<ImportOutcome>;
  /** The registry this report was checked with on another computer, which this one does not have. */
  missing: RegistryIdentity | null;
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
  const builtStore = useMemo(
    () => importedRegistryStore(environment.partitionKey),
    [environment.partitionKey],
  );
  const [inUse, setInUse] = useState<InUse | null>(null);
  const [missing, setMissing] = useState<RegistryIdentity | null>(null);
  const [busy, setBusy] = useState(true);

  const fetchRegistry = useCallback(
    (address: string) =>
      loadRegistry(address === "" ? SAMPLE_REGISTRY_PATH : address, {
        store: address === "" ? undefined : store,
        baseUrl: window.location.href,
        revalidate: "browser",
      }),
    [store],
  );

  // At start: the registry imported for this report (from this computer's storage), else the address that loaded
  // last time (or its offline copy), else the sample.
  useEffect(() => {
    let live = true;
    const kept = environment.documentSettings?.get(REPORT_REGISTRY_SETTING);
    const identity = readRegistryIdentity(kept);
    const legacy = kept && !identity ? validateRegistry(kept) : null;
    const registry = identity ? builtStore.read(identity.hash) : legacy?.ok ? legacy.registry : null;
    if (registry) {
      setInUse({ load: importedLoad(registry, new Date()), url: "", imported: inputsOf(registry) });
      setBusy(false);
      return;
    }
    setMissing(identity);
    const remembered = setting.get();
    void fetchRegistry(remembered).then((load) => {
      if (!live) return;
      setInUse({ load, url: remembered });
      setBusy(false);
    });
    return () => {
      live = false;
    };
  }, [fetchRegistry, setting, builtStore, environment.documentSettings]);

  // A registry served from an address may say how often to look for a newer copy: the pane looks again then
  // (the browser's cache revalidates with the ETag, so an unchanged registry costs a 304). A failed look keeps the
  // copy in use and says so.
  const refreshMinutes = inUse?.url ? inUse.load.index?.registry.refreshMinutes : undefined;
  useEffect(() => {
    if (!inUse?.url || !refreshMinutes) return;
    const url = inUse.url;
    const timer = setTimeout(() => {
      void fetchRegistry(url).then((load) => {
        if (load.index) setInUse((current) => (current?.url === url ? { load, url } : current));
      });
    }, refreshMinutes * 60_000);
    return () => clearTimeout(timer);
  }, [inUse, refreshMinutes, fetchRegistry]);

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
      setMissing(null);
      // An address chosen for this report replaces the registry imported for it.
      if (environment.documentSettings?.get(REPORT_REGISTRY_SETTING))
        await environment.documentSettings.set(REPORT_REGISTRY_SETTING, null).catch(() => undefined);
      return null;
    },
    [fetchRegistry, setting, environment.documentSettings],
  );

  /** Uses a registry built from lists, keeps it on this computer and names it in the report. */
  const adoptBuilt = useCallback(
    async (
      built: { registry: Registry | null; problems: string[]; failure?: string },
      read: string[],
    ): Promise<ImportOutcome> => {
      if (!built.registry)
        return {
          read,
          problems: built.problems,
          failure: `${built.failure ?? "Nothing usable was read."} The registry in use stays.`,
        };
      const now = new Date();
      setInUse({ load: importedLoad(built.registry, now), url: "", imported: inputsOf(built.registry) });
      setMissing(null);
      const problems = [...built.problems];
      try {
        builtStore.write(built.registry);
      } catch {
        problems.push("This computer's storage for the add-in is full.");
        return { read, problems, remembered: "session" };
      }
      if (!environment.documentSettings) return { read, problems, remembered: "computer" };
      try {
        await environment.documentSettings.set(REPORT_REGISTRY_SETTING, registryIdentity(built.registry));
        return { read, problems, remembered: "report" };
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
        return { read, problems, remembered: "computer" };
      }
    },
    [builtStore, environment.documentSettings],
  );

  const importFiles = useCallback(
    async (files: readonly File[], report?: DocumentSnapshot | null): Promise<ImportOutcome> => {
      setBusy(true);
      try {
        const inputs = await Promise.all(
          files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
        );
        // The importers (HTML, CSV and .docx readers) load only when a list is imported: not at every start.
        const { buildRegistryFromFiles, describeImportWithRows } =
          await import("../../registryIO/importFiles");
        const { reportIdentity } = await import("../../core/registry/import");
        const own = report ? reportIdentity(report) : {};
        const built = await buildRegistryFromFiles(inputs, {
          now: new Date(),
          body: own.group,
          studyPeriod: own.studyPeriod,
        });
        return await adoptBuilt(built, built.imports.map(describeImportWithRows));
      } finally {
        setBusy(false);
      }
    },
    [adoptBuilt],
  );

  const importAnnexA = useCallback(
    async (snapshot: DocumentSnapshot): Promise<ImportOutcome> => {
      const { importAnnexA: readAnnexA, ImportError } = await import("../../core/registry/import");
      const { describeImportWithRows, finishRegistry } = await import("../../registryIO/importFiles");
      try {
        // Named as the rapporteur knows it: "the Annex A of TSAG-TD172" ("Built from the Annex A of …").
        const own = ownTdNumber(snapshot);
        const result = readAnnexA(own ? `the Annex A of ${own}` : "this report's Annex A", snapshot);
        return await adoptBuilt(finishRegistry([result], [], { now: new Date() }), [
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
    missing,
  };
}
