import { findingAt, type Finding, type Rule } from "./types";

export const documentStructure: Rule = {
  meta: {
    id: "document-structure",
    title: "Problems in the report's structure",
    severity: "warning",
    description:
      "A structure the add-in cannot work with safely: two Executive Summaries, or an action block inside a table.",
    docs: "docs/rules/document-structure.md",
  },
  check(snapshot, { actions, structure }) {
    const findings: Finding[] = [];
    const summary = structure.section;
    for (const duplicate of summary?.duplicates ?? []) {
      findings.push(
        findingAt(
          snapshot,
          this.meta,
          { paragraph: duplicate, start: 0, length: snapshot.paragraphs[duplicate]!.text.length },
          `A second "Executive Summary" (the first is paragraph ${summary!.heading + 1}); the summary commands use the first one only.`,
        ),
      );
    }
    for (const action of actions) {
      if (action.form !== "block" || snapshot.paragraphs[action.paragraph]!.table === null) continue;
      findings.push(
        findingAt(
          snapshot,
          this.meta,
          { paragraph: action.paragraph, start: 0, length: action.label.length },
          `The action block ${action.label} is inside a table; WP agendas and the summary expect action blocks as paragraphs of their own.`,
        ),
      );
    }
    return findings;
  },
};
