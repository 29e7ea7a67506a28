import { refUnknown } from "../../../src/core/rules/refUnknown";
import { brief, run } from "./support";

describe("ref-unknown", () => {
  it("accepts documents in the registry, whatever their form", () => {
    expect(run(refUnknown, ["TD270, TD016, TSAG-TD104R1, C28 and TSAG-LS10 were noted."])).toEqual([]);
  });

  it("reports TDs, contributions and liaisons the registry does not have", () => {
    const findings = run(refUnknown, ["TDs 177 and 999, C99 and TSAG-LS99 were noted."]);
    expect(brief(findings)).toEqual([
      "ref-unknown error 999",
      "ref-unknown error C99",
      "ref-unknown error TSAG-LS99",
    ]);
    expect(findings[0]!.message).toBe("TD999 is not in the registry of TSAG 2025-2028.");
  });

  it("does not judge Questions, WTSA-24 Actions or Resolutions, and is silent without a registry", () => {
    expect(run(refUnknown, ["Q99/17, WTSA-24 Action 99 and Resolution 999."])).toEqual([]);
    expect(run(refUnknown, ["TD999"], null)).toEqual([]);
  });
});
