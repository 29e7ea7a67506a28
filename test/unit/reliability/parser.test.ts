/**
 * Parser robustness: 10,000 generated inputs never throw, and an adversarial paragraph of 100,000 characters is
 * parsed in time linear in its length (the 100k/10k ratio is printed; linear gives 10, the bound is 15).
 */
import fc from "fast-check";
import { checkDocument, createSnapshot, findReferences } from "../../../src/core";
import { fixtureRegistry } from "../support/fixtures";

const PIECES = [
  "TD",
  "TDs ",
  "TD ",
  "C",
  "Cs ",
  "Q",
  "Qs ",
  "Questions ",
  "Question ",
  "TSAG-",
  "TSAG-TD",
  "TSAG-LS",
  "LS",
  "WTSA-24 Action ",
  "Resolution ",
  "R",
  "-R",
  " Rev.",
  " Annex ",
  "(",
  ")",
  "((",
  "))",
  ", ",
  " and ",
  " from ",
  ", both from ",
  "SG17",
  "ITU-T ",
  "Chair, ",
  "/",
  "1",
  "17",
  "270",
  "0",
  "\u00a0",
  "\u00ad",
  "\u200b",
  "\r\n",
  "\n",
  "\t",
  "@",
  "https://",
  "www.",
  ".",
  "new ",
  "Action TSAG RG-WPR-",
  "n",
  "<TBD>",
  "[…]",
  "Executive Summary",
  "/GEN",
  "/Plen",
  "-GEN",
  " (PLEN/13)",
  "(P)",
  "GEN ",
  "GENTD",
  "SG11- ",
  "SG17-",
  "TSAG ",
  "+ ",
  "Q.",
  "Q ",
  "-",
  " Rev",
  " (Rev.1)",
  "question ",
  "Questions 1, 2 and ",
  "WTSA Action plan Action ",
  "Res. ",
  " (Dubai, 2012)",
];

describe("parser robustness", () => {
  it("never throws on 10,000 generated inputs: arbitrary Unicode, control characters and reference fragments", () => {
    let inputs = 0;
    const text = fc.oneof(
      fc.string({ unit: "grapheme-composite", maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join("")),
      fc
        .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 40 })
        .map((parts) => parts.join("")),
    );
    const registry = fixtureRegistry();
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        inputs++;
        for (const paragraph of paragraphs) {
          for (const r of findReferences(paragraph)) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.start + r.length).toBeLessThanOrEqual(paragraph.length);
          }
        }
        checkDocument(createSnapshot(paragraphs.map((p) => ({ text: p }))), { registry });
      }),
      { numRuns: 10_000 },
    );
    console.log(`Parser robustness: ${inputs} generated documents, no exception.`);
    expect(inputs).toBe(10_000);
  });

  it("parses an adversarial paragraph in linear time", () => {
    // Long runs of "TD1, TD2, …", unbalanced and deeply nested parentheses, prefixes that almost start a reference.
    const unit =
      "TDs 1, 2 and 3 (((((( TD4 from ITU-T SG1 TD TSAG- Q7/ C (SG2), 5, 6 (TD Questions 1, 2, Q3-4/ SG17- TD GEN TD5+ 6+ (PLEN/ ";
    const paragraph = (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    // The time of `times` parses of a text, the least of five rounds (the least is the one the machine's other
    // work disturbed least). A 10k paragraph is parsed ten times, so both sizes measure as many characters.
    const time = (text: string, times: number) => {
      const rounds: number[] = [];
      for (let round = 0; round < 5; round++) {
        const start = performance.now();
        for (let i = 0; i < times; i++) findReferences(text);
        rounds.push((performance.now() - start) / times);
      }
      return Math.min(...rounds);
    };
    // Warm-up on both sizes: the first runs measure the JIT compiler, not the parser.
    time(paragraph(10_000), 10);
    time(paragraph(100_000), 1);
    const small = time(paragraph(10_000), 10);
    const large = time(paragraph(100_000), 1);
    const ratio = large / small;
    console.log(
      `Parser linearity: 10k chars ${small.toFixed(2)} ms, 100k chars ${large.toFixed(2)} ms, ratio ${ratio.toFixed(1)}.`,
    );
    expect(ratio).toBeLessThanOrEqual(15);
  });
});
