/**
 * The playground in Chromium: the real task pane beside the simulated Word document.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { launchChromium, openPage, screenshotPath } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/staticServer";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(path.resolve(__dirname, "../../dist"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = (page: Page) => page.locator("#taskpane");

/** The colour the Fluent provider paints the pane with, as "rgb(r, g, b)". */
async function paneBackground(page: Page): Promise<string> {
  return pane(page)
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function syncCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { playground: { sim: { syncCount: number } } }).playground.sim.syncCount,
  );
}

describe("playground", () => {
  it("renders the task pane in the Office theme, without console errors or serious axe violations", async () => {
    const { page, problems } = await openPage(browser, `${server.url}/playground.html`);
    await page.getByRole("heading", { name: "TSAG Report Assistant" }).waitFor();
    await page.getByRole("tab", { name: "Check" }).waitFor();
    expect(await paneBackground(page)).toBe(rgb(webLightTheme.colorNeutralBackground1));

    expect(await seriousViolations(page)).toEqual([]);

    await page.screenshot({ path: screenshotPath("playground"), fullPage: false });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("uses the dark theme when Office's theme is dark", async () => {
    const { page, problems } = await openPage(browser, `${server.url}/playground.html?theme=dark`);
    await page.getByRole("heading", { name: "TSAG Report Assistant" }).waitFor();
    expect(await paneBackground(page)).toBe(rgb(webDarkTheme.colorNeutralBackground1));
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: screenshotPath("playground-dark") });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("reads the simulated document in one round trip and navigates to a header field", async () => {
    const { page, problems } = await openPage(browser, `${server.url}/playground.html`);
    await pane(page).getByRole("button", { name: "Read document" }).click();
    const overview = pane(page).getByRole("list", { name: "Document overview" }).or(pane(page).locator("dl"));
    await overview.getByText("TSAG-TD172").waitFor();
    // The sample has bookmarks (the template's dnum, dsource, …), so reading their positions costs a second sync.
    expect(await syncCount(page)).toBe(2);

    const title = "Draft report of TSAG RG-WPR meeting (Geneva, 26-30 January 2026)";
    await pane(page).getByRole("button", { name: title }).click();
    await expect(page.getByTestId("selection").textContent()).resolves.toBe(title);
    expect(await syncCount(page)).toBe(4);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("explains that Word is too old when WordApi 1.3 is missing, and disables the commands", async () => {
    const { page, problems } = await openPage(browser, `${server.url}/playground.html?wordapi=1.2`);
    await pane(page).getByText("This version of Word is too old").waitFor();
    expect(await pane(page).getByRole("button", { name: "Read document" }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("says when the document is read-only", async () => {
    const { page, problems } = await openPage(browser, `${server.url}/playground.html?readonly`);
    await pane(page).getByText("Read-only document").waitFor();
    await pane(page).getByRole("button", { name: "Read document" }).click();
    await pane(page).getByText("Read-only", { exact: true }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("task pane page", () => {
  it("shows a clear sentence when opened outside Word", async () => {
    // Office.js cannot load from Microsoft's CDN here; the page must still say what it is, not stay blank.
    const { page } = await openPage(browser, `${server.url}/taskpane.html`);
    await expect(page.locator("#container").textContent()).resolves.toMatch(/runs inside Microsoft Word/);
    await page.context().close();
  });
});
