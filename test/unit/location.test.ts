/** Where a finding is, in the words a Word user sees: clause, summary or header, and the words around it. */
import {
  checkDocument,
  createSnapshot,
  describeLocation,
  excerptAround,
  groupFindings,
  locationText,
  sectionsOf,
  type Finding,
} from "../../src/core";
import { fixtureRegistry } from "./support/fixtures";

const snapshot = createSnapshot([
  { text: "TSAG-TD172", table: { table: 0, row: 0, cell: 1, nesting: 1 } },
  { text: "Executive Summary" },
  { text: "RG-WPR reviewed Q16/17 (new Question, based on TD270)." },
  { text: "1\tGeneral", styleBuiltIn: "Heading1" },
  { text: "The meeting was chaired by the Rapporteur." },
  { text: "4.b\tQuestion and mandate updates for this Study Period", styleBuiltIn: "Heading2" },
  { text: "–\tQ16/17 (new Question, based on TD270) was adopted with no modifications to the text." },
  { text: "Annex A", styleBuiltIn: "Heading1" },
  { text: "TD270", table: { table: 1, row: 1, cell: 0, nesting: 1 } },
]);

describe("locations", () => {
  it("names the section of every paragraph: header, summary, clause heading", () => {
    expect(sectionsOf(snapshot)).toEqual([
      "Header",
      "Executive Summary",
      "Executive Summary",
      "1 General",
      "1 General",
      "4.b Question and mandate updates for this Study Period",
      "4.b Question and mandate updates for this Study Period",
      "Annex A",
      "Annex A",
    ]);
  });

  it("quotes the words around the place, cut at word boundaries", () => {
    const text = snapshot.paragraphs[6]!.text;
    const at = text.indexOf("TD270");
    expect(excerptAround(text, at, 5)).toBe("…Question, based on TD270) was adopted with no modifications…");
    expect(excerptAround("TD270 noted.", 0, 5)).toBe("TD270 noted.");
  });

  it("tells apart two identical findings by where they are", () => {
    const findings = checkDocument(snapshot, { registry: fixtureRegistry() }).filter(
      (f: Finding) => f.rule === "question-new",
    );
    expect(findings.map((f) => locationText(f.location!))).toEqual([
      "Executive Summary: RG-WPR reviewed Q16/17 (new Question, based on TD270).",
      "4.b Question and mandate updates for this Study Period: – Q16/17 (new Question, based on TD270) was…",
    ]);
    expect(new Set(findings.map((f) => f.message)).size).toBe(1);
  });

  it("groups findings by severity, then by rule under its title, each in document order", () => {
    const findings = checkDocument(snapshot, { registry: fixtureRegistry() });
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.severity)).toEqual([...new Set(groups.map((g) => g.severity))]);
    for (const group of groups) {
      for (const rule of group.rules) {
        expect(rule.title).not.toBe(rule.rule);
        const paragraphs = rule.findings.map((f) => f.paragraph);
        expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
      }
    }
  });

  it("describes a place outside any clause as the start of the document", () => {
    const plain = createSnapshot([{ text: "RG-WPR noted TD999." }]);
    expect(describeLocation(plain, sectionsOf(plain), { paragraph: 0, start: 13, length: 5 })).toEqual({
      section: "Start of the document",
      excerpt: "RG-WPR noted TD999.",
    });
  });
});
