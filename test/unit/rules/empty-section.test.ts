import { emptySection } from "../../../src/core/rules/emptySection";
import { brief, run } from "./support";

describe("empty-section", () => {
  it("accepts clauses with text, and a clause whose text is in its sub-clauses", () => {
    expect(
      run(emptySection, ["4\tWork Programme", "4.a\tGeneral matters", "Text.", "5\tClosing", "Done."]),
    ).toEqual([]);
  });

  it("reports a clause followed directly by the next one, and an empty last clause", () => {
    const findings = run(emptySection, [
      "7\tLiaison Statements",
      "TD213 was noted.",
      "8\tInterim activities",
      "",
      "9\tAOB",
      "10\tClosing",
    ]);
    expect(brief(findings)).toEqual([
      "empty-section warning 8\tInterim activities",
      "empty-section warning 9\tAOB",
      "empty-section warning 10\tClosing",
    ]);
    expect(findings[0]!.message).toBe('Clause "8 Interim activities" has no text.');
  });

  it("stays quiet on an agenda, whose items have nothing under them by nature", () => {
    const agenda = ["Agenda for the closing plenary of Working Party 2/TSAG", "1 Opening of the meeting"];
    expect(run(emptySection, [...agenda, "2 Approval of the agenda", "3 Any other business"])).toEqual([]);
  });

  it("ignores numbered cells of tables", () => {
    expect(
      run(emptySection, [
        { text: "1.3\tRapporteur", table: { table: 0, row: 0, cell: 0, nesting: 1 } },
        "Text",
      ]),
    ).toEqual([]);
  });
});
