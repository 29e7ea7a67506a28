/**
 * The playground in Chromium: the real task pane beside the simulated Word document.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { screenshotPath } from "./support/browser";
import { pane, servePlayground } from "./support/playground";

const playground = servePlayground({
  "/test/registry-with-html.json": path.resolve(__dirname, "../fixtures/e2e/registry-with-html.json"),
});

/** The colour the Fluent provider paints the pane with, as "rgb(r, g, b)". */
async function paneBackground(page: Page): Promise<string> {
  return pane(page)
    .getByTestId("pane-root")
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

async function documentText(page: Page): Promise<string> {
  return page.locator("article").innerText();
}

async function openChecked(url = "/playground.html") {
  const watched = await playground.open(url);
  await pane(watched.page).getByTestId("registry-description").getByText("updated").waitFor();
  await pane(watched.page).getByRole("button", { name: "Check document" }).click();
  await pane(watched.page).getByRole("status").filter({ hasText: "error" }).waitFor();
  return watched;
}

describe("playground", () => {
  it("renders the task pane in the Office theme, without console errors or serious axe violations", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await page.getByRole("heading", { name: "TSAG Report Assistant" }).waitFor();
    await pane(page)
      .getByText(/^Sample registry \(invented documents, not real TSAG data\)/)
      .waitFor();
    expect(await paneBackground(page)).toBe(rgb(webLightTheme.colorNeutralBackground1));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("playground"), fullPage: false });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("uses the dark theme when Office's theme is dark", async () => {
    const { page, problems } = await playground.open("/playground.html?theme=dark");
    await page.getByRole("heading", { name: "TSAG Report Assistant" }).waitFor();
    expect(await paneBackground(page)).toBe(rgb(webDarkTheme.colorNeutralBackground1));
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: screenshotPath("playground-dark") });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("checks the references of the document against the registry and lists the findings by severity", async () => {
    const { page, problems } = await openChecked();
    const findings = pane(page);
    await findings.getByText("TD291 is not in the registry of TSAG (sample data) 2025-2028.").waitFor();
    await findings.getByText("TD171R1 is superseded by TD171R2.").waitFor();
    await findings
      .getByText('TD286 is attributed to "ITU-T SG11" here, but the registry gives "ITU-T SG13".')
      .waitFor();
    await findings
      .getByText("Q16/17 is introduced as a new Question; the registry does not list it yet.")
      .first()
      .waitFor();
    await findings.getByText('Action TSAG RG-WPR-n has the placeholder "n" instead of a number.').waitFor();
    expect(await findings.getByRole("heading", { name: /^Errors/ }).textContent()).toBe("Errors 2");
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: screenshotPath("playground-check") });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("selects the reference in the document when a finding is clicked, then applies its quick fix in 2 syncs", async () => {
    const { page, problems } = await openChecked();
    await pane(page).getByRole("button", { name: "TD171R1 is superseded by TD171R2." }).click();
    await expect(page.getByTestId("selection").textContent()).resolves.toBe("TD171R1");

    const before = await syncCount(page);
    await pane(page).getByRole("button", { name: "Cite TD171R2" }).click();
    await pane(page).getByText("Cite TD171R2: done (1 change).").waitFor();
    expect(await documentText(page)).toContain("document allocation in TD171R2 (Rapporteur).");
    // Apply: 2 syncs (verify, write); then the check runs again: 2 more (the sample has bookmarks).
    expect((await syncCount(page)) - before).toBe(4);
    await expect(pane(page).getByText("TD171R1 is superseded by TD171R2.").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("links every reference that has a registry address", async () => {
    const { page, problems } = await openChecked();
    await pane(page).getByRole("button", { name: "Link references" }).click();
    await pane(page)
      .getByText(/^Link references: done \(\d+ changes\)\.$/)
      .waitFor();
    const links = await page
      .locator("article [title^='https://www.itu.int/md/']")
      .evaluateAll((spans) => spans.map((span) => `${span.textContent} ${span.getAttribute("title")}`));
    expect(links).toEqual(
      expect.arrayContaining([
        "TD270 https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0270/en",
        "TD327 https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0327/en",
        // A revision goes to the revision's own page.
        "TD171R1 https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0171!R1/en",
        "TD286 https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0286/en",
        "177 https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0177/en",
      ]),
    );
    // Never the report's own number; never a list's plural word.
    expect(links.filter((link) => link.startsWith("TD172") || link.startsWith("TDs"))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows registry titles as text, never as markup", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await pane(page).getByTestId("registry-description").getByText("updated").waitFor();
    await pane(page)
      .getByLabel(/Registry address/)
      .fill(`${playground.url()}/test/registry-with-html.json`);
    await pane(page).getByRole("button", { name: "Use" }).click();
    await pane(page)
      .getByText(/TSAG \(hostile test data\)/)
      .waitFor();
    await pane(page).getByRole("button", { name: "Check document" }).click();
    await pane(page)
      .getByText('Registry: Reply LS <img src=x onerror="window.__injected=1"><b>bold</b> — ITU-T SG13')
      .waitFor();
    expect(await pane(page).locator("img, b").count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
    ).toBeUndefined();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("keeps the registry in use, says why, and does not remember an address that did not load", async () => {
    const { page, problems } = await playground.open("/playground.html");
    const description = pane(page).getByTestId("registry-description");
    await description.getByText("updated").waitFor();
    await pane(page)
      .getByLabel(/Registry address/)
      .fill("http://registry.example.org/tsag.json");
    await pane(page).getByRole("button", { name: "Use" }).click();
    await pane(page).getByText("Registry not changed").waitFor();
    await pane(page)
      .getByText(/must start with https:\/\/.*The registry in use stays\./)
      .waitFor();
    // The sample is still in use, and still called what it is.
    await description
      .getByText(
        /^Sample registry \(invented documents, not real TSAG data\) · TSAG \(sample data\) 2025-2028/,
      )
      .waitFor();

    // Next session: still the sample, not "no registry".
    await page.reload();
    await description.getByText(/^Sample registry \(invented documents, not real TSAG data\)/).waitFor();
    expect(await pane(page).getByText("No registry").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("navigates to a header field from the document overview", async () => {
    const { page, problems } = await openChecked();
    const title = "Draft report of TSAG RG-WPR meeting (Geneva, 26-30 January 2026)";
    await pane(page).getByRole("button", { name: title }).click();
    await expect(page.getByTestId("selection").textContent()).resolves.toBe(title);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("treats the document as read-only once Word refuses a write as such, until the user says Word is in Editing", async () => {
    const { page, problems } = await openChecked();
    await page.evaluate(() =>
      (
        window as unknown as { playground: { sim: { failSync(n: number, f: { code: string }): void } } }
      ).playground.sim.failSync(2, { code: "AccessDenied" }),
    );
    await pane(page)
      .getByRole("button", { name: /^Cite TD171R2/ })
      .click();
    await pane(page)
      .getByText(/^Word did not let the add-in change the document/)
      .waitFor();
    await pane(page).getByText("Read-only document").waitFor();
    expect(await pane(page).getByRole("button", { name: "Link references" }).isDisabled()).toBe(true);
    await pane(page).getByRole("button", { name: "Word is in Editing now" }).click();
    expect(await pane(page).getByText("Read-only document").count()).toBe(0);
    expect(await pane(page).getByRole("button", { name: "Link references" }).isDisabled()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a write failing with GeneralException does not make the document read-only", async () => {
    const { page, problems } = await openChecked();
    await page.evaluate(() =>
      (
        window as unknown as { playground: { sim: { failSync(n: number, f: { code: string }): void } } }
      ).playground.sim.failSync(2, { code: "GeneralException" }),
    );
    await pane(page)
      .getByRole("button", { name: /^Cite TD171R2/ })
      .click();
    await pane(page)
      .getByText(/^Word could not make the change/)
      .waitFor();
    expect(await pane(page).getByText("Read-only document").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("on WordApi 1.3 (volume-licensed Word 2019 and 2021) says that tracked changes cannot be read through Word", async () => {
    const { page, problems } = await playground.open("/playground.html?wordapi=1.3&nofile");
    await pane(page).getByText("Tracked changes", { exact: true }).waitFor();
    await pane(page).getByRole("button", { name: "Validate for posting" }).click();
    await pane(page)
      .getByText(/It cannot be sure of text deleted with tracked changes/)
      .waitFor();
    await pane(page)
      .getByText(/deleted text is checked too, as if it were still there/)
      .first()
      .waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("Validate says it read the saved file, or Word's paragraphs where the host refuses the file (11001)", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await pane(page).getByRole("button", { name: "Validate for posting" }).click();
    await expect(pane(page).getByTestId("reading-note").textContent()).resolves.toMatch(
      /^Read from the document as Word saves it/,
    );
    await page.context().close();
    const refused = await playground.open("/playground.html?filerefused");
    await pane(refused.page).getByRole("button", { name: "Validate for posting" }).click();
    await expect(pane(refused.page).getByTestId("reading-note").textContent()).resolves.toMatch(
      /^Read through Word's paragraphs: Word did not hand over the saved file \(error 11001/,
    );
    expect([...problems, ...refused.problems]).toEqual([]);
    await refused.page.context().close();
  });

  it("explains that Word is too old when WordApi 1.3 is missing, and offers no commands", async () => {
    const { page, problems } = await playground.open("/playground.html?wordapi=1.2");
    await pane(page).getByText("This version of Word is too old").waitFor();
    expect(await pane(page).getByRole("button", { name: "Check document" }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("checks a read-only document but offers no edit", async () => {
    const { page, problems } = await openChecked("/playground.html?readonly");
    await pane(page).getByText("Read-only document").waitFor();
    expect(await pane(page).getByRole("button", { name: "Cite TD171R2" }).isDisabled()).toBe(true);
    expect(await pane(page).getByRole("button", { name: "Link references" }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("task pane page", () => {
  it("shows a clear sentence when opened outside Word", async () => {
    // Office.js cannot load from Microsoft's CDN here; the page must still say what it is, not stay blank.
    const { page } = await playground.open("/taskpane.html");
    await expect(page.locator("#container").textContent()).resolves.toMatch(/runs inside Microsoft Word/);
    await page.context().close();
  });
});
