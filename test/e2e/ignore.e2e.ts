/**
 * "Ignore in this document…" in the playground, by keyboard: the reason asked in a dialog, the finding under
 * "Ignored (N)" with its reason and date, the decision kept in the document's custom XML part across a reload,
 * back among the findings when its words change, "Restore"; what the pane says where Word cannot keep it; and a
 * .docx holding the documented part, opened in the playground, read the same way.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { withCustomXmlPart } from "../../dev/fixtures/customXmlPart";
import { seedLikeReport, toDocx } from "../../dev/fixtures/docxWriter";
import { seriousViolations } from "./support/axe";
import { screenshotPath } from "./support/browser";
import { pane, servePlayground } from "./support/playground";

const playground = servePlayground();
const NAMESPACE = "urn:tsag-report-assistant:ignored-findings:1";
const TD291 = "TD291 is not in the registry of TSAG (sample data) 2025-2028.";
const REASON = "SG17 sent it after the deadline; the registry lists it next week.";
const TODAY = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });

async function validate(page: Page) {
  await pane(page).getByTestId("registry-description").getByText("updated").waitFor();
  await pane(page).getByRole("button", { name: "Validate for posting" }).click();
  await pane(page).getByTestId("verdict").waitFor();
}

const verdictOf = async (page: Page) =>
  pane(page).getByTestId("verdict").locator(".fui-MessageBarTitle").textContent();

/** The finding's own list item among the findings still to look at (not the Ignored group). */
const findingItem = (page: Page, message: string) =>
  pane(page).locator("section[aria-label='Errors'] li", { hasText: message });

async function ignoreByKeyboard(page: Page, message: string, reason: string) {
  const button = findingItem(page, message).getByRole("button", { name: "Ignore in this document…" });
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Ignore in this document" });
  await dialog.waitFor();
  await page.keyboard.type(reason); // the reason field has the focus
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "detached" });
}

describe("setting a finding aside", () => {
  it("asks the reason, lists it under Ignored, keeps it through a reload, and brings it back when its words change", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await validate(page);
    expect(await verdictOf(page)).toBe("3 blocking errors, 4 warnings");

    // The dialog: the focus in the reason, an empty reason refused with one sentence, Escape cancels.
    await findingItem(page, TD291).getByRole("button", { name: "Ignore in this document…" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Ignore in this document" });
    await dialog.getByText(TD291).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await page.keyboard.press("Enter");
    await dialog.getByText("Write a short reason: the secretariat reads it with the report.").waitFor();
    expect(await seriousViolations(page, "[role=dialog]")).toEqual([]);
    await page.screenshot({ path: screenshotPath("ignore-dialog") });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await findingItem(page, TD291).count()).toBe(1);

    await ignoreByKeyboard(page, TD291, REASON);
    const message = pane(page).getByTestId("message-findings");
    await message.getByText(/^Ignored in this document: "TD291 is not in the registry/).waitFor();
    expect(await message.evaluate((slot) => slot === document.activeElement)).toBe(true);
    expect(await verdictOf(page)).toBe("2 blocking errors, 4 warnings — 1 finding ignored by the author");
    const ignored = pane(page).getByTestId("ignored");
    await ignored.getByRole("heading", { name: "Ignored (1)" }).waitFor();
    await ignored.getByText(`Reason: ${REASON}`).waitFor();
    await ignored.getByText(`(ignored on ${TODAY})`).waitFor();
    expect(await findingItem(page, TD291).count()).toBe(0);
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);

    // Reloading the document: the decision comes back from its custom XML part.
    const stored = await page.evaluate(() => localStorage.getItem("tsag-playground:custom-xml-parts"));
    expect(stored).toContain(NAMESPACE);
    expect(stored).toContain(REASON);
    await page.reload();
    await validate(page);
    expect(await verdictOf(page)).toBe("2 blocking errors, 4 warnings — 1 finding ignored by the author");
    await pane(page).getByTestId("ignored").getByText(`Reason: ${REASON}`).waitFor();
    await page.screenshot({ path: screenshotPath("ignored-after-reload") });

    // Changing the words around the finding brings it back, and the lapsed decision is named.
    await page.locator("article p", { hasText: "RG-WPR noted TDs 177, 240 and 291" }).dblclick();
    const editor = page.getByLabel(/^Text of the paragraph/);
    await editor.fill("RG-WPR noted TDs 177, 240 and 291 (IoT trust), and TD293 and TD295, both from SG17.");
    await editor.press("Enter");
    await pane(page).getByRole("button", { name: "Validate for posting" }).click();
    await findingItem(page, TD291).waitFor();
    expect(await verdictOf(page)).toBe("3 blocking errors, 4 warnings");
    await pane(page)
      .getByTestId("ignored")
      .getByText(/^1 earlier decision no longer matches the document/)
      .waitFor();
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("restores a finding, and removes the part once no decision is left; the dialog is themed in dark mode", async () => {
    const { page, problems } = await playground.open("/playground.html?theme=dark");
    await validate(page);
    await findingItem(page, TD291).getByRole("button", { name: "Ignore in this document…" }).click();
    expect(await seriousViolations(page, "[role=dialog]")).toEqual([]);
    await page.keyboard.type(REASON);
    await page.getByRole("dialog").getByRole("button", { name: "Ignore", exact: true }).click();
    await pane(page).getByTestId("ignored").getByRole("button", { name: "Restore" }).click();
    await pane(page).getByText(`Restored: "${TD291}" is among the findings again.`).waitFor();
    await findingItem(page, TD291).waitFor();
    expect(await pane(page).getByTestId("ignored").count()).toBe(0);
    expect(await verdictOf(page)).toBe("3 blocking errors, 4 warnings");
    expect(await page.evaluate(() => localStorage.getItem("tsag-playground:custom-xml-parts"))).toBe("[]");
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ["/playground.html?wordapi=1.3", "needs Word API 1.4"],
    ["/playground.html?readonly", "The document is read-only: findings cannot be set aside"],
  ])("says why a finding cannot be set aside (%s)", async (address, why) => {
    const { page, problems } = await playground.open(address);
    await validate(page);
    const note = pane(page).locator("#set-aside-unavailable");
    expect(await note.textContent()).toContain(why);
    const button = findingItem(page, TD291).getByRole("button", { name: "Ignore in this document…" });
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    expect(await button.getAttribute("aria-describedby")).toContain("set-aside-unavailable");
    await button.click({ force: true });
    expect(await page.getByRole("dialog").count()).toBe(0);
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("reads the decision of a .docx saved with the documented part, as tsag-check does", async () => {
    mkdirSync("test-results", { recursive: true });
    const file = path.resolve("test-results", "report-with-ignored.docx");
    const blocks = seedLikeReport();
    const at = blocks.findIndex((b) => "text" in b && b.text.startsWith("3\t"));
    blocks.splice(at, 0, { text: "RG-IES noted TD999 from SG17, sent after the deadline." });
    const part = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ignoredFindings xmlns="${NAMESPACE}">
  <decision rule="ref-unknown" date="2026-12-07">
    <words>TD999</words>
    <sentence>RG-IES noted TD999 from SG17, sent after the deadline.</sentence>
    <reason>${REASON}</reason>
  </decision>
</ignoredFindings>`;
    writeFileSync(file, await withCustomXmlPart(await toDocx(blocks), part, { namespace: NAMESPACE }));
    const { page, problems } = await playground.open("/playground.html");
    await pane(page).getByTestId("registry-description").getByText("updated").waitFor();
    await page.getByTestId("open-docx").setInputFiles(file);
    await page.getByText(/^report-with-ignored\.docx: \d+ paragraphs\./).waitFor();
    await validate(page);
    const ignored = pane(page).getByTestId("ignored");
    await ignored.getByRole("heading", { name: "Ignored (1)" }).waitFor();
    await ignored.getByText(/^TD999 is not in the registry/).waitFor();
    await ignored.getByText(`Reason: ${REASON}`).waitFor();
    await ignored.getByText("(ignored on 7 Dec 2026)").waitFor();
    expect(await verdictOf(page)).toMatch(/— 1 finding ignored by the author$/);

    // The pane's JSON export and tsag-check's, on the same file and registry: the same ignored finding and reason.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane(page).getByRole("button", { name: "Export as JSON" }).click(),
    ]);
    const saved = path.resolve("test-results", "report-with-ignored.pane.json");
    await download.saveAs(saved);
    const root = path.resolve(__dirname, "../..");
    const cli = spawnSync(
      process.execPath,
      [
        path.join(root, "bin/tsag-check.js"),
        "--registry",
        path.join(root, "assets/sample-registry.json"),
        "--format",
        "json",
        file,
      ],
      { encoding: "utf8" },
    );
    const ignoredOf = (json: string) =>
      (JSON.parse(json) as { files: { ignored: Record<string, unknown>[] }[] }).files[0]!.ignored.map(
        ({ rule, paragraph, excerpt, message, reason, date }) => ({
          rule,
          paragraph,
          excerpt,
          message,
          reason,
          date,
        }),
      );
    expect(ignoredOf(readFileSync(saved, "utf8"))).toEqual(ignoredOf(cli.stdout));
    expect(ignoredOf(cli.stdout)).toEqual([
      expect.objectContaining({ excerpt: "TD999", reason: REASON, date: "2026-12-07" }),
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
