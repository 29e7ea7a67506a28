import { summaryMissing } from "../../../src/core/rules/summaryMissing";
import { rgReport } from "../support/reports";
import { brief, run } from "./support";

describe("summary-missing", () => {
  it("accepts a report with a summary, and a document without actions", () => {
    expect(run(summaryMissing, rgReport())).toEqual([]);
    expect(run(summaryMissing, ["Just a note."])).toEqual([]);
  });

  it("warns at the first body action when there is no Executive Summary", () => {
    expect(brief(run(summaryMissing, rgReport({ summary: null })))).toEqual([
      "summary-missing warning Action TSAG RG-WPR-1",
    ]);
  });
});
