/**
 * What every end-to-end file needs: dist/ served on 127.0.0.1 (with optional extra files), Debian's Chromium,
 * and the task pane of the playground page. Registers its own beforeAll/afterAll.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPage, type OpenOptions, type WatchedPage } from "./browser";
import { serveDirectory, type StaticServer } from "./staticServer";

export interface Playground {
  /** Opens a page of dist/ ("/playground.html?theme=dark"), watching console errors and CSP violations. */
  open(pathAndQuery?: string, options?: OpenOptions): Promise<WatchedPage>;
  url(): string;
}

export function servePlayground(extra: Record<string, string> = {}): Playground {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDirectory(path.resolve(__dirname, "../../../dist"), extra);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open: (pathAndQuery = "/playground.html", options?: OpenOptions) =>
      openPage(browser, `${server.url}${pathAndQuery}`, options),
    url: () => server.url,
  };
}

/** The task pane's part of the playground page. */
export const pane = (page: Page) => page.locator("#taskpane");

/** The simulated document behind the page, as specs (to compare before and after a command). */
export function simulatedDocument(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    (window as unknown as { playground: { sim: { dump(): unknown } } }).playground.sim.dump(),
  );
}
