/**
 * `npm run screenshot`: the picture at the top of README.md — the task pane beside the playground's sample
 * report, after "Validate for posting", the cursor in clause 4 — taken from the production build (dist/, built first by the npm script)
 * in the same browser the tests use (CHROMIUM_PATH, else an installed Chromium, Chrome or Edge). Writes
 * docs/images/pane.png; run it again whenever the pane changes.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const out = path.join(root, "docs", "images", "pane.png");
const { chromiumPath } = createRequire(import.meta.url)("./testTools.cjs");

if (!existsSync(path.join(dist, "playground.html"))) {
  console.error("dist/playground.html is missing: run `npm run build` first (`npm run screenshot` does).");
  process.exit(1);
}

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
};
const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  const file = path.join(dist, path.normalize(pathname));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1200, height: 820 } })).newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/playground.html`);
  const pane = page.locator("#taskpane");
  await pane.getByTestId("registry-description").getByText("updated").waitFor();
  await pane.getByRole("button", { name: "Validate for posting" }).click();
  await pane.getByTestId("verdict").waitFor();
  // The verdict at the top of the pane, and the first reference not in the registry selected in the document.
  await pane.getByTestId("verdict").evaluate((verdict) => verdict.scrollIntoView({ block: "start" }));
  await page.locator("article p", { hasText: /^RG-WPR noted TDs/ }).dispatchEvent("mousedown");
  // The document column scrolls smoothly to the cursor's paragraph: wait until it rests.
  await page.waitForTimeout(1000);
  // Animations (a message bar fading in) ended, so the picture shows the pane as the user sees it at rest.
  await page.evaluate("Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))");
  await page.screenshot({ path: out });
  console.log(`Wrote ${path.relative(root, out)}.`);
} finally {
  await browser.close();
  server.close();
}
