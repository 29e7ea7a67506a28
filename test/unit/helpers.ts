/** Shared builders for unit tests. */
import type { SimParagraphSpec } from "../../dev/simulator";
import type { ReadCapabilities } from "../../src/word";

export const FULL_CAPABILITIES: ReadCapabilities = { bookmarks: true, trackChanges: true, readOnly: false };

/** A report-like document of `count` paragraphs: headings, body text, action blocks, a table. */
export function generatedReport(count: number): SimParagraphSpec[] {
  const paragraphs: SimParagraphSpec[] = [];
  let action = 0;
  for (let i = 0; paragraphs.length < count; i++) {
    if (i % 20 === 10)
      paragraphs.push({
        text: `Action TSAG RG-WPR-${++action}\tWP2 is invited to approve draft outgoing Liaison Statement – TD${300 + action}.`,
      });
    else if (i % 50 === 0)
      paragraphs.push({ text: `${i / 50 + 1}\tClause ${i / 50 + 1}`, styleBuiltIn: "Heading1" });
    else if (i % 37 === 0) paragraphs.push({ text: `TD${i}`, table: { row: i % 5, cell: 0 } });
    else
      paragraphs.push({
        text: `RG-WPR noted TD${i} (ITU-T SG${(i % 20) + 1}) and C${i % 40} in paragraph ${i}.`,
      });
  }
  return paragraphs.slice(0, count);
}

/** A report with an Executive Summary holding a copy of every body action and the report-approval action. */
export function generatedReportWithSummary(count: number): SimParagraphSpec[] {
  const body = generatedReport(count - 4).map((p) =>
    p.text.startsWith("Action TSAG") ? { ...p, style: "ITU Action" } : p,
  );
  const actions = body.filter((p) => p.text.startsWith("Action TSAG"));
  const approval = actions.length + 1;
  return [
    { text: "Executive Summary", styleBuiltIn: "Heading1" },
    { text: "RG-WPR is pleased to bring the following actions to the attention of WP2:" },
    ...actions.map((p) => ({ ...p })),
    {
      text: `Action TSAG RG-WPR-${approval}\tWP2 is invited to approve the RG-WPR meeting report – TD172.`,
      style: "ITU Action",
    },
    { text: "Contents follow." },
    ...body,
  ].slice(0, count + actions.length);
}
