import { refUnknown } from "../../../src/core/rules/refUnknown";
import { brief, datedRegistry, run } from "./support";

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

  it("with a registry built from ITU's lists, says its date; out of date, warns and says why", () => {
    const [dated] = run(
      refUnknown,
      ["TD999 was noted."],
      datedRegistry({ asOf: "2026-01-30", end: "2026-01-30" }),
    );
    expect(dated).toMatchObject({
      severity: "error",
      message: "TD999 is not in the registry of TSAG 2025-2028 (as of 2026-01-30).",
    });
    const [stale] = run(
      refUnknown,
      ["TD999 was noted."],
      datedRegistry({ asOf: "2026-01-27", end: "2026-01-30" }),
    );
    expect(stale).toMatchObject({
      severity: "warning",
      message:
        "TD999 is not in the registry of TSAG 2025-2028 (as of 2026-01-27). The registry may be out of date: documents posted after 2026-01-27 are not in it.",
    });
  });

  it("with a partial list, is an info: a partial list cannot say a document does not exist", () => {
    const [finding] = run(refUnknown, ["TD999 was noted."], datedRegistry({ partial: true }));
    expect(finding).toMatchObject({ severity: "info", message: "TD999 is not in this partial list." });
  });
});
