import { actionTargetMismatch } from "../../../src/core/rules/actionTargetMismatch";
import { brief, run } from "./support";

describe("action-target-mismatch", () => {
  it("accepts the parent working party, TSAG and TSAG/WP2", () => {
    expect(
      run(actionTargetMismatch, [
        "Action TSAG RG-WPR-1\tWP2 is invited to adopt …",
        "Action TSAG RG-WPR-2\tTSAG is invited to note …",
        "Action TSAG RG-WPR-3\tTSAG/WP2 is invited to consider …",
      ]),
    ).toEqual([]);
  });

  it("warns when an RG-WPR action invites WP1 (RG-WPR reports to WP2 in the registry)", () => {
    const findings = run(actionTargetMismatch, ["Action TSAG RG-WPR-1\tWP1 is invited to approve …"]);
    expect(brief(findings)).toEqual(["action-target-mismatch warning WP1"]);
    expect(findings[0]!.message).toBe("RG-WPR reports to WP2, but this action invites WP1.");
  });

  it("says nothing when the working party is unknown, and follows the one chosen in the pane", () => {
    expect(run(actionTargetMismatch, ["Action TSAG RG-WPR-1\tWP1 is invited to …"], null)).toEqual([]);
    expect(
      run(actionTargetMismatch, ["Action TSAG RG-WPR-1\tWP1 is invited to …"], null, { parent: "WP1" }),
    ).toEqual([]);
  });
});
