/**
 * An installed Chromium, Chrome or Edge (CHROMIUM_PATH, else the platform's usual places: scripts/testTools.cjs),
 * driven by playwright-core (test tools cannot download browsers here).
 * Every page records console errors, page errors and CSP violations; tests assert there are none.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumPath } from "../../../scripts/testTools.cjs";

export const CHROMIUM_PATH = chromiumPath();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
}

export interface OpenOptions {
  /** The dev server's certificate is self-signed or from office-addin-dev-certs, trusted by nobody here. */
  ignoreHTTPSErrors?: boolean;
  viewport?: { width: number; height: number };
}

export async function openPage(
  browser: Browser,
  url: string,
  options: OpenOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, problems };
}

export function screenshotPath(name: string): string {
  mkdirSync("test-results", { recursive: true });
  return `test-results/${name}.png`;
}
