import { templatePlaceholder } from "../../../src/core/rules/templatePlaceholder";
import { run } from "./support";

const excerpts = (text: string) =>
  run(templatePlaceholder, [text])
    .map((f) => f.excerpt)
    .join("|");

describe("template-placeholder", () => {
  it.each([
    ["Contact:\t<Name>", "<Name>"],
    ["<Name>\t<Organization>\t<Country>", "<Name>|<Organization>|<Country>"],
    ["Title:\tDraft new Recommendation ITU-T X.1234 – <Recommendation title>", "<Recommendation title>"],
    ["E-mail:\t<E-mail address>", "<E-mail address>"],
    ["Submitted by <Rapporteur/Editor name>.", "<Rapporteur/Editor name>"],
  ])("reports %s", (text, expected) => {
    expect(excerpts(text)).toBe(expected);
  });

  it.each([
    ["a formula", "The burst holds a<b and c>d bits."],
    ["comparisons with spaces", "When x < y and z > w the queue drains."],
    ["an address", "Contact: Ana Silva <ana.silva@example.org>, see <https://www.itu.int/md/>."],
    ["<TBD>, which placeholder-text reports", "The date is <TBD>."],
    ["a lone bracket", "Values <5 ms are kept."],
  ])("accepts %s", (_, text) => {
    expect(run(templatePlaceholder, [text])).toEqual([]);
  });

  it("says what to do, and points at the placeholder itself", () => {
    const [finding] = run(templatePlaceholder, ["Source:\t<Organization>"]);
    expect(finding).toMatchObject({ start: 8, length: 14, severity: "error" });
    expect(finding!.message).toBe(
      'Template placeholder left: "<Organization>": replace it with the real text.',
    );
  });

  it("scans a long paragraph of brackets in one pass", () => {
    expect(run(templatePlaceholder, ["<a b ".repeat(50_000)])).toEqual([]);
  });
});
