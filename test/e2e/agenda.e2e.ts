/**
 * The WP agenda area in the playground (Chromium, the real task pane): on an agenda document, "Add RG results from
 * reports…" inserts the section from three .docx reports after the cursor, "Check against reports…" finds nothing
 * in it, and a report that says something else gives a difference that a click selects in the document.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { toDocx } from "../../dev/fixtures/docxWriter";
import { seriousViolations } from "./support/axe";
import { screenshotPath } from "./support/browser";
import { pane, servePlayground } from "./support/playground";

const playground = servePlayground();
const FIXTURES = path.resolve(__dirname, "../fixtures/agenda");
const OUT = path.resolve("test-results");

const AGENDA = [
  "TSAG-TD100",
  "Title:\tAgenda for the closing plenary of Working Party 2/TSAG",
  "Abstract:\tThis TD contains the agenda for the closing plenary of the Working Party 2/TSAG.",
  "Agenda for the closing plenary of Working Party 2/TSAG",
  "1\tOpening of the meeting",
  "2\tApproval of the agenda",
  "3\tReview of the Results of Rapporteur Group meetings",
  "4\tAny other business",
];

async function docx(name: string, lines: readonly string[]): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  writeFileSync(file, await toDocx(lines.map((text) => ({ text }))));
  return file;
}

const reportLines = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8").trimEnd().split("\n");

async function paragraphs(page: Page): Promise<string[]> {
  return (await page.locator("article p").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
}

describe("WP agenda area", () => {
  it("adds the RG results from three reports at the cursor, and checks the agenda against them", async () => {
    const agenda = await docx("wp2-agenda.docx", AGENDA);
    const reports = await Promise.all(
      ["rg-wpr", "rg-dt", "rg-iem"].map((group) => docx(`${group}.docx`, reportLines(`${group}-report.txt`))),
    );
    const { page, problems } = await playground.open("/playground.html");
    await page.getByTestId("open-docx").setInputFiles(agenda);
    await page.getByText(/^wp2-agenda\.docx: \d+ paragraphs\./).waitFor();

    await pane(page).getByRole("tab", { name: "Agenda" }).click();
    await pane(page).getByRole("button", { name: "Read agenda" }).click();
    await pane(page).getByText("This document is a closing-plenary agenda of WP2.").waitFor();
    expect(await pane(page).getByLabel("Working Party").inputValue()).toBe("WP2");

    // Word's cursor in clause 3: the results go after it.
    await page.locator("article p", { hasText: /Review of the Results/ }).dispatchEvent("mousedown");
    await pane(page).getByTestId("agenda-add-reports").setInputFiles(reports);
    await pane(page).getByText("Results of 3 Rapporteur Groups added").waitFor();

    const texts = await paragraphs(page);
    const from = texts.findIndex((text) => /Review of the Results/.test(text));
    const to = texts.findIndex((text) => /Any other business/.test(text));
    const section = texts.slice(from + 1, to);
    const expected = readFileSync(path.join(FIXTURES, "wp2-agenda-built.txt"), "utf8")
      .trimEnd()
      .split("\n")
      .map((line) => line.replace(/^· /, "").replace(/\s+/g, " "));
    // The fixture's WP numbers start at 4; this agenda has no WP item before the cursor, so they start at 1.
    expect(section).toEqual(
      expected.map((line) => line.replace(/^WP2-(\d)/, (_, n) => `WP2-${Number(n) - 3}`)),
    );
    await page.screenshot({ path: screenshotPath("agenda-added") });

    await pane(page).getByTestId("agenda-check-reports").setInputFiles(reports);
    await pane(page).getByText("The agenda says what the reports say.").waitFor();

    // A report that now cites another TD: one difference, and a click selects it in the document.
    const changed = await docx(
      "rg-iem-changed.docx",
      reportLines("rg-iem-report.txt").map((line) => line.replace("TD671", "TD673")),
    );
    await pane(page).getByTestId("agenda-check-reports").setInputFiles([reports[0]!, reports[1]!, changed]);
    await pane(page).getByText("1 difference with the reports, listed below.").waitFor();
    await pane(page)
      .getByRole("button", { name: /^RG-IEM-1 gives TD671 where the report says TD673/ })
      .click();
    await page
      .locator("article p", { hasText: /^RG-IEM-1:/ })
      .getByTestId("selection")
      .waitFor();
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: screenshotPath("agenda-differences") });

    // Adding again, with a report addressed to WP1: one group is added, and the pane says the agenda already had
    // that group's clause and which report was left out.
    const wp1 = await docx(
      "rg-sc-wp1.docx",
      readFileSync(path.resolve(__dirname, "../fixtures/conventions/rg-sc-report-text-export.txt"), "utf8")
        .trimEnd()
        .split("\n"),
    );
    await page.locator("article p", { hasText: /Review of the Results/ }).dispatchEvent("mousedown");
    await pane(page).getByTestId("agenda-add-reports").setInputFiles([reports[0]!, wp1]);
    await pane(page).getByText("Results of 1 Rapporteur Group added").waitFor();
    await pane(page)
      .getByText(/addressed to WP1, not WP2/)
      .waitFor();
    await pane(page)
      .getByText(/The agenda already had a clause for RG-WPR/)
      .waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
