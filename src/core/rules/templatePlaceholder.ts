import { findingAt, type Finding, type Rule } from "./types";

/**
 * A template's angle-bracket placeholder: "<", a few words, ">" — "<Name>", "<Organization>", "<Recommendation
 * title>". The words start with a letter and are joined by single spaces, hyphens, slashes or "&"; the brackets
 * stand apart from the words around them, so "a<b and c>d" in a formula is not one, and an address such as
 * "<ana@example.org>" has characters no placeholder has. One bounded repetition of disjoint classes: linear.
 */
const TEMPLATE_PLACEHOLDER =
  /(?<![\p{L}\p{N}])<(\p{L}[\p{L}\p{N}]*(?:[ \-/&][\p{L}\p{N}]+){0,7})>(?![\p{L}\p{N}])/gu;

/** Bracketed words that placeholder-text already reports: one finding per placeholder. */
const REPORTED_ELSEWHERE = /^(?:TBD|TBC)$/i;

export const templatePlaceholder: Rule = {
  meta: {
    id: "template-placeholder",
    title: "Template placeholders left in the text",
    severity: "error",
    description:
      "A template's placeholder in angle brackets left in the text: <Name>, <Organization>, <Recommendation title>.",
    docs: "docs/rules/template-placeholder.md",
  },
  check(snapshot) {
    const findings: Finding[] = [];
    for (const paragraph of snapshot.paragraphs) {
      if (!paragraph.text.includes("<")) continue;
      for (const match of paragraph.text.matchAll(TEMPLATE_PLACEHOLDER)) {
        if (REPORTED_ELSEWHERE.test(match[1]!)) continue;
        findings.push(
          findingAt(
            snapshot,
            this.meta,
            { paragraph: paragraph.index, start: match.index, length: match[0].length },
            `Template placeholder left: "${match[0]}": replace it with the real text.`,
          ),
        );
      }
    }
    return findings;
  },
};
