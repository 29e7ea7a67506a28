import { refWithdrawn } from "../../../src/core/rules/refWithdrawn";
import { brief, run } from "./support";

describe("ref-withdrawn", () => {
  it("accepts posted and reserved documents", () => {
    expect(run(refWithdrawn, ["TD177 and TD172 (the report)."])).toEqual([]);
  });

  it("warns on a withdrawn document, with its registry title", () => {
    const findings = run(refWithdrawn, ["RG-WPR noted TDs 177, 240 and 291."]);
    expect(brief(findings)).toEqual(["ref-withdrawn warning 291"]);
    expect(findings[0]!.registryEntry).toEqual({ title: "LS on IoT security", source: "ITU-T SG17" });
  });
});
