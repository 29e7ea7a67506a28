import { actionNumbering } from "../../../src/core/rules/actionNumbering";
import { brief, run } from "./support";

const action = (label: string) =>
  `Action TSAG ${label}\tWP2 is invited to approve draft outgoing Liaison Statement – TD${label.length}.`;

describe("action-numbering", () => {
  it("accepts body actions numbered 1..N, whatever the summary carries", () => {
    expect(
      run(actionNumbering, [
        "Executive Summary",
        action("RG-WPR-7"),
        "1\tGeneral",
        action("RG-WPR-1"),
        action("RG-WPR-2"),
      ]),
    ).toEqual([]);
  });

  it("reports duplicates, gaps and numbers out of order, each with the renumbering fix", () => {
    const findings = run(actionNumbering, [
      action("RG-WPR-1"),
      action("RG-WPR-1"),
      action("RG-WPR-4"),
      action("RG-WPR-3"),
    ]);
    expect(brief(findings)).toEqual([
      "action-numbering error 1",
      "action-numbering error 4",
      "action-numbering error 3",
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "RG-WPR-1 is used twice.",
      "RG-WPR-4 follows RG-WPR-1: RG-WPR-2 to 3 are missing.",
      "RG-WPR-3 comes after RG-WPR-4: the numbers are out of document order.",
    ]);
    expect(findings[0]!.fix?.label).toBe("Renumber actions");
  });

  it("numbers each group on its own", () => {
    expect(run(actionNumbering, [action("RG-WPR-1"), action("RG-IES-1"), action("RG-WPR-2")])).toEqual([]);
  });
});
