/** Serves dist/ over plain http on 127.0.0.1 (a random free port) for the end-to-end tests. */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** `extra` maps URL paths to files outside `root` (test registries, for instance). */
export async function serveDirectory(
  root: string,
  extra: Record<string, string> = {},
): Promise<StaticServer> {
  if (!existsSync(path.join(root, "playground.html"))) {
    throw new Error(`${root}/playground.html is missing: run "npm run build" before the end-to-end tests.`);
  }
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = extra[pathname] ?? path.join(root, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (
      !(file === extra[pathname] || file.startsWith(root)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      response.writeHead(404).end("Not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
