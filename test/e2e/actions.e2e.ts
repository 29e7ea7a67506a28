/** The Actions area in the playground: list, insert with renumbering in body and summary, export. */
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { screenshotPath } from "./support/browser";
import { pane, servePlayground } from "./support/playground";

const playground = servePlayground();

async function actionLabels(page: Page): Promise<string[]> {
  const texts = await page.locator("article p").allInnerTexts();
  return texts.flatMap((t) => /^Action TSAG (RG-WPR-\w+)/.exec(t)?.[1] ?? []);
}

async function openActions() {
  const watched = await playground.open("/playground.html");
  await pane(watched.page).getByTestId("registry-description").getByText("updated").waitFor();
  await pane(watched.page).getByRole("tab", { name: "Actions" }).click();
  await pane(watched.page).getByRole("button", { name: "Read actions" }).click();
  await pane(watched.page).getByRole("list", { name: "Actions" }).waitFor();
  return watched;
}

describe("Actions area", () => {
  it("lists every action with its problems, the report's group and its working party", async () => {
    const { page, problems } = await openActions();
    const items = await pane(page)
      .getByRole("list", { name: "Actions" })
      .getByRole("listitem")
      .allInnerTexts();
    expect(items.map((t) => t.split(" · ")[0])).toEqual([
      "RG-WPR-1",
      "RG-WPR-2",
      "RG-WPR-n",
      "RG-WPR-1",
      "RG-WPR-2",
    ]);
    expect(items[2]).toContain("1 problem");
    expect(await pane(page).getByLabel("Report's group").inputValue()).toBe("RG-WPR");
    expect(await pane(page).getByLabel("Reports to").inputValue()).toBe("WP2");
    expect(await seriousViolations(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: screenshotPath("actions") });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("inserts an action between actions 1 and 2: numbered 2 with its summary copy, the old 2..N become 3..N+1 in body and summary", async () => {
    const { page, problems } = await openActions();
    expect(await actionLabels(page)).toEqual(["RG-WPR-1", "RG-WPR-2", "RG-WPR-n", "RG-WPR-1", "RG-WPR-2"]);
    // Put Word's cursor in the body's action 1 (the second "RG-WPR-1" of the document).
    await page
      .locator("article p", { hasText: /^Action TSAG RG-WPR-1/ })
      .nth(1)
      .dispatchEvent("mousedown");

    await pane(page)
      .getByLabel(/^Text, after/)
      .fill("draft outgoing Liaison Statement on closure of Joint Correspondence Groups");
    await pane(page).getByLabel("Documents cited").pressSequentially("TD328");
    // Fluent renders the options in a portal outside the pane; in a multiselect they are menuitemcheckboxes.
    await page.getByRole("menuitemcheckbox", { name: /^TD328 — / }).click();
    await page.keyboard.press("Escape"); // a multiselect list stays open until dismissed
    await pane(page).getByRole("button", { name: "Insert action" }).click();
    await pane(page)
      .getByText(/^Insert action RG-WPR-2: done \(\d+ changes\)\.$/)
      .waitFor();

    // Every copy numbered consecutively: the summary got the new action's copy in the same batch.
    expect(await actionLabels(page)).toEqual([
      "RG-WPR-1",
      "RG-WPR-2",
      "RG-WPR-3",
      "RG-WPR-4",
      "RG-WPR-1",
      "RG-WPR-2",
      "RG-WPR-3",
    ]);
    const inserted = page.locator("article p", { hasText: /^Action TSAG RG-WPR-2/ });
    expect(await inserted.allInnerTexts()).toEqual(
      Array(2).fill(
        "Action TSAG RG-WPR-2\tWP2 is invited to approve draft outgoing Liaison Statement on closure of Joint Correspondence Groups – TD328.",
      ),
    );
    expect(await inserted.last().getAttribute("data-style")).toBe("ITU Action");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("renumbers placeholders and exports the actions for the WP agenda, to the clipboard", async () => {
    const { page, problems } = await openActions();
    await page
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"], { origin: playground.url() });
    await pane(page).getByRole("button", { name: "Renumber actions" }).click();
    await pane(page).getByText("Renumber actions: done (1 change).").waitFor();
    expect(await actionLabels(page)).toEqual(["RG-WPR-1", "RG-WPR-2", "RG-WPR-3", "RG-WPR-1", "RG-WPR-2"]);

    await pane(page).getByRole("button", { name: "Export for WP agenda" }).click();
    await pane(page)
      .getByText(/^3 items copied for the WP agenda, as text and as a table/)
      .waitFor();
    const expected = [
      "WP2-X: Approve the RG-WPR meeting report – TD172.",
      "RG-WPR-1: Adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270).",
      "RG-WPR-2: Approve draft outgoing Liaison Statement on adoption of revised Questions – TD327.",
    ].join("\n");
    expect(await pane(page).getByTestId("agenda-export").inputValue()).toBe(expected);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("takes one tab stop per field of the insert form: no stop on a combobox's chevron", async () => {
    const { page, problems } = await openActions();
    const focusedLabel = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const id = element?.getAttribute("aria-labelledby")?.split(" ")[0] ?? element?.id;
        const label = id ? document.querySelector(`label[for="${element?.id}"], #${id}`) : null;
        return `${element?.tagName}:${label?.textContent ?? element?.getAttribute("aria-label") ?? ""}`;
      });
    await pane(page)
      .getByLabel(/^Text, after/)
      .fill("draft outgoing Liaison Statement"); // enables Insert
    await pane(page).getByRole("combobox", { name: "Verb" }).focus();
    await page.keyboard.press("Tab");
    expect(await focusedLabel()).toMatch(/^TEXTAREA:Text, after/);
    await page.keyboard.press("Tab");
    expect(await focusedLabel()).toMatch(/^INPUT:Documents cited/);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Insert action");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
