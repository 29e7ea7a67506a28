import { analyseReport } from "../../../src/core";
import { annexDocList } from "../../../src/core/rules/annexDocList";
import { readDocx } from "../../../src/readers/docx";
import { seedLikeReport, toDocx } from "../../../dev/fixtures/docxWriter";

async function findings(annexRows?: string[][]) {
  const snapshot = await readDocx(await toDocx(seedLikeReport(annexRows ? { annexRows } : {})));
  return annexDocList.check(snapshot, analyseReport(snapshot, { registry: null })).map((f) => f.message);
}

describe("annex-doc-list", () => {
  it("accepts a list consistent with the body; a parenthesised entry need not be cited", async () => {
    expect(await findings()).toEqual([
      // The body cites TD140R1 (the liaison), which the list of this fixture leaves out.
      "TD140 is cited in the body but missing from the annex's list of documents.",
    ]);
  });

  it("finds a planted uncited document and a planted unlisted one", async () => {
    const rows = [
      ["1.", "Admin", "TD103", "Rapporteur, RG-IES", "Draft agenda"],
      ["1.", "Admin", "(TD111)", "Rapporteur, RG-IEM", "Progress reports"],
      ["2.", "Report", "TD104", "Rapporteur, RG-IES", "Report"],
      ["3.", "Information", "TD140", "Rapporteurs", "LS"],
      ["4.", "Information", "TD999", "TSB", "Never mentioned in the body"],
      ["5.", "Information", "TD998", "TSB", "not introduced"],
    ];
    expect(await findings(rows)).toEqual([
      "TD999 is in the annex's list of documents but the body never cites it.",
      "C14 is cited in the body but missing from the annex's list of documents.",
    ]);
  });

  it("says nothing without an annex list", async () => {
    const snapshot = await readDocx(await toDocx(seedLikeReport().slice(0, -2)));
    expect(annexDocList.check(snapshot, analyseReport(snapshot, { registry: null }))).toEqual([]);
  });
});
