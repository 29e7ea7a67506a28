/**
 * Every command of the pane, in both themes, in the 340-px pane of the playground (in a short window): after each
 * one, its message is visible without scrolling (next to the control that caused it), the focus is not lost to
 * <body>, and axe finds no serious or critical violation. Switching areas clears the message.
 */
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { screenshotPath } from "./support/browser";
import { pane, servePlayground } from "./support/playground";

const playground = servePlayground();

/** The message at `place` is shown, and lies wholly inside the pane's visible area and the window. */
async function expectVisibleMessage(page: Page, place: string, text: RegExp): Promise<void> {
  const message = pane(page).getByTestId(`message-${place}`);
  await message.filter({ hasText: text }).waitFor();
  // The pane scrolls it into view on the frame after it appears.
  const inView = page.waitForFunction(
    (selector) => {
      const element = document.querySelector(selector);
      const container = document.querySelector("#taskpane");
      if (!element || !container) return false;
      const box = element.getBoundingClientRect();
      const view = container.getBoundingClientRect();
      return (
        box.top >= view.top - 0.5 &&
        box.bottom <= view.bottom + 0.5 &&
        box.top >= 0 &&
        box.bottom <= window.innerHeight + 0.5 &&
        box.right <= view.right + 0.5
      );
    },
    `[data-testid="message-${place}"]`,
    { timeout: 3_000 },
  );
  await inView.catch(async () => {
    const box = await message.boundingBox();
    const view = await page.locator("#taskpane").boundingBox();
    throw new Error(`The message at "${place}" is out of sight: ${JSON.stringify({ box, view })}`);
  });
}

async function expectFocusKept(page: Page): Promise<void> {
  const focused = await page.evaluate(() => (document.activeElement === document.body ? "body" : "element"));
  expect(focused).toBe("element");
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(await seriousViolations(page, "#taskpane")).toEqual([]);
}

/** After a command: its message in view, the focus somewhere, axe clean. */
async function after(page: Page, place: string, text: RegExp): Promise<void> {
  await expectVisibleMessage(page, place, text);
  await expectFocusKept(page);
  await expectAxeClean(page);
}

describe.each(["light", "dark"])("the pane's commands, %s theme", (theme) => {
  it("say their result where the eye is, keep the focus, and stay axe-clean", async () => {
    const { page, problems } = await playground.open(
      `/playground.html${theme === "dark" ? "?theme=dark" : ""}`,
      { viewport: { width: 1000, height: 700 } },
    );
    await page
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"], { origin: playground.url() });
    const registry = pane(page).getByTestId("registry-description");
    await registry.getByText("updated").waitFor();
    await expectAxeClean(page);

    // Check area.
    await pane(page).getByRole("button", { name: "Check document" }).click();
    await pane(page)
      .getByText(/^\d+ errors?, \d+ warnings?/)
      .waitFor();
    await expectFocusKept(page);
    await expectAxeClean(page);

    await pane(page)
      .getByLabel(/Registry address/)
      .fill("http://registry.example.org/tsag.json");
    await pane(page).getByRole("button", { name: "Use" }).click();
    await after(page, "registry", /Registry not changed/);

    await pane(page)
      .getByRole("button", { name: /^Cite TD171R2/ })
      .click();
    await after(page, "findings", /Cite TD171R2: done/);

    await pane(page).getByRole("button", { name: "Link references" }).click();
    await after(page, "check", /Link references: done/);

    await pane(page).getByRole("button", { name: "Validate for posting" }).click();
    await pane(page).getByTestId("verdict").waitFor();
    await expectAxeClean(page);
    await Promise.all([
      page.waitForEvent("download"),
      pane(page).getByRole("button", { name: "Export as HTML" }).click(),
    ]);
    await after(page, "export", /saved as "TSAG-TD172 posting check\.html"/);

    await pane(page)
      .getByRole("button", { name: /^Remove the highlight/ })
      .click();
    await pane(page).getByRole("button", { name: "Confirm" }).waitFor();
    await expectFocusKept(page);
    await pane(page).getByRole("button", { name: "Confirm" }).click();
    await after(page, "findings", /Remove the highlight: done/);

    // Actions area: the message of the area just left is gone.
    await pane(page).getByRole("tab", { name: "Actions" }).click();
    expect(await pane(page).locator("[data-testid^='message-']").count()).toBe(0);
    await pane(page).getByRole("button", { name: "Renumber actions" }).click();
    await after(page, "actions", /Renumber actions: done/);
    await pane(page).getByRole("button", { name: "Export for WP agenda" }).click();
    await after(page, "actions", /copied for the WP agenda/);

    // The case the first users met: the cursor in the summary, the message far below the top of the pane.
    await page.locator("article p", { hasText: /^RG-WPR is pleased to bring/ }).dispatchEvent("mousedown");
    await pane(page)
      .getByLabel(/^Text, after/)
      .fill("draft outgoing Liaison Statement on closure of the groups");
    await pane(page).getByRole("button", { name: "Insert action" }).click();
    await after(page, "insert", /The cursor is in the header or the Executive Summary/);
    await page.screenshot({ path: screenshotPath(`insert-message-${theme}`) });

    await page
      .locator("article p", { hasText: /^Action TSAG RG-WPR-2/ })
      .nth(1)
      .dispatchEvent("mousedown");
    await pane(page).getByRole("button", { name: "Insert action" }).click();
    await after(page, "insert", /Insert action RG-WPR-3: done/);

    // Summary area: Renumber and Insert kept the summary in step (the copy came with the inserted action), so the
    // preview has nothing to apply.
    await pane(page).getByRole("tab", { name: "Summary" }).click();
    await pane(page).getByRole("button", { name: "Preview summary" }).click();
    await pane(page).getByText("The Executive Summary is up to date.").first().waitFor();
    await expectAxeClean(page);
    expect(await pane(page).getByRole("button", { name: "Rebuild the Executive Summary" }).count()).toBe(0);

    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000); // some twenty commands, each checked by axe: over a minute on a loaded 2-core machine
});
