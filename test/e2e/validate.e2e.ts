/** "Validate for posting" in the playground: verdict, navigation, a confirmed quick fix, the HTML export. */
import path from "node:path";
import { seriousViolations } from "./support/axe";
import { screenshotPath } from "./support/browser";
import { pane, servePlayground } from "./support/playground";

const playground = servePlayground();
const HIGHLIGHTED = "Text highlighted in yellow to be completed after the second session.";

async function validated() {
  const watched = await playground.open("/playground.html");
  await pane(watched.page).getByTestId("registry-description").getByText("updated").waitFor();
  await pane(watched.page).getByRole("button", { name: "Validate for posting" }).click();
  await pane(watched.page).getByTestId("verdict").waitFor();
  return watched;
}

describe("Validate for posting", () => {
  it("gives the verdict first, then the findings of every rule", async () => {
    const { page, problems } = await validated();
    expect(
      await pane(page)
        .getByTestId("verdict")
        .getByText(/blocking error/)
        .textContent(),
    ).toBe("3 blocking errors, 4 warnings");
    await pane(page).getByText('Placeholder left: "to be completed".').waitFor();
    await pane(page).getByText(`Highlighted text remains: "${HIGHLIGHTED}".`).waitFor();
    await pane(page).getByText('Clause "5 Interim activities" has no text.').waitFor();
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: screenshotPath("validate") });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("navigates to a highlight and removes it only after confirmation", async () => {
    const { page, problems } = await validated();
    await pane(page)
      .getByRole("button", { name: `Highlighted text remains: "${HIGHLIGHTED}".` })
      .click();
    await expect(page.getByTestId("selection").textContent()).resolves.toBe(HIGHLIGHTED);

    await pane(page).getByRole("button", { name: "Remove the highlight" }).click();
    await pane(page).getByText("Remove the highlight from this text? The text itself stays.").waitFor();
    expect(await page.locator("article mark").count()).toBe(1); // nothing written before the user confirms
    await pane(page).getByRole("button", { name: "Confirm" }).click();
    await pane(page).getByText("Remove the highlight: done (1 change).").waitFor();
    expect(await page.locator("article mark").count()).toBe(0);
    expect(await page.locator("article").innerText()).toContain(HIGHLIGHTED);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("exports the check as an HTML report that opens in Chromium", async () => {
    const { page, problems } = await validated();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane(page).getByRole("button", { name: "Export as HTML" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("TSAG-TD172 posting check.html");
    const saved = path.resolve("test-results", "TSAG-TD172 posting check.html");
    await download.saveAs(saved);

    const report = await page.context().newPage();
    await report.goto(`file://${saved}`);
    expect(await report.locator(".verdict").textContent()).toBe(
      "3 blocking errors, 4 warnings — against invented sample data",
    );
    expect(await report.locator("h2").first().textContent()).toBe(
      "TSAG-TD172: Draft report of TSAG RG-WPR meeting (Geneva, 26-30 January 2026)",
    );
    expect(await report.locator("dl").textContent()).toMatch(
      /Checked againstthe bundled sample registry \(invented documents, not real TSAG data\) as of 30 Jan 2026/,
    );
    // Grouped as in the pane: severities, then what is wrong, each finding with its clause.
    expect(await report.locator("h3").allTextContents()).toEqual([
      "Errors (3)",
      "Warnings (4)",
      "Information (2)",
    ]);
    expect(await report.locator("tbody tr").count()).toBeGreaterThan(5);
    await report.screenshot({ path: screenshotPath("posting-check-report") });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
