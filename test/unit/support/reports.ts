/** Reports modeled on the seed RG report: header, Executive Summary, clause 1 with the opening facts, actions. */
import type { ParagraphInput } from "../../../src/core";

export const CHAIRED =
  "The meeting of TSAG RG-WPR was chaired by the Rapporteur, Ms Ana Example (Example Networks), with the secretariat assistance of Mr Ben Sample (TSB).";
export const SESSIONS =
  "Meeting sessions were held 14:30-15:45 on 27 January, and 11:15-12:30 on 29 January 2026.";

export const ACTION_TEXTS = [
  "WP2 is invited to adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270).",
  "WP2 is invited to approve draft outgoing Liaison Statement on adoption of revised Questions – TD327.",
  "WP2 is invited to approve draft outgoing Liaison Statement on closure of Joint Correspondence Groups – TD328.",
];

const action = (n: number | string, text: string): ParagraphInput => ({
  text: `Action TSAG RG-WPR-${n}\t${text}`,
  style: "ITU Action",
});

export interface ReportOptions {
  header?: ParagraphInput[];
  summary?: ParagraphInput[] | null;
  bodyActions?: string[];
}

export const HEADER: ParagraphInput[] = [
  { text: "TSAG-TD172", table: { table: 0, row: 0, cell: 2, nesting: 1 } },
  { text: "Source:", table: { table: 0, row: 1, cell: 0, nesting: 1 }, bookmarks: ["dsource"] },
  { text: "Rapporteur, RG-WPR", table: { table: 0, row: 1, cell: 1, nesting: 1 } },
  { text: "Title:", table: { table: 0, row: 2, cell: 0, nesting: 1 } },
  { text: "Draft report of TSAG RG-WPR meeting", table: { table: 0, row: 2, cell: 1, nesting: 1 } },
];

/** The summary a correct build produces for `bodyActions`. */
export function syncedSummary(bodyActions: string[] = ACTION_TEXTS, own = "TD172"): ParagraphInput[] {
  return [
    { text: "Executive Summary", styleBuiltIn: "Heading1" },
    { text: CHAIRED },
    { text: SESSIONS },
    { text: "RG-WPR is pleased to bring the following actions to the attention of WP2:" },
    ...bodyActions.map((text, i) => action(i + 1, text)),
    action(bodyActions.length + 1, `WP2 is invited to approve the RG-WPR meeting report – ${own}.`),
  ];
}

export function rgReport(options: ReportOptions = {}): ParagraphInput[] {
  const bodyActions = options.bodyActions ?? ACTION_TEXTS;
  return [
    ...(options.header ?? HEADER),
    { text: "" },
    ...(options.summary === null ? [] : (options.summary ?? syncedSummary(bodyActions))),
    { text: "1\tGeneral", styleBuiltIn: "Heading1" },
    { text: "This TD contains the report of the TSAG Rapporteur Group RG-WPR." },
    { text: CHAIRED },
    { text: SESSIONS },
    { text: "2\tQuestions", styleBuiltIn: "Heading1" },
    ...bodyActions.flatMap((text, i) => [
      { text: `The meeting considered item ${i + 1}.` },
      action(i + 1, text),
    ]),
    { text: "3\tClosing", styleBuiltIn: "Heading1" },
  ];
}
