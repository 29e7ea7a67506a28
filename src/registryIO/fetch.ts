/**
 * The one fetcher of registries and document lists, shared by the pane and the command lines: https only (http
 * for this computer), a time limit, a size cap counted while reading (a server may not say, or lie), ETag
 * revalidation, and no redirect to another site. Every failure is a FetchProblem with one sentence naming what
 * was fetched. The core never fetches: it gets the text.
 */

import { explainFetchFailure } from "./fetchFailure";

export const MAX_FETCH_BYTES = 20 * 1024 * 1024;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export class FetchProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchProblem";
  }
}

/** The URL to fetch, or the sentence that says why it is refused. */
export function checkFetchUrl(url: string, baseUrl?: string): { url: URL } | { problem: string } {
  let parsed: URL;
  try {
    parsed = new URL(url, baseUrl);
  } catch {
    return { problem: `"${url}" is not a web address: enter its full address, starting with https://.` };
  }
  if (parsed.protocol === "https:") return { url: parsed };
  if (parsed.protocol === "http:" && LOCAL_HOSTS.has(parsed.hostname)) return { url: parsed };
  return { problem: "The address must start with https:// (http:// is accepted only for localhost)." };
}

export interface FetchOptions {
  /** How the thing fetched is named in sentences: "The registry", "https://…/T25-SG12-C.xml". */
  what: string;
  /** Its address, in sentences: "The registry address"; by default `what`. */
  address?: string;
  /** Its server, in sentences: "The registry server"; by default "The server of <what>". */
  server?: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /** The ETag of the copy already held: a 304 answer means it is still current. */
  etag?: string | null;
  /**
   * How an unchanged copy is recognised: "header" sends If-None-Match itself (the command lines); "browser" leaves
   * it to the browser's HTTP cache (fetch with cache "no-cache"), because a page fetching across sites that sends
   * If-None-Match itself makes the browser ask the server's leave first (a CORS preflight), which static hosts
   * do not answer.
   */
  revalidate?: "header" | "browser";
  accept?: string;
  baseUrl?: string;
  /** The page's origin in the pane ("https://localhost:3000"): a failure then names the CORS header to send. */
  origin?: string;
}

export type Fetched =
  | { status: "not-modified" }
  | { status: "ok"; bytes: Uint8Array; etag: string | null; contentType: string | null };

async function readCapped(response: Response, maxBytes: number, tooLarge: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new FetchProblem(tooLarge);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw new FetchProblem(tooLarge);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchProblem(tooLarge);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function fetchCapped(address: string, options: FetchOptions): Promise<Fetched> {
  const { what, fetchImpl = fetch, timeoutMs = 10_000, maxBytes = MAX_FETCH_BYTES } = options;
  const server = options.server ?? `The server of ${what}`;
  const checked = checkFetchUrl(address, options.baseUrl);
  if ("problem" in checked) throw new FetchProblem(checked.problem);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: options.accept ?? "*/*" };
    const byBrowser = options.revalidate === "browser";
    if (options.etag && !byBrowser) headers["If-None-Match"] = options.etag;
    const response = await fetchImpl(checked.url.href, {
      headers,
      signal: controller.signal,
      redirect: "follow",
      ...(byBrowser ? { cache: "no-cache" as const } : {}),
    });
    if (response.url && new URL(response.url).origin !== checked.url.origin)
      throw new FetchProblem(
        `${options.address ?? what} redirected to another site (${new URL(response.url).host}); it was not used.`,
      );
    if (response.status === 304 && options.etag) return { status: "not-modified" };
    if (!response.ok)
      throw new FetchProblem(
        `${server} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`,
      );
    const bytes = await readCapped(
      response,
      maxBytes,
      `${what} is larger than ${maxBytes / 1024 / 1024} MB; it was not loaded.`,
    );
    return {
      status: "ok",
      bytes,
      etag: response.headers.get("etag"),
      contentType: response.headers.get("content-type"),
    };
  } catch (error) {
    if (error instanceof FetchProblem) throw error;
    if (controller.signal.aborted) {
      const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`;
      throw new FetchProblem(`${server} did not answer within ${limit}.`);
    }
    throw new FetchProblem(explainFetchFailure(error, checked.url, options.origin, what));
  } finally {
    clearTimeout(timer);
  }
}
