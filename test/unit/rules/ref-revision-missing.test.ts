import { refRevisionMissing } from "../../../src/core/rules/refRevisionMissing";
import { brief, run } from "./support";

describe("ref-revision-missing", () => {
  it("accepts revisions that exist, and bare numbers", () => {
    expect(run(refRevisionMissing, ["TD171R1, TD171 Rev.2, TD624-R2 and TD171."])).toEqual([]);
  });

  it("reports a revision that was never posted, naming the ones that exist", () => {
    const findings = run(refRevisionMissing, ["See TD171R3 and TD16R1."]);
    expect(brief(findings)).toEqual([
      "ref-revision-missing error TD171R3",
      "ref-revision-missing error TD16R1",
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "TD171R3 does not exist: it has R1, R2.",
      "TD16R1 does not exist: it has no revisions.",
    ]);
  });
});
