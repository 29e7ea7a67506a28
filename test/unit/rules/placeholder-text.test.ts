import { placeholderText } from "../../../src/core/rules/placeholderText";
import { run } from "./support";

describe("placeholder-text", () => {
  it("accepts finished text, including words that contain the letters", () => {
    expect(
      run(placeholderText, [
        "The TBDX project, Xxxx and the XXth century are not placeholders; RG-WPR agreed.",
      ]),
    ).toEqual([]);
  });

  it.each([
    ["<TBD>", "<TBD>"],
    ["The date is TBD.", "TBD"],
    ["See [TBD] and [ … ].", "[TBD]|[ … ]"],
    ["Report – TDxx", "TDxx"],
    ["Meeting XXX on xx May", "XXX|xx"],
    ["Text highlighted in yellow to be completed after the session.", "to be completed"],
  ])("reports %s", (text, expected) => {
    expect(
      run(placeholderText, [text])
        .map((f) => f.excerpt)
        .join("|"),
    ).toBe(expected);
  });

  it("scans a long paragraph without a placeholder in one pass", () => {
    expect(run(placeholderText, ["x ".repeat(100_000) + "done"])).toEqual([]);
  });
});
