/**
 * Fetches the registry, validates it and keeps the last good copy. A failed or invalid fetch never replaces the
 * cached registry: the caller gets the cached one back with one sentence saying what went wrong.
 * Used by the task pane (with a localStorage store) and by the CLI (no store).
 */
import { indexRegistry, validateRegistry, type Registry, type RegistryIndex } from "../core";
import { explainFetchFailure } from "./fetchFailure";

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
  now?: () => Date;
}

export const MAX_REGISTRY_BYTES = 20 * 1024 * 1024;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The URL to fetch, or the sentence that says why it is refused. */
export function checkRegistryUrl(url: string, baseUrl?: string): { url: URL } | { problem: string } {
  let parsed: URL;
  try {
    parsed = new URL(url, baseUrl);
  } catch {
    return {
      problem: `"${url}" is not a web address: enter the registry's full address, starting with https://.`,
    };
  }
  if (parsed.protocol === "https:") return { url: parsed };
  if (parsed.protocol === "http:" && LOCAL_HOSTS.has(parsed.hostname)) return { url: parsed };
  return {
    problem: "The registry address must start with https:// (http:// is accepted only for localhost).",
  };
}

class LoadProblem extends Error {}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    throw new LoadProblem(`The registry is larger than ${maxBytes / 1024 / 1024} MB; it was not loaded.`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new LoadProblem(`The registry is larger than ${maxBytes / 1024 / 1024} MB; it was not loaded.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** Parses and validates a registry's text; throws a LoadProblem with one sentence. */
export function parseRegistryText(body: string): Registry {
  if (body.trim().length === 0) throw new LoadProblem("The registry is empty.");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const html = /^\s*</.test(body);
    throw new LoadProblem(
      html
        ? "The registry address returned a web page, not a registry (JSON)."
        : "The registry is not valid JSON.",
    );
  }
  const validation = validateRegistry(json);
  if (!validation.ok) throw new LoadProblem(`The registry is not valid: ${validation.problem}`);
  return validation.registry;
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

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (usable?.etag) headers["If-None-Match"] = usable.etag;
    const response = await fetchImpl(checked.url.href, {
      headers,
      signal: controller.signal,
      redirect: "follow",
    });
    if (response.url && new URL(response.url).origin !== checked.url.origin) {
      throw new LoadProblem(
        `The registry address redirected to another site (${new URL(response.url).host}); it was not used.`,
      );
    }
    if (response.status === 304 && usable) {
      const entry = { ...usable, fetchedAt: now().toISOString() };
      await store?.write(entry).catch(() => undefined);
      return { index: indexRegistry(entry.registry), entry, origin: "revalidated", problem: null };
    }
    if (!response.ok) {
      throw new LoadProblem(
        `The registry server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
      );
    }
    const registry = parseRegistryText(await readCapped(response, maxBytes));
    const entry: RegistryCacheEntry = {
      url,
      registry,
      etag: response.headers.get("etag"),
      fetchedAt: now().toISOString(),
    };
    await store?.write(entry).catch(() => undefined); // a full storage must not lose the registry we just got
    return { index: indexRegistry(registry), entry, origin: "network", problem: null };
  } catch (error) {
    if (error instanceof LoadProblem) return fallback(error.message);
    if (controller.signal.aborted) {
      const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`;
      return fallback(`The registry server did not answer within ${limit}.`);
    }
    return fallback(explainFetchFailure(error, checked.url, baseUrl ? new URL(baseUrl).origin : undefined));
  } finally {
    clearTimeout(timer);
  }
}

export { LoadProblem };
