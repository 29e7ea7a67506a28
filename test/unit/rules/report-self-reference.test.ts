import { reportSelfReference } from "../../../src/core/rules/reportSelfReference";
import { rgReport, syncedSummary } from "../support/reports";
import { brief, run } from "./support";

describe("report-self-reference", () => {
  it("accepts the report's own number, with or without revision", () => {
    expect(run(reportSelfReference, rgReport())).toEqual([]);
    expect(run(reportSelfReference, rgReport({ summary: syncedSummary(undefined, "TD172R1") }))).toEqual([]);
  });

  it("reports the approval action citing another TD", () => {
    const findings = run(reportSelfReference, rgReport({ summary: syncedSummary(undefined, "TD106") }));
    expect(brief(findings)).toEqual(["report-self-reference error TD106"]);
    expect(findings[0]!.message).toBe("The report-approval action cites TD106, but this report is TD172.");
  });

  it("says nothing when the header does not give the report's number", () => {
    expect(
      run(reportSelfReference, rgReport({ header: [], summary: syncedSummary(undefined, "TD106") })),
    ).toEqual([]);
  });
});
