import { refSuperseded } from "../../../src/core/rules/refSuperseded";
import { brief, datedRegistry, run } from "./support";

describe("ref-superseded", () => {
  it("accepts the latest revision, documents without revisions, and an annex of a document", () => {
    expect(run(refSuperseded, ["TD171R2, TD624-R2, TD270 and TD171 Annex B."])).toEqual([]);
  });

  it("warns on an older revision and offers to cite the latest", () => {
    const text = "The agenda is in TD171R1 (Rapporteur) and TD624-R1.";
    const findings = run(refSuperseded, [text]);
    expect(brief(findings)).toEqual(["ref-superseded warning TD171R1", "ref-superseded warning TD624-R1"]);
    expect(findings[0]!.fix).toEqual({
      label: "Cite TD171R2",
      operations: [
        { kind: "replaceText", paragraph: 0, expectedText: text, start: 23, length: 1, text: "2" },
      ],
    });
  });

  it("notes, as info, a bare number when revisions exist", () => {
    const findings = run(refSuperseded, ["The agenda is in TD171."]);
    expect(brief(findings)).toEqual(["ref-superseded info TD171"]);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it("dates the registry that says a newer revision exists, when it knows its date", () => {
    const [finding] = run(
      refSuperseded,
      ["The agenda is in TD171R1."],
      datedRegistry({ asOf: "2026-01-30" }),
    );
    expect(finding!.message).toBe("TD171R1 is cited; TD171R2 exists (registry of 2026-01-30).");
  });
});
