import { findingAt, type Rule } from "./types";

export const highlightLeft: Rule = {
  meta: {
    id: "highlight-left",
    title: "Highlighted text left",
    severity: "warning",
    description: 'Highlighted text remains (usually text marked "to be completed").',
    docs: "docs/rules/highlight-left.md",
  },
  check(snapshot) {
    return snapshot.paragraphs.flatMap((paragraph) =>
      paragraph.highlights.map((span) => {
        const quoted = paragraph.text.slice(span.start, span.start + span.length);
        const shown = quoted.length > 80 ? `${quoted.slice(0, 80)}…` : quoted;
        return findingAt(
          snapshot,
          this.meta,
          { paragraph: paragraph.index, ...span },
          `Highlighted text remains: "${shown}".`,
          {
            fix: {
              label: "Remove the highlight",
              confirmation: "Remove the highlight from this text? The text itself stays.",
              operations: [
                {
                  kind: "setHighlight",
                  paragraph: paragraph.index,
                  expectedText: paragraph.text,
                  start: span.start,
                  length: span.length,
                  color: null,
                },
              ],
            },
          },
        );
      }),
    );
  },
};
