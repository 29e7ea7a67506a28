import { actionPlaceholder } from "../../../src/core/rules/actionPlaceholder";
import { brief, run } from "./support";

describe("action-placeholder", () => {
  it("accepts numbered actions in both forms", () => {
    expect(
      run(actionPlaceholder, [
        "Action TSAG RG-WPR-1\tWP2 is invited to adopt …",
        "· WP2-4: Approve the report, TD106.",
      ]),
    ).toEqual([]);
  });

  it.each(["n", "x", "X", "?", "#"])("reports the placeholder %s", (placeholder) => {
    const findings = run(actionPlaceholder, [
      `Action TSAG RG-WPR-${placeholder}\tWP2 is invited to approve the RG-WPR meeting report – TD172.`,
    ]);
    expect(brief(findings)).toEqual([`action-placeholder error Action TSAG RG-WPR-${placeholder}`]);
    expect(findings[0]!.fix?.operations).toEqual([
      expect.objectContaining({ start: 19, length: 1, text: "1" }),
    ]);
  });

  it("reports a missing number, and the list form's placeholder (without a fix)", () => {
    const findings = run(actionPlaceholder, [
      "Action TSAG RG-WPR\tWP2 is invited to note …",
      "Anticipated Action WP2-X: Agree the text of Resolution 68",
    ]);
    expect(brief(findings)).toEqual([
      "action-placeholder error Action TSAG RG-WPR",
      "action-placeholder error WP2-X",
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "Action TSAG RG-WPR has no number.",
      'WP2-X has the placeholder "X" instead of a number.',
    ]);
    expect(findings[0]!.fix?.operations).toEqual([
      expect.objectContaining({ start: 18, length: 0, text: "-1" }),
    ]);
    expect(findings[1]!.fix).toBeUndefined();
  });
});
