import { highlightLeft } from "../../../src/core/rules/highlightLeft";
import { run } from "./support";

describe("highlight-left", () => {
  it("accepts a document without highlighting", () => {
    expect(run(highlightLeft, ["Plain text."])).toEqual([]);
  });

  it("quotes each highlighted passage and offers to remove the highlight", () => {
    const text = "Text highlighted in yellow to be completed after the second WPR session.";
    const findings = run(highlightLeft, [{ text, highlights: [{ start: 0, length: 26, color: "Yellow" }] }]);
    expect(findings.map((f) => f.message)).toEqual([
      'Highlighted text remains: "Text highlighted in yellow".',
    ]);
    expect(findings[0]!.fix?.operations).toEqual([
      { kind: "setHighlight", paragraph: 0, expectedText: text, start: 0, length: 26, color: null },
    ]);
  });
});
