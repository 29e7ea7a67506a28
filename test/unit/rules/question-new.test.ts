import { questionNew } from "../../../src/core/rules/questionNew";
import { brief, run } from "./support";

describe("question-new", () => {
  it("says nothing of Questions that are not introduced as new, or already in the registry", () => {
    expect(run(questionNew, ["Q99/17 and new Question Q11/20."])).toEqual([]);
  });

  it("notes, as info, a new Question the registry does not list yet", () => {
    expect(brief(run(questionNew, ["WP2 is invited to adopt new Questions Q16/17 and Q17/17."]))).toEqual([
      "question-new info Q16/17",
      "question-new info Q17/17",
    ]);
  });
});
