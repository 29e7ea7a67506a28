/** Findings set aside by the author: keys on the finding's own words, the part's XML, the verdict and exports. */
import {
  applyDecisions,
  checkDocument,
  createSnapshot,
  decideToIgnore,
  findingsJson,
  ignoredFindingsXml,
  IGNORED_FINDINGS_NAMESPACE,
  MAX_REASON_LENGTH,
  parseIgnoredFindings,
  renderHtmlReport,
  sentenceAround,
  verdict,
  withDecision,
  withoutDecision,
  type DocumentSnapshot,
  type Finding,
  type IgnoreDecision,
} from "../../src/core";
import { fixtureRegistry } from "./support/fixtures";

const registry = fixtureRegistry();
const NOON = new Date(2026, 11, 7, 12, 0);

const report = (...lines: string[]) => createSnapshot(lines.map((text) => ({ text })));
const unknownOf = (snapshot: DocumentSnapshot, id: string): Finding => {
  const finding = checkDocument(snapshot, { registry }).find(
    (f) => f.rule === "ref-unknown" && f.excerpt === id,
  );
  if (!finding) throw new Error(`no ref-unknown finding for ${id}`);
  return finding;
};
const check = (snapshot: DocumentSnapshot, decisions: readonly IgnoreDecision[]) =>
  applyDecisions(snapshot, checkDocument(snapshot, { registry }), decisions);

const ORIGINAL = report(
  "1\tOpening",
  "The agenda was adopted. RG-WPR noted TD999 from SG17, sent after the deadline. TD998 was withdrawn.",
);

describe("a decision to ignore a finding", () => {
  const decision = decideToIgnore(
    ORIGINAL,
    unknownOf(ORIGINAL, "TD999"),
    "  Sent late;\n registry next week ",
    NOON,
  );

  it("is keyed on the rule, the words and the sentence around them, with a one-line reason and the local date", () => {
    expect(decision).toEqual({
      rule: "ref-unknown",
      words: "TD999",
      sentence: "RG-WPR noted TD999 from SG17, sent after the deadline.",
      reason: "Sent late; registry next week",
      date: "2026-12-07",
    });
  });

  it("sets that finding aside and no other", () => {
    const { findings, ignored, lapsed } = check(ORIGINAL, [decision]);
    expect(ignored.map((i) => i.finding.excerpt)).toEqual(["TD999"]);
    expect(ignored[0]!.decision.reason).toBe("Sent late; registry next week");
    expect(findings.map((f) => f.excerpt)).toContain("TD998");
    expect(findings.map((f) => f.excerpt)).not.toContain("TD999");
    expect(lapsed).toEqual([]);
  });

  it("survives edits elsewhere: paragraphs added before, other sentences of its paragraph changed", () => {
    const edited = report(
      "0\tIntroduction",
      "A new paragraph with TD997.",
      "1\tOpening",
      "The agenda in TD171 was adopted after discussion.  RG-WPR noted TD999 from SG17, sent after the deadline.",
    );
    const { ignored, lapsed } = check(edited, [decision]);
    expect(ignored.map((i) => `${i.finding.paragraph}:${i.finding.excerpt}`)).toEqual(["3:TD999"]);
    expect(lapsed).toEqual([]);
  });

  it("lapses when the words around the finding change: the finding is back, and the decision is listed as lapsed", () => {
    const edited = report(
      "1\tOpening",
      "The agenda was adopted. RG-WPR noted TD999 from SG11, sent after the deadline. TD998 was withdrawn.",
    );
    const { findings, ignored, lapsed } = check(edited, [decision]);
    expect(ignored).toEqual([]);
    expect(findings.map((f) => f.excerpt)).toContain("TD999");
    expect(lapsed).toEqual([decision]);
  });

  it("lapses when the reference itself changes, and is not lapsed by a check whose rules did not include it", () => {
    const edited = report(
      "1\tOpening",
      "The agenda was adopted. RG-WPR noted TD996 from SG17, sent after the deadline.",
    );
    expect(check(edited, [decision]).lapsed).toEqual([decision]);
    const drafting = applyDecisions(edited, [], [decision], ["ref-superseded"]);
    expect(drafting.lapsed).toEqual([]);
  });

  it("is replaced by a new decision on the same words, and removed by restoring", () => {
    const again = { ...decision, reason: "Another reason" };
    expect(withDecision([decision], again)).toEqual([again]);
    expect(withoutDecision([decision, again], decision)).toEqual([]);
  });

  it("refuses an empty reason and one over the limit", () => {
    const finding = unknownOf(ORIGINAL, "TD999");
    expect(() => decideToIgnore(ORIGINAL, finding, "   ", NOON)).toThrow(/reason/);
    expect(() => decideToIgnore(ORIGINAL, finding, "x".repeat(MAX_REASON_LENGTH + 1), NOON)).toThrow(
      /reason/,
    );
  });
});

describe("the sentence around a finding", () => {
  it("runs from the last sentence end before the words to the next one after them", () => {
    const text = "First one. Then TD999 Rev. 1 was seen! Last.";
    const at = text.indexOf("TD999");
    expect(sentenceAround(text, at, at + 5)).toBe("Then TD999 Rev.");
    expect(sentenceAround("No full stop at all TD999", 20, 25)).toBe("No full stop at all TD999");
  });

  it("reaches at most 200 characters each side of the words, and reads tabs and line breaks as spaces", () => {
    const long = `${"word ".repeat(100)}TD999${" more".repeat(100)}`;
    const at = long.indexOf("TD999");
    expect(sentenceAround(long, at, at + 5).length).toBeLessThanOrEqual(405);
    expect(sentenceAround("Action 1\tWP2 is\u000binvited – TD999.", 27, 32)).toBe(
      "Action 1 WP2 is invited – TD999.",
    );
  });
});

describe("the custom XML part", () => {
  const decisions: IgnoreDecision[] = [
    {
      rule: "ref-unknown",
      words: "TD999",
      sentence: 'He said "<TD999> & co".',
      reason: "R&D's <own> list",
      date: "2026-12-07",
    },
    {
      rule: "empty-section",
      words: "",
      sentence: "3 Future meetings",
      reason: "Filled in at the meeting",
      date: "2026-12-06",
    },
  ];

  it("round-trips through its XML, in this format's namespace", () => {
    const xml = ignoredFindingsXml(decisions);
    expect(xml).toContain(`<ignoredFindings xmlns="${IGNORED_FINDINGS_NAMESPACE}">`);
    expect(parseIgnoredFindings(xml)).toEqual({ decisions, skipped: [] });
  });

  it("reads a prefixed root and a byte-order mark, and skips what it cannot use with one sentence each", () => {
    const xml = `\uFEFF<t:ignoredFindings xmlns:t="${IGNORED_FINDINGS_NAMESPACE}" xmlns:x="urn:other">
      <t:decision rule="ref-unknown" date="yesterday"><t:words>TD1</t:words><t:sentence>TD1 here.</t:sentence><t:reason>ok</t:reason><x:note>kept aside</x:note></t:decision>
      <t:decision date="2026-01-01"><t:words>TD2</t:words><t:reason>no rule</t:reason></t:decision>
      <t:decision rule="ref-unknown"><t:words>TD3</t:words><t:sentence>TD3.</t:sentence><t:reason></t:reason></t:decision>
    </t:ignoredFindings>`;
    const read = parseIgnoredFindings(xml);
    expect(read.decisions).toEqual([
      { rule: "ref-unknown", words: "TD1", sentence: "TD1 here.", reason: "ok", date: "" },
    ]);
    expect(read.skipped).toEqual([
      "Decision 2 names no rule: it was not read.",
      `Decision 3 (ref-unknown) has no reason, or one over ${MAX_REASON_LENGTH} characters: it was not read.`,
    ]);
  });

  it("ignores a part of another format, and says so of one that is not XML", () => {
    expect(
      parseIgnoredFindings(
        `<ignoredFindings xmlns="urn:someone-else"><decision rule="x"/></ignoredFindings>`,
      ),
    ).toEqual({
      decisions: [],
      skipped: [],
    });
    expect(parseIgnoredFindings("<ignoredFindings").skipped).toHaveLength(1);
  });
});

describe("the verdict and the exports", () => {
  const decision = decideToIgnore(ORIGINAL, unknownOf(ORIGINAL, "TD999"), "Sent late", NOON);
  const applied = check(ORIGINAL, [decision]);

  it("count ignored findings apart from the verdict", () => {
    expect(verdict([], undefined, 2).text).toBe("Ready to post — 2 findings ignored by the author");
    expect(verdict([], undefined, 1).text).toBe("Ready to post — 1 finding ignored by the author");
    expect(verdict([], undefined, 0).text).toBe("Ready to post");
    expect(verdict(applied.findings, undefined, 1).text).toMatch(
      /^\d+ blocking errors?, \d+ warnings? — 1 finding ignored by the author$/,
    );
  });

  it("list them with their reasons in JSON and HTML", () => {
    const result = { file: "r.docx", findings: applied.findings, ignored: applied.ignored, lapsed: [] };
    const json = JSON.parse(findingsJson([result])) as { files: { ignored: unknown[]; errors: number }[] };
    expect(json.files[0]!.ignored).toEqual([
      expect.objectContaining({
        rule: "ref-unknown",
        excerpt: "TD999",
        reason: "Sent late",
        date: "2026-12-07",
        paragraph: 2,
      }),
    ]);
    expect(json.files[0]!.errors).toBe(applied.findings.filter((f) => f.severity === "error").length);
    const html = renderHtmlReport([result], NOON);
    expect(html).toContain("Ignored by the author (1)");
    expect(html).toContain("Reason: Sent late");
    expect(html).toContain("— 1 finding ignored by the author");
  });
});
