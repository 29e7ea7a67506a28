/** Clauses in a document without heading marks (a plain-text export, a report or agenda typed in Normal). */
import { clauseStarts, createSnapshot } from "../../src/core";

const starts = (lines: readonly string[]) =>
  clauseStarts(createSnapshot(lines.map((text) => ({ text }))).paragraphs).map((start, i) =>
    start ? lines[i] : null,
  );

describe("typed clause numbers", () => {
  it("reads a tab, a dot, or an agenda's spaces before a title", () => {
    const lines = [
      "1\tGeneral",
      "2. Industry engagement",
      "1 Opening of the meeting",
      "3.1  TSAG RG-WPR “Rapporteur Group on Work Programme”",
      "4.b\tQuestion and mandate updates",
    ];
    expect(starts(lines)).toEqual(lines);
  });

  it("does not take a date, a sentence, or a number before a lower-case word for a clause", () => {
    expect(
      starts([
        "2 March 2026 was the first day of the meeting",
        "10 Contributions were received and noted.",
        "3 participants attended",
      ]).filter(Boolean),
    ).toEqual([]);
  });
});
