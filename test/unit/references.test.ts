/** Exact positions of references. Robustness on any input: test/unit/reliability/parser.test.ts. */
import { findReferences } from "../../src/core";

const spans = (text: string) => findReferences(text).map((r) => text.slice(r.start, r.start + r.length));

describe("reference positions", () => {
  it.each([
    ["The meeting adopted the agenda in TD171R1 (Rapporteur).", ["TD171R1"]],
    ["RG-WPR noted TDs 177, 240 and 291 (IoT security).", ["TDs 177", "240", "291"]],
    ["Approve TD624-R2 and TD171 Rev.1.", ["TD624-R2", "TD171 Rev.1"]],
    ["TSAG-TD104R1 and TSAG-LS10", ["TSAG-TD104R1", "TSAG-LS10"]],
    [
      "Qs 7/17 and 10/17; Questions Q7/17 and Q16/17; Question 16/17.",
      ["Qs 7/17", "10/17", "Q7/17", "Q16/17", "Question 16/17"],
    ],
    ["WTSA-24 Action 9 and Resolution 2", ["WTSA-24 Action 9", "Resolution 2"]],
    ["RG-WPR terms of reference can be found in TD171 Annex B.", ["TD171"]],
    // Glued cells: the reference's span is its own characters, not its neighbours'.
    ["NetworkSG11-TD513/GENSG11-TD395-R1/GEN", ["SG11-TD513/GEN", "SG11-TD395-R1/GEN"]],
    ["E.80512/12 TD891R2NewStrategies", ["TD891R2"]],
    ["| Q2/121 | ReportQ4/5 |", ["Q2/12", "Q4/5"]],
    ["COM 15 – LS 197 – E", ["COM 15 – LS 197 – E"]],
    ["Q16 and 17/16 of SG16; SG15 Q9", ["Q16", "17/16", "Q9"]],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it("gives the revision digits for the 'cite the latest revision' fix, and the annex", () => {
    const [r1, r2, annex] = findReferences("TD171R1, TD624-R12 and TD171 Annex B");
    expect(r1).toMatchObject({
      id: "TD171",
      revision: 1,
      revisionDigits: { start: 6, length: 1 },
      annex: null,
    });
    expect(r2).toMatchObject({ id: "TD624", revision: 12, revisionDigits: { start: 16, length: 2 } });
    expect(annex).toMatchObject({ id: "TD171", revision: null, annex: "B" });
  });

  it("keeps the revision digits' place in any spelling of the mark", () => {
    const [reference] = findReferences("See TD655rev12.");
    expect(reference).toMatchObject({ id: "TD655", revision: 12, revisionDigits: { start: 12, length: 2 } });
  });

  it("names the group of an older symbol as the registry does", () => {
    expect(findReferences("COM15-LS204-E")).toMatchObject([{ kind: "LS", id: "SG15-LS204", group: "SG15" }]);
  });

  it("reads a zero-padded number as the registry's id", () => {
    expect(findReferences("TD016 and C03")).toMatchObject([{ id: "TD16" }, { id: "C3" }]);
  });

  it("gives each attribution's exact place", () => {
    const text = "TD286 (ITU-T SG11) was noted.";
    const [reference] = findReferences(text);
    expect(reference!.attribution).toEqual({ text: "ITU-T SG11", start: 7, length: 10 });
  });

  it("parses a very long list in one pass", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `TD${i + 1}`).join(", ");
    const references = findReferences(text);
    expect(references).toHaveLength(5000);
    expect(references[4999]!.id).toBe("TD5000");
  });
});
