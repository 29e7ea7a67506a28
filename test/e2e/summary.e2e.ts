/** The Summary area in the playground: preview, apply, and "up to date" on the second build. */
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { screenshotPath } from "./support/browser";
import { pane, servePlayground, simulatedDocument } from "./support/playground";

const playground = servePlayground();

/** The paragraphs between "Executive Summary" and clause 1 of the simulated document. */
async function summaryTexts(page: Page): Promise<string[]> {
  const texts = await page.locator("article p").allInnerTexts();
  const start = texts.indexOf("Executive Summary");
  const end = texts.findIndex((t, i) => i > start && /^1\s+General/.test(t));
  return texts.slice(start + 1, end);
}

describe("Summary area", () => {
  it("previews the rebuild, applies it, then stays up to date when an action is inserted (its copy comes with it)", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await pane(page).getByTestId("registry-description").getByText("updated").waitFor();

    // The sample's approval action is still RG-WPR-n: the preview proposes its number, and nothing else.
    await pane(page).getByRole("tab", { name: "Summary" }).click();
    await pane(page).getByRole("button", { name: "Preview summary" }).click();
    const preview = pane(page).getByRole("list", { name: "Executive Summary preview" });
    await preview.waitFor();
    const pending = preview
      .getByRole("listitem")
      .filter({ hasText: /will change|will be added|no longer in the body/ });
    expect(await pending.count()).toBe(1);
    await expect(pending.innerText()).resolves.toContain("RG-WPR-3");
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: screenshotPath("summary-preview") });
    await pane(page).getByRole("button", { name: "Rebuild the Executive Summary" }).click();
    await pane(page).getByText("The Executive Summary is up to date.").waitFor();

    // Add an action in the body, after the body's action 2: Insert writes the summary's copy in the same batch.
    await pane(page).getByRole("tab", { name: "Actions" }).click();
    await pane(page).getByRole("button", { name: "Refresh" }).click();
    await page
      .locator("article p", { hasText: /^Action TSAG RG-WPR-2/ })
      .nth(1)
      .dispatchEvent("mousedown");
    await pane(page)
      .getByLabel(/^Text, after/)
      .fill("draft outgoing Liaison Statement on closure of Joint Correspondence Groups");
    await pane(page).getByRole("button", { name: "Insert action" }).click();
    await pane(page)
      .getByText(/^Insert action RG-WPR-3: done/)
      .waitFor();
    const summary = await summaryTexts(page);
    expect(summary.slice(-4)).toEqual([
      "Action TSAG RG-WPR-1\tWP2 is invited to adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270).",
      "Action TSAG RG-WPR-2\tWP2 is invited to approve draft outgoing Liaison Statement on adoption of revised Questions – TD327.",
      "Action TSAG RG-WPR-3\tWP2 is invited to approve draft outgoing Liaison Statement on closure of Joint Correspondence Groups.",
      "Action TSAG RG-WPR-4\tWP2 is invited to approve the RG-WPR meeting report – TD172.",
    ]);
    await pane(page).getByRole("tab", { name: "Summary" }).click();

    // A second build right away writes nothing.
    const before = await simulatedDocument(page);
    await pane(page).getByRole("button", { name: "Preview summary" }).click();
    await pane(page).getByText("The Executive Summary is up to date.").waitFor();
    expect(await pane(page).getByRole("button", { name: "Rebuild the Executive Summary" }).count()).toBe(0);
    const after = await simulatedDocument(page);
    expect(after).toEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
