/**
 * A registry published for the meeting week (docs/publishing-a-registry.md): the pane shows when it was built and
 * looks again after the refresh interval the registry states, keeping the copy in use when a look fails.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pane, servePlayground } from "./support/playground";

const file = path.join(mkdtempSync(path.join(os.tmpdir(), "tsag-live-")), "registry.json");

function publish(documents: number): void {
  writeFileSync(
    file,
    JSON.stringify({
      format: "tsag-registry",
      version: 3,
      body: "SG12",
      studyPeriod: "2025-2028",
      updated: "2025-09-10T00:00:00Z",
      built: "2025-09-10T08:00:00Z",
      refreshMinutes: 30,
      documents: Array.from({ length: documents }, (_, k) => ({
        id: `TD${k + 1}`,
        title: `Document ${k + 1}`,
        source: "Rapporteur Q5/12",
        revisions: [],
        revisionsKnown: "none",
      })),
      questions: [],
      groups: [],
    }),
  );
}

publish(1);
const playground = servePlayground({ "/live/registry.json": file });

describe("a registry published for the meeting week", () => {
  it("says when it was built, and is fetched again after the interval it states", async () => {
    const { page, problems } = await playground.open("/playground.html");
    await page.clock.install({ time: new Date("2025-09-10T09:00:00Z") });
    const description = pane(page).getByTestId("registry-description");
    await description.getByText("updated").waitFor();
    await pane(page)
      .getByLabel(/Registry address/)
      .fill(`${playground.url()}/live/registry.json`);
    await pane(page).getByRole("button", { name: "Use" }).click();
    await description.getByText(/SG12 2025-2028 · .* · 1 document, 0 Questions · built 1 hour ago/).waitFor();
    expect(await description.innerText()).toMatch(/every 30 minutes/);

    publish(3);
    await page.clock.fastForward("29:00");
    expect(await description.innerText()).toMatch(/1 document,/);
    await page.clock.fastForward("02:00");
    await description.getByText(/3 documents, 0 Questions/).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
