import { refWithdrawn } from "../../../src/core/rules/refWithdrawn";
import { brief, datedRegistry, run } from "./support";

describe("ref-withdrawn", () => {
  it("accepts posted and reserved documents", () => {
    expect(run(refWithdrawn, ["TD177 and TD172 (the report)."])).toEqual([]);
  });

  it("warns on a withdrawn document, with its registry title", () => {
    const findings = run(refWithdrawn, ["RG-WPR noted TDs 177, 240 and 291."]);
    expect(brief(findings)).toEqual(["ref-withdrawn warning 291"]);
    expect(findings[0]!.registryEntry).toEqual({ title: "LS on IoT security", source: "ITU-T SG17" });
  });

  it("says which list says so, for a registry built from ITU's lists", () => {
    const [finding] = run(
      refWithdrawn,
      ["RG-WPR noted TD291."],
      datedRegistry({ withdrawnBy: "T25-TSAG-260126-TD.xml" }),
    );
    expect(finding!.message).toBe("TD291 was withdrawn (according to T25-TSAG-260126-TD.xml).");
  });
});
