/**
 * `npm start` exactly as README.md gives it: the development server (development build, dev certificates),
 * its playground answering "Check document", the task pane page outside Word, the one-line message when the port
 * is taken, and `npm stop`. The other end-to-end files serve the production build; this one is what a new
 * developer meets first.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { get } from "node:https";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPage, screenshotPath } from "./support/browser";
import { pane } from "./support/playground";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

jest.setTimeout(240_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, "localhost", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** GET over https (any certificate) until the dev server answers, i.e. webpack's first compilation is done. */
async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output()}`);
    const status = await new Promise<number>((resolve) => {
      get(url, { rejectUnauthorized: false, timeout: 5_000 }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }).on("error", () => resolve(0));
    });
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`The dev server did not answer ${url} in time:\n${output()}`);
}

/**
 * Office.js comes from Microsoft's CDN, which this machine cannot reach; the same files from the
 * @microsoft/office-js package are served in its place, so the page runs Microsoft's real script.
 */
async function serveOfficeJsLocally(page: Page): Promise<void> {
  await page.route(`${OFFICE_CDN}**`, (route) => {
    const file = path.join(
      OFFICE_JS_DIST,
      new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length),
    );
    if (file.startsWith(OFFICE_JS_DIST) && existsSync(file)) return route.fulfill({ path: file });
    return route.fulfill({ status: 404, body: "" });
  });
}

describe("npm start", () => {
  let port: number;
  let server: ChildProcess;
  let output = "";
  let browser: Browser;

  beforeAll(async () => {
    port = await freePort();
    server = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, PORT: String(port) } });
    server.stdout!.on("data", (chunk) => (output += chunk));
    server.stderr!.on("data", (chunk) => (output += chunk));
    await waitForServer(`https://localhost:${port}/playground.html`, server, () => output);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server.exitCode === null) {
      spawnSync("npm", ["stop"], { cwd: ROOT });
      server.kill();
    }
  });

  it("prints where the playground is", () => {
    expect(output).toContain(
      `Playground (simulated Word document + the real task pane): https://localhost:${port}/playground.html`,
    );
  });

  it("serves a playground whose pane answers Check document, without console errors or CSP violations", async () => {
    const { page, problems } = await openPage(browser, `https://localhost:${port}/playground.html`, {
      ignoreHTTPSErrors: true,
    });
    await pane(page).getByRole("button", { name: "Check document" }).click();
    await pane(page)
      .getByRole("status")
      .filter({ hasText: /\d+ errors?/ })
      .first()
      .waitFor();
    await page.screenshot({ path: screenshotPath("npm-start-playground") });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("serves a task pane page that says, outside Word, where it runs", async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await serveOfficeJsLocally(page);
    await page.goto(`https://localhost:${port}/taskpane.html`);
    await page.locator("#container", { hasText: /runs inside Microsoft Word/ }).waitFor();
    expect(problems.filter((p) => /Content Security Policy|unsafe-eval/.test(p))).toEqual([]);
    await context.close();
  });

  it("says in one line that the port is taken when a second npm start runs", () => {
    const second = spawnSync("npm", ["start"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain(`Port ${port} is already in use`);
    expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(second.stdout).not.toContain("is served at");
  });

  it("stops with npm stop", async () => {
    const stopped = spawnSync("npm", ["stop"], { cwd: ROOT, encoding: "utf8" });
    expect(stopped.stdout).toMatch(/Dev server \(pid \d+\) stopped\./);
    await new Promise<void>((resolve) =>
      server.exitCode !== null ? resolve() : server.once("exit", () => resolve()),
    );
    expect(server.exitCode).not.toBeNull();
  });
});
