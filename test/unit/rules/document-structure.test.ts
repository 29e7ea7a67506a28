import { documentStructure } from "../../../src/core/rules/documentStructure";
import { rgReport } from "../support/reports";
import { brief, run } from "./support";

describe("document-structure", () => {
  it("accepts a report with one summary and action blocks as paragraphs", () => {
    expect(run(documentStructure, rgReport())).toEqual([]);
  });

  it("reports a second Executive Summary and an action block inside a table, without crashing", () => {
    const findings = run(documentStructure, [
      "Executive Summary",
      "1\tGeneral",
      "Executive Summary",
      {
        text: "Action TSAG RG-WPR-1\tWP2 is invited to note …",
        table: { table: 0, row: 0, cell: 0, nesting: 1 },
      },
    ]);
    expect(brief(findings)).toEqual([
      "document-structure warning Executive Summary",
      "document-structure warning Action TSAG RG-WPR-1",
    ]);
    expect(findings[0]!.message).toBe(
      'A second "Executive Summary" (the first is paragraph 1); the summary commands use the first one only.',
    );
  });

  it("checks a document without any header or structure without a crash", () => {
    expect(run(documentStructure, [""])).toEqual([]);
  });
});
