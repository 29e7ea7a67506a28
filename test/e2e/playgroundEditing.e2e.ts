/**
 * The playground as a person without Word uses it: edit the simulated document, open a .docx of their own, and
 * rebuild an Executive Summary from nothing ("delete the summary, Preview, Apply, Preview").
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { seedLikeReport, toDocx } from "../../dev/fixtures/docxWriter";
import { screenshotPath } from "./support/browser";
import { pane, servePlayground, simulatedDocument } from "./support/playground";

const playground = servePlayground();

const paragraph = (page: Page, text: RegExp | string) => page.locator("article p", { hasText: text }).first();

async function ready(page: Page) {
  await pane(page).getByTestId("registry-description").getByText("updated").waitFor();
}

describe("editing the simulated document", () => {
  it("changes a paragraph's text, adds and deletes paragraphs, and the pane checks what was typed", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await ready(page);
    const target = paragraph(page, /^This TD contains the report of the TSAG Rapporteur Group/);
    await target.dblclick();
    const editor = page.getByLabel(/^Text of the paragraph/);
    await editor.press("Control+End");
    await editor.pressSequentially(" RG-WPR also noted TD999.");
    await editor.press("Enter");
    await paragraph(page, /RG-WPR also noted TD999\.$/).waitFor();

    await page.getByRole("button", { name: "New paragraph after" }).click();
    await page.getByLabel(/^Text of the paragraph/).fill("A paragraph typed in the playground.");
    await page.getByLabel(/^Text of the paragraph/).press("Enter");
    await paragraph(page, "A paragraph typed in the playground.").waitFor();
    await page.getByRole("button", { name: "Delete paragraph" }).click();
    expect(await paragraph(page, "A paragraph typed in the playground.").count()).toBe(0);

    await pane(page).getByRole("button", { name: "Check document" }).click();
    await pane(page)
      .getByRole("button", { name: /^TD999 is not in the registry/ })
      .waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("opens a .docx of one's own into the simulated document, and checks it", async () => {
    mkdirSync("test-results", { recursive: true });
    const file = path.resolve("test-results", "my-report.docx");
    writeFileSync(file, await toDocx(seedLikeReport()));
    const { page, problems } = await playground.open("/playground.html");
    await ready(page);
    await page.getByTestId("open-docx").setInputFiles(file);
    await page.getByText(/^my-report\.docx: \d+ paragraphs\./).waitFor();
    expect(await page.locator("article").innerText()).not.toContain("Ana Example"); // the sample is gone
    await pane(page).getByRole("button", { name: "Check document" }).click();
    await pane(page)
      .getByText(/^\d+ errors?, \d+ warnings?, \d+ for information$/)
      .waitFor();
    await page.screenshot({ path: screenshotPath("playground-own-docx") });

    // A file that is not a .docx: one sentence, and the document stays.
    const bad = path.resolve("test-results", "not-a-report.docx");
    writeFileSync(bad, "plain text, not a zip package");
    await page.getByTestId("open-docx").setInputFiles(bad);
    await page.getByText(/^not-a-report\.docx could not be opened: .*not a valid zip package/).waitFor();

    // A plain-text export opens too, through the same reader as tsag-check's.
    const text = path.resolve("test-results", "my-report.txt");
    writeFileSync(text, "1\tOpening\nThe meeting noted TD 12.\n2\tClosing\n");
    await page.getByTestId("open-docx").setInputFiles(text);
    await page.getByText(/^my-report\.txt: 3 paragraphs\./).waitFor();
    expect(await page.locator("article").innerText()).toContain("The meeting noted TD 12.");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("an Executive Summary built from nothing", () => {
  it("delete the summary, Preview, Apply, Preview: up to date, each paragraph in its proper style", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await ready(page);
    // Delete the summary the way a user would: from its title up to clause 1, paragraph by paragraph.
    await paragraph(page, /^Executive Summary$/).dispatchEvent("mousedown");
    for (let i = 0; i < 20; i++) {
      const cursorText = await page.locator("article p[data-cursor]").innerText();
      if (/^1\s+General/.test(cursorText)) break;
      await page.getByRole("button", { name: "Delete paragraph" }).click();
    }
    expect(await paragraph(page, /^Executive Summary$/).count()).toBe(0);

    await pane(page).getByRole("tab", { name: "Summary" }).click();
    await pane(page).getByRole("button", { name: "Preview summary" }).click();
    // It says where the summary will go, in the document's own words.
    await pane(page)
      .getByText('The report has no Executive Summary: it will be created before "1 General", title first.')
      .waitFor();
    await pane(page).getByRole("button", { name: "Build the Executive Summary" }).click();
    await pane(page)
      .getByText(/^Build the Executive Summary: done/)
      .waitFor();
    await pane(page).getByText("The Executive Summary is up to date.").first().waitFor();

    // The summary, between the header and clause 1, each paragraph styled for its kind.
    const rows = await page
      .locator("article p")
      .evaluateAll((ps) =>
        ps.map((p): [string, string] => [p.textContent ?? "", p.getAttribute("data-style") ?? ""]),
      );
    const title = rows.findIndex(([text]) => text === "Executive Summary");
    const clause = rows.findIndex(([text]) => /^1\s+General/.test(text));
    const summary = rows.slice(title, clause);
    expect(summary[0]).toEqual(["Executive Summary", "Heading 1"]);
    for (const [text, style] of summary.slice(1)) {
      if (text.startsWith("Action TSAG")) expect(style).toBe("ITU Action");
      else expect(style).toBe("Normal");
    }
    expect(summary.map(([text]) => text.split("\t")[0])).toEqual([
      "Executive Summary",
      expect.stringMatching(/was chaired by the Rapporteur/),
      expect.stringMatching(/^Meeting sessions were held/),
      "RG-WPR is pleased to bring the following actions to the attention of WP2:",
      "Action TSAG RG-WPR-1",
      "Action TSAG RG-WPR-2",
      "Action TSAG RG-WPR-3",
    ]);

    // A second preview: up to date, nothing to apply, nothing written.
    const before = await simulatedDocument(page);
    await pane(page).getByRole("button", { name: "Preview summary" }).click();
    await pane(page).getByText("The Executive Summary is up to date.").first().waitFor();
    expect(await pane(page).getByRole("button", { name: "Build the Executive Summary" }).count()).toBe(0);
    expect(await simulatedDocument(page)).toEqual(before);
    await page.screenshot({ path: screenshotPath("summary-from-nothing") });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
