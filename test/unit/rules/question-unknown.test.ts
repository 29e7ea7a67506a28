import { questionUnknown } from "../../../src/core/rules/questionUnknown";
import { brief, run } from "./support";

describe("question-unknown", () => {
  it("accepts active Questions and Questions introduced as new", () => {
    expect(run(questionUnknown, ["Revised Questions Q7/17, Q10/17 and new Question Q16/17."])).toEqual([]);
  });

  it("reports unknown and deleted Questions", () => {
    const findings = run(questionUnknown, ["Questions Q99/17 and Q3/17 were discussed."]);
    expect(brief(findings)).toEqual(["question-unknown error Q99/17", "question-unknown error Q3/17"]);
    expect(findings.map((f) => f.message)).toEqual([
      "Q99/17 is not in the registry's Questions.",
      "Q3/17 was deleted.",
    ]);
  });
});
