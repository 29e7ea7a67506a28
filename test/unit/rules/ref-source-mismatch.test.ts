import { refSourceMismatch } from "../../../src/core/rules/refSourceMismatch";
import { brief, run } from "./support";

describe("ref-source-mismatch", () => {
  it("accepts sources written in any of their usual forms", () => {
    expect(
      run(refSourceMismatch, [
        "TD199 (Chair, ITU-T SG2), TD177 (SG17), TD213 (ISO/IEC JTC4) and C28 (Korea (Rep. of)).",
        "TD219 from FG-AINN; TD293 and TD295, both from SG17; TD171R1 (Rapporteur).",
        "The meeting considered liaison statements from SG17 (TD270) and SG20 (TD222).",
      ]),
    ).toEqual([]);
  });

  it("warns when the text names another source than the registry", () => {
    const findings = run(refSourceMismatch, ["TD286 (ITU-T SG11) and TDs 217 (SG2), 253 (SG13) were noted."]);
    expect(brief(findings)).toEqual(["ref-source-mismatch warning TD286", "ref-source-mismatch warning 253"]);
    expect(findings[0]!.message).toBe(
      'TD286 is attributed to "ITU-T SG11" here, but the registry gives "ITU-T SG13".',
    );
  });
});
