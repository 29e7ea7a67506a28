import { actionGroupMismatch } from "../../../src/core/rules/actionGroupMismatch";
import { brief, run } from "./support";

const header = [{ text: "Source:" }, { text: "Rapporteur, RG-WPR" }];

describe("action-group-mismatch", () => {
  it("accepts actions of the report's own group, and list forms of any group", () => {
    expect(
      run(actionGroupMismatch, [
        ...header,
        "Action TSAG RG-WPR-1\tWP2 is invited to …",
        "· RG-DT-1: Approve …",
      ]),
    ).toEqual([]);
  });

  it("warns on an action labelled with another group than the one in the header", () => {
    const findings = run(actionGroupMismatch, [...header, "Action TSAG RG-IES-2\tWP2 is invited to …"]);
    expect(brief(findings)).toEqual(["action-group-mismatch warning Action TSAG RG-IES-2"]);
    expect(findings[0]!.message).toBe("This action is labelled RG-IES, but the report is from RG-WPR.");
  });

  it("uses the group chosen in the pane over the detected one", () => {
    const findings = run(actionGroupMismatch, [...header, "Action TSAG RG-WPR-1\tWP2 …"], undefined, {
      group: "RG-WM",
    });
    expect(brief(findings)).toEqual(["action-group-mismatch warning Action TSAG RG-WPR-1"]);
  });
});
