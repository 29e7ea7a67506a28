import { looksLikeAgenda } from "../document/agendaLike";
import { isClauseStart } from "../document/structure";
import type { DocumentSnapshot, ParagraphSnapshot } from "../document/snapshot";
import { findingAt, type Finding, type Rule } from "./types";

/** 1 for "4<TAB>…" or Heading 1, 2 for "4.a<TAB>…" or Heading 2. */
function depth(paragraph: ParagraphSnapshot): number {
  if (paragraph.headingLevel !== null) return paragraph.headingLevel;
  if (paragraph.outlineLevel !== null) return paragraph.outlineLevel;
  const number = /^[0-9][0-9a-z.]*/.exec(paragraph.text)?.[0] ?? "";
  return number.replace(/\.$/, "").split(".").length;
}

const isClause = (p: ParagraphSnapshot, snapshot: DocumentSnapshot) =>
  p.table === null && isClauseStart(p, snapshot) && p.text.trim() !== "";

export const emptySection: Rule = {
  meta: {
    id: "empty-section",
    title: "Empty clauses",
    severity: "warning",
    description: "A numbered clause or heading followed directly by the next one, with nothing in between.",
    docs: "docs/rules/empty-section.md",
  },
  check(snapshot) {
    // An agenda's items ("7 Any other business") have nothing under them by nature.
    if (looksLikeAgenda(snapshot)) return [];
    const findings: Finding[] = [];
    const paragraphs = snapshot.paragraphs;
    paragraphs.forEach((paragraph, i) => {
      if (!isClause(paragraph, snapshot) || paragraph.text.trim().toLowerCase() === "executive summary")
        return;
      let next = i + 1;
      while (next < paragraphs.length && paragraphs[next]!.text.trim() === "") next++;
      const following = paragraphs[next];
      const empty =
        following === undefined || (isClause(following, snapshot) && depth(following) <= depth(paragraph));
      if (empty) {
        findings.push(
          findingAt(
            snapshot,
            this.meta,
            { paragraph: i, start: 0, length: paragraph.text.length },
            `Clause "${paragraph.text.replace(/\s+/g, " ").trim()}" has no text.`,
          ),
        );
      }
    });
    return findings;
  },
};
