/**
 * Fetches the registry, validates it and keeps the last good copy. A failed or invalid fetch never replaces the
 * cached registry: the caller gets the cached one back with one sentence saying what went wrong.
 * Used by the task pane (with a localStorage store) and by the CLI (no store).
 */
import { indexRegistry, parseRegistryJson, type Registry, type RegistryIndex } from "../core";
import { checkFetchUrl, fetchCapped, FetchProblem, MAX_FETCH_BYTES } from "./fetch";

export interface RegistryCacheEntry {
  url: string;
  registry: Registry;
  etag: string | null;
  /** When this copy was last fetched or revalidated (ISO 8601). */
  fetchedAt: string;
}

export interface RegistryStore {
  read(): Promise<RegistryCacheEntry | null>;
  write(entry: RegistryCacheEntry): Promise<void>;
}

export interface RegistryLoad {
  index: RegistryIndex | null;
  entry: RegistryCacheEntry | null;
  /** network: fetched now; revalidated: the server said 304; cache: the fetch failed, the last good copy is used. */
  origin: "network" | "revalidated" | "cache" | "none";
  /** One sentence when the fetch or the registry was bad; null on success. */
  problem: string | null;
}

export interface LoadOptions {
  store?: RegistryStore;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /** The page's address, for relative URLs such as the bundled sample registry; its origin is named when a
   * server does not allow the add-in to read the registry (CORS). */
  baseUrl?: string;
  /** "browser" in the pane: the browser's cache revalidates with the ETag (see fetch.ts); "header" elsewhere. */
  revalidate?: "header" | "browser";
  now?: () => Date;
}

export const MAX_REGISTRY_BYTES = MAX_FETCH_BYTES;

/** The URL to fetch, or the sentence that says why it is refused. */
export function checkRegistryUrl(url: string, baseUrl?: string): { url: URL } | { problem: string } {
  const checked = checkFetchUrl(url, baseUrl);
  return "problem" in checked
    ? {
        problem: checked.problem
          .replace(/^The address/, "The registry address")
          .replace("its full", "the registry's full"),
      }
    : checked;
}

class LoadProblem extends Error {}

/** Parses and validates a registry's text (the one parser, parseRegistryJson); throws a LoadProblem. */
export function parseRegistryText(body: string): Registry {
  const parsed = parseRegistryJson(body);
  if (!parsed.ok) throw new LoadProblem(parsed.problem);
  return parsed.registry;
}

export async function loadRegistry(url: string, options: LoadOptions = {}): Promise<RegistryLoad> {
  const {
    store,
    fetchImpl = fetch,
    timeoutMs = 10_000,
    maxBytes = MAX_REGISTRY_BYTES,
    baseUrl,
    now = () => new Date(),
  } = options;
  const cached = store ? await store.read().catch(() => null) : null;
  const usable = cached && cached.url === url ? cached : null;
  const fallback = (problem: string): RegistryLoad => ({
    index: usable ? indexRegistry(usable.registry) : null,
    entry: usable,
    origin: usable ? "cache" : "none",
    problem,
  });

  const checked = checkRegistryUrl(url, baseUrl);
  if ("problem" in checked) return fallback(checked.problem);
  try {
    const fetched = await fetchCapped(checked.url.href, {
      what: "The registry",
      address: "The registry address",
      server: "The registry server",
      fetchImpl,
      timeoutMs,
      maxBytes,
      etag: usable?.etag,
      origin: baseUrl ? new URL(baseUrl).origin : undefined,
      accept: "application/json",
      revalidate: options.revalidate,
    });
    if (fetched.status === "not-modified" && usable) {
      const entry = { ...usable, fetchedAt: now().toISOString() };
      await store?.write(entry).catch(() => undefined);
      return { index: indexRegistry(entry.registry), entry, origin: "revalidated", problem: null };
    }
    if (fetched.status !== "ok")
      throw new LoadProblem("The registry server answered 304 to a first request.");
    const registry = parseRegistryText(new TextDecoder("utf-8").decode(fetched.bytes));
    const entry: RegistryCacheEntry = { url, registry, etag: fetched.etag, fetchedAt: now().toISOString() };
    await store?.write(entry).catch(() => undefined); // a full storage must not lose the registry we just got
    return { index: indexRegistry(registry), entry, origin: "network", problem: null };
  } catch (error) {
    if (error instanceof LoadProblem || error instanceof FetchProblem) return fallback(error.message);
    throw error;
  }
}

export { LoadProblem };
