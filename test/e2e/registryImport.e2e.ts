/**
 * Importing document lists in the task pane (playground, Chromium): by the file chooser and by drop; the report
 * is checked against the registry built from them, and still uses it after a reload (the report names it in its
 * settings, a few hundred bytes; the add-in keeps the data); on a computer without the data the pane says so and
 * offers to load it again; the sample's label is shown with the sample only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { seriousViolations } from "./support/axe";
import { pane, servePlayground } from "./support/playground";

const playground = servePlayground();
const IMPORTS = path.resolve(__dirname, "../fixtures/import");
const SAMPLE = /Sample registry \(invented documents, not real TSAG data\)/;

describe("importing document lists", () => {
  it("builds the registry from files chosen, checks against it, and keeps it with the report", async () => {
    const { page, problems } = await playground.open("/playground.html");
    const description = pane(page).getByTestId("registry-description");
    await description.getByText(SAMPLE).waitFor();

    await pane(page)
      .getByTestId("registry-import")
      .setInputFiles([path.join(IMPORTS, "T25-TSAG-260126-TD.xml"), path.join(IMPORTS, "documents.csv")]);
    await pane(page).getByText("Registry built from 2 files").waitFor();
    await pane(page)
      .getByText(/It is kept on this computer, and this report remembers it/)
      .waitFor();
    await description.getByText("Built from T25-TSAG-260126-TD.xml, documents.csv").waitFor();
    expect(await description.innerText()).not.toMatch(SAMPLE);
    expect(await seriousViolations(page)).toEqual([]);

    await pane(page).getByRole("button", { name: "Check document" }).click();
    await pane(page)
      .getByText("TD171R1 is cited; TD171R2 exists (registry of 2026-01-29).")
      .first()
      .waitFor();
    await pane(page)
      .getByText("TD291 is not in the registry of TSAG 2025-2028 (as of 2026-01-29).")
      .first()
      .waitFor();

    // Next time the report is opened, it comes with its registry; the report holds only its identity.
    await page.reload();
    await description.getByText("Built from T25-TSAG-260126-TD.xml, documents.csv").waitFor();
    expect(await description.innerText()).not.toMatch(SAMPLE);
    const settings = await page.evaluate(
      () => localStorage.getItem("tsag-playground:document-settings") ?? "",
    );
    expect(settings).toContain("T25-TSAG-260126-TD.xml");
    expect(settings.length).toBeLessThan(700);

    // On another computer (the add-in's storage without it), the pane says so and offers to load it again.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.includes("tsag-report-assistant:imported:")) localStorage.removeItem(key);
    });
    await page.reload();
    const missing = pane(page).getByTestId("registry-missing");
    await missing
      .getByText(/built from T25-TSAG-260126-TD\.xml, documents\.csv .* which is not on this computer/)
      .waitFor();
    await description.getByText(SAMPLE).waitFor();
    expect(await missing.getByRole("button", { name: "Load it again…" }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await pane(page)
      .getByTestId("registry-import")
      .setInputFiles([path.join(IMPORTS, "T25-TSAG-260126-TD.xml"), path.join(IMPORTS, "documents.csv")]);
    await description.getByText("Built from T25-TSAG-260126-TD.xml, documents.csv").waitFor();
    expect(await missing.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("builds it from a file dropped on the registry panel, and says what it could not read", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await pane(page).getByTestId("registry-description").getByText(SAMPLE).waitFor();
    // A CSV does not say whose documents it lists: the report read by the check does ("TSAG-TD172", its date).
    await pane(page).getByRole("button", { name: "Check document" }).click();
    await pane(page).getByRole("status").filter({ hasText: "error" }).waitFor();
    const csv = readFileSync(path.join(IMPORTS, "documents.csv"), "utf8");
    await pane(page)
      .getByRole("region", { name: "Registry" })
      .evaluate((panel, text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], "documents.csv", { type: "text/csv" }));
        transfer.items.add(new File(["just some notes"], "notes.txt", { type: "text/plain" }));
        panel.dispatchEvent(
          new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
        panel.dispatchEvent(
          new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }, csv);
    await pane(page).getByText("Registry built from 2 files").waitFor();
    await pane(page)
      .getByText(/notes\.txt is not a document list this add-in reads/)
      .waitFor();
    // What the list is, in words, and the row it could not read, named by its number and text.
    await pane(page)
      .getByText(
        'documents.csv (CSV list): 5 document entries, as of 2026-01-27; 1 row not read. Not read in documents.csv: row 7: "not a number" is not a TD, contribution or liaison number.',
        { exact: false },
      )
      .waitFor();
    await pane(page).getByTestId("registry-description").getByText("Built from documents.csv").waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("reads the open report's Annex A, and says so plainly when the report has none", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await pane(page).getByTestId("registry-description").getByText(SAMPLE).waitFor();
    await pane(page).getByRole("button", { name: "Build from this report's Annex A" }).click();
    await pane(page)
      .getByText("Check the document first: its Annex A is read from the last check.")
      .waitFor();
    await pane(page).getByRole("button", { name: "Check document" }).click();
    await pane(page).getByRole("status").filter({ hasText: "error" }).waitFor();
    await pane(page).getByRole("button", { name: "Build from this report's Annex A" }).click();
    await pane(page)
      .getByText(
        /No documentation or allocation table in the Annex A of TD172: .* The registry in use stays\./,
      )
      .waitFor();
    await pane(page).getByTestId("registry-description").getByText(SAMPLE).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
