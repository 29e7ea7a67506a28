/**
 * Synthetic TSAG reports and registries for the benchmark: a realistic mix of a header table, an Executive
 * Summary with a copy of every body action, numbered clauses, about 20 % of paragraphs citing documents or
 * Questions, 5 % action blocks, tables and highlights.
 */
import type { SimParagraphSpec } from "../dev/simulator";
import type { Registry } from "../src/core";

const HEADER: SimParagraphSpec[] = [
  { text: "TSAG-TD172", table: { row: 0, cell: 2 }, bookmarks: ["dnum"] },
  { text: "Source:", table: { row: 1, cell: 0 }, bookmarks: ["dsource"] },
  { text: "Rapporteur, RG-WPR", table: { row: 1, cell: 1 } },
  { text: "Title:", table: { row: 2, cell: 0 }, bookmarks: ["dtitle1"] },
  { text: "Draft report of TSAG RG-WPR meeting", table: { row: 2, cell: 1 } },
  { text: "Contact:", table: { row: 3, cell: 0 }, bookmarks: ["dcontact1"] },
  { text: "Ana Example", table: { row: 3, cell: 1 } },
  { text: "E-mail:\tana.example@example.org", table: { row: 3, cell: 2 } },
  { text: "" },
  { text: "Abstract:", table: { row: 0, cell: 0 } },
  { text: "This TD contains the draft report of TSAG RG-WPR.", table: { row: 0, cell: 1 } },
  { text: "" },
];

function citing(i: number): string {
  switch (i % 5) {
    case 0:
      return `RG-WPR noted TD${100 + (i % 900)} (ITU-T SG${(i % 20) + 1}) and TDs ${200 + (i % 50)}, ${300 + (i % 70)} and ${400 + (i % 30)}.`;
    case 1:
      return `The meeting agreed revised Questions Q${(i % 12) + 1}/17 and Q${(i % 9) + 1}/20 (all in TD${500 + (i % 400)}R1).`;
    case 2:
      return `C${(i % 60) + 1} (Korea (Rep. of)) was presented; see also TSAG-LS${(i % 30) + 1}.`;
    case 3:
      return `TD${1000 + (i % 2000)} from FG-AINN and TD${3000 + (i % 500)}, both from SG17, were noted.`;
    default:
      return `The agenda in TD${i % 20000 || 1}R2 (Rapporteur) was adopted; WTSA-24 Action ${(i % 14) + 1} was recalled.`;
  }
}

/** A report of about `count` paragraphs (the summary's copies come on top of the body). */
export function syntheticReport(count: number): SimParagraphSpec[] {
  const body: SimParagraphSpec[] = [];
  let clause = 0;
  let action = 0;
  for (let i = 0; body.length < count; i++) {
    if (i % 40 === 0) body.push({ text: `${++clause}\tClause ${clause}`, styleBuiltIn: "Heading1" });
    else if (i % 20 === 7) {
      body.push({
        text: `Action TSAG RG-WPR-${++action}\tWP2 is invited to approve draft outgoing Liaison Statement number ${action} – TD${2000 + action}.`,
        style: "ITU Action",
      });
    } else if (i % 5 === 3) body.push({ text: citing(i) });
    else if (i % 200 === 101) {
      for (let row = 0; row < 3; row++)
        body.push({ text: `Cell ${row} of table ${i}`, table: { row, cell: 0 } });
      body.push({ text: "" });
    } else if (i % 100 === 51) {
      const text = `Text highlighted in yellow ${i} is still to be confirmed by the group.`;
      body.push({ text, highlights: [{ start: 0, length: 26, color: "Yellow" }] });
    } else
      body.push({
        text: `Paragraph ${i} describes the discussion of the meeting in plain words without references.`,
      });
  }
  const copies = body.filter((p) => p.text.startsWith("Action TSAG")).map((p) => ({ ...p }));
  return [
    ...HEADER,
    { text: "Executive Summary", styleBuiltIn: "Heading1" },
    { text: "RG-WPR is pleased to bring the following actions to the attention of WP2:" },
    ...copies,
    {
      text: `Action TSAG RG-WPR-${copies.length + 1}\tWP2 is invited to approve the RG-WPR meeting report – TD172.`,
      style: "ITU Action",
    },
    ...body,
  ];
}

/**
 * What real reports carry that Word's API makes hard (see docs/manual-test.md): 200 bookmarks, most of them Word's
 * hidden ones (_Toc…, _Hlk…); list items, some with tracked changes; footnote reference marks (U+0002) and
 * Shift+Enter breaks (U+000B); text deleted under track changes, and a whole paragraph. The revisions stay out of
 * action blocks and their summary copies: an edit there is refused by design (src/word/revisions.ts).
 */
export function withWordFeatures(report: readonly SimParagraphSpec[]): SimParagraphSpec[] {
  let bookmarks = report.reduce((count, spec) => count + (spec.bookmarks?.length ?? 0), 0);
  // Plain body text: not a heading, an action block, a table cell or an empty line.
  const isPlain = (spec: SimParagraphSpec) =>
    !spec.styleBuiltIn && !spec.table && !spec.style && spec.text.length > 30 && !/^Action /.test(spec.text);
  const middle = Math.floor(report.length / 2);
  let deletedOne = false;
  return report.map((spec, i) => {
    const next: SimParagraphSpec = { ...spec };
    if (i % 50 === 25 && bookmarks < 200) {
      const names = [`_Toc${100000 + i}`, i % 250 === 25 ? `Annex${i}` : `_Hlk${i}`];
      next.bookmarks = [...(spec.bookmarks ?? []), ...names];
      bookmarks += names.length;
    }
    if (!isPlain(spec) || spec.bookmarks) return next;
    if (!deletedOne && i >= middle) {
      deletedOne = true;
      return { ...next, deletedUnderTracking: true };
    }
    if (i % 100 === 13) {
      const text = `–\t${spec.text} TD9999 obsolete`;
      const withRevision = i % 300 === 13;
      return {
        ...next,
        text: withRevision ? text : spec.text,
        list: { level: 0, listString: "–" },
        ...(withRevision ? { deletions: [{ start: spec.text.length + 2, length: 16 }] } : {}),
      };
    }
    if (i % 100 === 29) return { ...next, text: spec.text.replace("meeting", "meeting\u0002") };
    if (i % 100 === 43) return { ...next, text: spec.text.replace(" in plain", "\u000bin plain") };
    if (i % 100 === 57) {
      const deleted = " and the withdrawn TD9998";
      const at = spec.text.length - 1;
      return {
        ...next,
        text: spec.text.slice(0, at) + deleted + spec.text.slice(at),
        deletions: [{ start: at, length: deleted.length }],
      };
    }
    return next;
  });
}

export function syntheticRegistry(documents: number): Registry {
  return {
    format: "tsag-registry",
    version: 1,
    body: "TSAG (synthetic)",
    studyPeriod: "2025-2028",
    updated: "2026-01-30T18:00:00Z",
    documents: Array.from({ length: documents }, (_, i) => ({
      id: i % 10 === 9 ? `C${i + 1}` : `TD${i + 1}`,
      title: `Synthetic document ${i + 1} on a topic of the study period`,
      source: `ITU-T SG${(i % 20) + 1}`,
      revisions: i % 7 === 0 ? [1, 2] : [],
      status: i % 97 === 0 ? ("withdrawn" as const) : ("posted" as const),
      url: `https://www.itu.int/md/T25-TSAG-TD-${String(i + 1).padStart(4, "0")}/en`,
    })),
    questions: Array.from({ length: 200 }, (_, i) => ({
      id: `Q${(i % 20) + 1}/${(i % 10) + 11}`,
      title: "Question",
      status: "active" as const,
    })).filter((q, i, all) => all.findIndex((other) => other.id === q.id) === i),
    groups: [{ id: "RG-WPR", title: "Work Programme and Restructuring", parent: "WP2" }],
  };
}
