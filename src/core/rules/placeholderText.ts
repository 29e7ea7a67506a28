import { findingAt, type Finding, type Rule } from "./types";

/**
 * Placeholders left in the text. One alternation of literals with bounded spaces: no nested quantifiers, so no
 * catastrophic backtracking. Longer forms come first so that "<TBD>" is one finding, not two.
 */
const PLACEHOLDER =
  /<\s{0,3}TBD\s{0,3}>|\[\s{0,3}(?:TBD|TBC|…|\.\.\.)\s{0,3}\]|\bTB[DC]\b|\bto be (?:completed|confirmed|provided|added)\b|\bTD(?:xx|XX|xxx|XXX|nnn)\b|\b(?:XXX|xxx|XX|xx)\b/gi;

export const placeholderText: Rule = {
  meta: {
    id: "placeholder-text",
    title: "Placeholders left in the text",
    severity: "error",
    description: 'Placeholders left in the text: <TBD>, TBD, [TBD], XXX, xx, "to be completed", […].',
    docs: "docs/rules/placeholder-text.md",
  },
  check(snapshot) {
    const findings: Finding[] = [];
    for (const paragraph of snapshot.paragraphs) {
      for (const match of paragraph.text.matchAll(PLACEHOLDER)) {
        findings.push(
          findingAt(
            snapshot,
            this.meta,
            { paragraph: paragraph.index, start: match.index, length: match[0].length },
            `Placeholder left: "${match[0]}".`,
          ),
        );
      }
    }
    return findings;
  },
};
