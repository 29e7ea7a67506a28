/**
 * The registry loader against a real HTTP server on 127.0.0.1: every bad answer gives one clear sentence and
 * the last good registry is kept.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { loadRegistry, type RegistryCacheEntry, type RegistryStore } from "../../src/registryIO";
import { FIXTURES } from "./support/fixtures";

const GOOD = readFileSync(path.join(FIXTURES, "registry.json"), "utf8");
const ETAG = '"v1"';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const routes: Record<string, Handler> = {
  "/good": (request, response) => {
    if (request.headers["if-none-match"] === ETAG) return void response.writeHead(304).end();
    response.writeHead(200, { "Content-Type": "application/json", ETag: ETAG }).end(GOOD);
  },
  "/missing": (_, response) => void response.writeHead(404, "Not Found").end("no"),
  "/broken": (_, response) => void response.writeHead(500, "Internal Server Error").end("oops"),
  "/slow": (_, response) => void setTimeout(() => response.writeHead(200).end(GOOD), 1500),
  "/not-json": (_, response) => void response.writeHead(200).end("{ documents: [ }"),
  "/html": (_, response) =>
    void response.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><h1>Sign in</h1>"),
  "/invalid": (_, response) =>
    void response.writeHead(200).end(JSON.stringify({ ...JSON.parse(GOOD), version: 7 })),
  "/empty": (_, response) => void response.writeHead(200).end(""),
  "/wrong-format": (_, response) =>
    void response.writeHead(200).end(JSON.stringify({ ...JSON.parse(GOOD), format: "csv" })),
  "/missing-id": (_, response) => {
    const registry = JSON.parse(GOOD);
    delete registry.documents[3].id;
    response.writeHead(200).end(JSON.stringify(registry));
  },
  "/duplicate-id": (_, response) => {
    const registry = JSON.parse(GOOD);
    registry.documents.push(registry.documents[0]);
    response.writeHead(200).end(JSON.stringify(registry));
  },
  "/wrong-types": (_, response) => {
    const registry = JSON.parse(GOOD);
    registry.documents[0].revisions = "1, 2";
    response.writeHead(200).end(JSON.stringify(registry));
  },
  "/huge-string": (_, response) => {
    const registry = JSON.parse(GOOD);
    registry.documents[0].title = "x".repeat(5_000);
    response.writeHead(200).end(JSON.stringify(registry));
  },
  "/huge-declared": (_, response) =>
    void response.writeHead(200, { "Content-Length": String(50_000) }).end("x".repeat(50_000)),
  "/huge-streamed": (_, response) => {
    response.writeHead(200); // no Content-Length: the loader must count as it reads
    for (let i = 0; i < 50; i++) response.write("x".repeat(1000));
    response.end();
  },
  "/elsewhere": (_, response) =>
    void response.writeHead(302, { Location: `http://localhost:${port}/good` }).end(),
};

let server: Server;
let port = 0;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) =>
    (routes[request.url ?? ""] ?? routes["/missing"]!)(request, response),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function memoryStore(
  initial: RegistryCacheEntry | null = null,
): RegistryStore & { entry: RegistryCacheEntry | null } {
  const store = {
    entry: initial,
    read: async () => store.entry,
    write: async (entry: RegistryCacheEntry) => void (store.entry = entry),
  };
  return store;
}

const options = { timeoutMs: 500, maxBytes: 20_000 };

describe("loadRegistry over HTTP", () => {
  it("200: validates, indexes and caches with the ETag", async () => {
    const store = memoryStore();
    const load = await loadRegistry(`${base}/good`, { ...options, store });
    expect(load).toMatchObject({ origin: "network", problem: null });
    expect(load.index?.document("TD171")?.revisions).toEqual([1, 2]);
    expect(store.entry).toMatchObject({ url: `${base}/good`, etag: ETAG });
  });

  it("304: revalidates the cached copy with If-None-Match", async () => {
    const store = memoryStore();
    await loadRegistry(`${base}/good`, { ...options, store });
    const load = await loadRegistry(`${base}/good`, { ...options, store });
    expect(load).toMatchObject({ origin: "revalidated", problem: null });
    expect(load.index?.document("TD270")).toBeDefined();
  });

  it.each([
    ["/missing", /^The registry server answered 404 Not Found\.$/],
    ["/broken", /^The registry server answered 500 Internal Server Error\.$/],
    ["/slow", /^The registry server did not answer within 500 ms\.$/],
    ["/not-json", /^The registry is not valid JSON\.$/],
    ["/html", /^The registry address returned a web page, not a registry \(JSON\)\.$/],
    [
      "/invalid",
      /^The registry is not valid: The registry's "version" is 7; this add-in reads versions 1 to 3\.$/,
    ],
    ["/empty", /^The registry is empty\.$/],
    ["/huge-declared", /^The registry is larger than .* MB; it was not loaded\.$/],
    ["/huge-streamed", /^The registry is larger than .* MB; it was not loaded\.$/],
    ["/elsewhere", /^The registry address redirected to another site \(localhost:\d+\); it was not used\.$/],
    ["/wrong-format", /^The registry is not valid: The registry's "format" must be "tsag-registry"\.$/],
    ["/missing-id", /^The registry is not valid: documents\[3\]\.id must be a string\.$/],
    ["/duplicate-id", /^The registry is not valid: documents\[\d+\]\.id "TD16" appears twice\.$/],
    ["/wrong-types", /^The registry is not valid: documents\[0\]\.revisions must be a list\.$/],
    ["/huge-string", /^The registry is not valid: documents\[0\]\.title is longer than 2000 characters\.$/],
  ])("%s: one sentence, and the last good registry is kept", async (route, message) => {
    const store = memoryStore();
    await loadRegistry(`${base}/good`, { ...options, store }); // the last good copy, for the same URL below
    store.entry = { ...store.entry!, url: `${base}${route}`, etag: null };
    const load = await loadRegistry(`${base}${route}`, { ...options, store });
    expect(load.problem).toMatch(message);
    expect(load.origin).toBe("cache");
    expect(load.index?.registry.documents.length).toBe(JSON.parse(GOOD).documents.length);
    expect(store.entry.url).toBe(`${base}${route}`); // not replaced
  });

  it("refuses a body over 20 MB with the default limit, as it streams", async () => {
    routes["/twenty-one-mb"] = (_, response) => {
      response.writeHead(200);
      const chunk = "x".repeat(1024 * 1024);
      for (let i = 0; i < 21; i++) response.write(chunk);
      response.end();
    };
    const load = await loadRegistry(`${base}/twenty-one-mb`, { timeoutMs: 10_000 });
    expect(load.problem).toBe("The registry is larger than 20 MB; it was not loaded.");
  });

  it("refuses plain http to any host but localhost, without fetching", async () => {
    let fetched = false;
    const load = await loadRegistry("http://registry.example.org/tsag.json", {
      ...options,
      fetchImpl: (async () => {
        fetched = true;
        throw new Error("must not fetch");
      }) as typeof fetch,
    });
    expect(load).toMatchObject({ origin: "none", index: null });
    expect(load.problem).toBe(
      "The registry address must start with https:// (http:// is accepted only for localhost).",
    );
    expect(fetched).toBe(false);
  });

  it("names network, certificate and CORS, with the header to send, when a browser says only 'Failed to fetch'", async () => {
    const load = await loadRegistry("https://registry.example.org/tsag.json", {
      ...options,
      baseUrl: "https://localhost:3000/taskpane.html",
      fetchImpl: (async () => {
        throw new TypeError("Failed to fetch");
      }) as typeof fetch,
    });
    expect(load.problem).toBe(
      "The registry could not be fetched from registry.example.org. The browser does not say why; it is one of three: " +
        "the network cannot reach registry.example.org; its certificate is not trusted; or the server does not allow " +
        'this add-in to read it — it must answer with the header "Access-Control-Allow-Origin: https://localhost:3000" ' +
        '(or "*"). Open the address in a browser tab: if the registry shows there, ask its host to send that header.',
    );
  });

  it("says the certificate is not trusted when Node says so", async () => {
    const load = await loadRegistry("https://registry.example.org/tsag.json", {
      ...options,
      fetchImpl: (async () => {
        throw new TypeError("fetch failed", { cause: { code: "SELF_SIGNED_CERT_IN_CHAIN" } });
      }) as typeof fetch,
    });
    expect(load.problem).toMatch(
      /^The registry could not be fetched: the certificate of registry\.example\.org is not trusted \(SELF_SIGNED_CERT_IN_CHAIN\)\./,
    );
  });

  it("says so when the server cannot be reached and nothing is cached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const load = await loadRegistry(`http://127.0.0.1:${port}/registry.json`, options);
    expect(load.origin).toBe("none");
    expect(load.problem).toBe(
      `The registry could not be fetched: 127.0.0.1:${port} could not be reached (ECONNREFUSED). Check the address and the network connection (a proxy or VPN may be needed), then try again.`,
    );
  });

  it("in the pane, leaves revalidation to the browser's cache: no If-None-Match of its own (no CORS preflight)", async () => {
    const seen: RequestInit[] = [];
    const spy = (async (url: string | URL | Request, init?: RequestInit) => {
      seen.push(init ?? {});
      return fetch(url, init);
    }) as typeof fetch;
    const store = memoryStore({ url: `${base}/good`, registry: JSON.parse(GOOD), etag: ETAG, fetchedAt: "" });
    const browser = await loadRegistry(`${base}/good`, {
      ...options,
      store,
      fetchImpl: spy,
      revalidate: "browser",
    });
    expect(browser.origin).toBe("network");
    expect(seen[0]).toMatchObject({ cache: "no-cache" });
    expect(new Headers(seen[0]!.headers).has("If-None-Match")).toBe(false);
    const cli = await loadRegistry(`${base}/good`, { ...options, store, fetchImpl: spy });
    expect(cli.origin).toBe("revalidated");
    expect(new Headers(seen[1]!.headers).get("If-None-Match")).toBe(ETAG);
  });
});
