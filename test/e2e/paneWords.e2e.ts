/**
 * The pane speaks the rapporteur's language (issue 22): registry problems in words, a fetch failure that names
 * network, certificate and CORS with the header to send, one verdict line, controls that say why they are
 * unavailable, and a simulated document that keyboard users can put the cursor in.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { pane, servePlayground } from "./support/playground";
import { serveDirectory, type StaticServer } from "./support/staticServer";

const playground = servePlayground();
const SAMPLE_LABEL = /^Sample registry \(invented documents, not real TSAG data\)/;

/** A second site serving a registry without Access-Control-Allow-Origin (our static server sends none). */
let otherSite: StaticServer;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "other-site-"));
  writeFileSync(path.join(dir, "playground.html"), "<!doctype html><title>another site</title>");
  writeFileSync(
    path.join(dir, "registry.json"),
    readFileSync(path.resolve(__dirname, "../../assets/sample-registry.json")),
  );
  otherSite = await serveDirectory(dir);
});
afterAll(() => otherSite?.close());

async function opened() {
  const watched = await playground.open("/playground.html");
  await pane(watched.page).getByTestId("registry-description").getByText("updated").waitFor();
  return watched;
}

async function useAddress(page: Page, address: string) {
  await pane(page)
    .getByLabel(/Registry address/)
    .fill(address);
  await pane(page).getByRole("button", { name: "Use" }).click();
}

describe("the pane's words", () => {
  it("keeps the sample's label from its own address, and replaces a success by our sentence for a bad address", async () => {
    const { page, problems } = await opened();
    const description = pane(page).getByTestId("registry-description");
    await useAddress(page, `${playground.url()}/assets/sample-registry.json`);
    await pane(page)
      .getByText(/^Using the bundled sample registry: its documents are invented, not real TSAG data\./)
      .waitFor();
    await description.getByText(SAMPLE_LABEL).waitFor();

    await useAddress(page, "registry of the meeting");
    await pane(page)
      .getByText(
        '"registry of the meeting" is not a web address: enter the registry\'s full address, starting with https://. The registry in use stays.',
      )
      .waitFor();
    // The earlier success is gone, and the browser's own "Please enter a URL." never shows.
    expect(
      await pane(page)
        .getByText(/Using the bundled sample|Registry loaded/)
        .count(),
    ).toBe(0);
    expect(
      await pane(page)
        .getByLabel(/Registry address/)
        .evaluate((input: HTMLInputElement) => input.validationMessage),
    ).toBe("");
    await description.getByText(SAMPLE_LABEL).waitFor();
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("explains a registry the server does not let the add-in read, with the header the host must send", async () => {
    const { page, problems } = await opened();
    await useAddress(page, `${otherSite.url}/registry.json`);
    await pane(page)
      .getByText(
        `or the server does not allow this add-in to read it — it must answer with the header "Access-Control-Allow-Origin: ${playground.url()}" (or "*").`,
        { exact: false },
      )
      .waitFor();
    // Chromium reports the blocked request itself; that is the only console error.
    expect(problems.filter((problem) => !/CORS policy|net::ERR_FAILED/.test(problem))).toEqual([]);
    await page.context().close();
  });

  it("gives one verdict line after Validate for posting", async () => {
    const { page, problems } = await opened();
    await pane(page).getByRole("button", { name: "Validate for posting" }).click();
    await pane(page).getByTestId("verdict").waitFor();
    expect(
      await pane(page)
        .getByText(/\d+ errors?, \d+ warnings?/)
        .count(),
    ).toBe(0);
    expect(
      await pane(page)
        .getByText(/blocking error/)
        .count(),
    ).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("says why Link references and Insert action are unavailable, on keyboard focus", async () => {
    const { page, problems } = await opened();
    // By keyboard: Tab from the button before it (a tooltip shows on keyboard focus; it is portalled to <body>).
    await pane(page).getByRole("button", { name: "Validate for posting" }).focus();
    await page.keyboard.press("Tab");
    await page
      .getByRole("tooltip")
      .getByText("Check the document first: the references it finds are the ones linked.")
      .waitFor();
    await pane(page).getByRole("tab", { name: "Actions" }).click();
    await pane(page).getByRole("button", { name: "Read actions" }).click();
    await pane(page)
      .getByRole("combobox", { name: /Documents cited/ })
      .focus();
    await page.keyboard.press("Tab");
    await page
      .getByRole("tooltip")
      .getByText("Type the action's text first: the button inserts it after the cursor.")
      .waitFor();
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("lets keyboard users put the cursor in the document, and says when it has not been put anywhere", async () => {
    const { page, problems } = await opened();
    await pane(page).getByRole("tab", { name: "Actions" }).click();
    await pane(page).getByRole("button", { name: "Read actions" }).click();
    await pane(page)
      .getByLabel(/^Text, after/)
      .fill("draft outgoing Liaison Statement on closure of Joint Correspondence Groups");
    await pane(page).getByRole("button", { name: "Insert action" }).click();
    await pane(page)
      .getByText(/The cursor is still at the start of the document, where Word puts it on opening/)
      .waitFor();

    // The document is one Tab stop; the arrow keys move between paragraphs; Enter puts the cursor there.
    const first = page.locator("article p").first();
    await first.focus();
    const actionTwo = page.locator("article p", { hasText: /^Action TSAG RG-WPR-2/ }).nth(1);
    const target = Number(await actionTwo.getAttribute("data-paragraph"));
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-paragraph"))).toBe(
      String(target),
    );
    await page.keyboard.press("Enter");
    await page.locator("article p[data-cursor]", { hasText: /^Action TSAG RG-WPR-2/ }).waitFor();
    expect(await page.locator("article p[tabindex='0']").count()).toBe(1);
    await pane(page).getByRole("button", { name: "Insert action" }).click();
    await pane(page)
      .getByText(/^Insert action RG-WPR-3: done/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
