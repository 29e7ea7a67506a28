/**
 * A sample RG report written for the project, in the shape of the ITU-T TD template: header table, Executive
 * Summary, numbered clauses, action blocks and references. Names, numbers and wording are invented; the forms
 * (TD270, TD171R1, "TDs 177, 240 and 291", C28 (Korea (Rep. of)), Q7/17, TSAG-LS10, WTSA-24 Action 9) are the
 * ones real reports use. A few problems are planted on purpose for the checks to find: an action numbered "n",
 * a revision that was superseded, text highlighted "to be completed", an empty clause.
 */
import type { SimParagraphSpec } from "../simulator";

const ACTION_STYLE = "ITU Action";

function cell(row: number, cellIndex: number, text: string, bookmarks?: string[]): SimParagraphSpec {
  return { text, table: { row, cell: cellIndex }, ...(bookmarks ? { bookmarks } : {}) };
}

function heading(text: string, level = 1): SimParagraphSpec {
  return { text, styleBuiltIn: `Heading${level}` };
}

function highlighted(paragraph: SimParagraphSpec, part: string): SimParagraphSpec {
  return {
    ...paragraph,
    highlights: [{ start: paragraph.text.indexOf(part), length: part.length, color: "Yellow" }],
  };
}

function action(text: string): SimParagraphSpec {
  return { text, style: ACTION_STYLE };
}

export const SAMPLE_REPORT: SimParagraphSpec[] = [
  cell(0, 0, "", ["dnum"]),
  cell(0, 1, "INTERNATIONAL TELECOMMUNICATION UNION"),
  cell(0, 2, "TSAG-TD172"),
  cell(1, 2, "TSAG"),
  cell(2, 2, "Original: English"),
  cell(3, 2, "Geneva, 26-30 January 2026"),
  cell(4, 0, "TD", ["ddoctype"]),
  cell(5, 0, "Source:", ["dsource"]),
  cell(5, 1, "Rapporteur, RG-WPR"),
  cell(6, 0, "Title:", ["dtitle1"]),
  cell(6, 1, "Draft report of TSAG RG-WPR meeting (Geneva, 26-30 January 2026)"),
  cell(7, 0, "Contact:", ["dcontact1"]),
  cell(7, 1, "Ana Example"),
  cell(7, 1, "Rapporteur, TSAG RG-WPR"),
  cell(7, 1, "Example Networks, Country A"),
  cell(7, 2, "E-mail:\tana.example@example.org"),
  cell(8, 0, "Contact:"),
  cell(8, 1, "Ben Sample"),
  cell(8, 1, "Counsellor, TSAG RG-WPR"),
  cell(8, 1, "ITU/TSB"),
  cell(8, 2, "E-mail:\tben.sample@example.int"),
  { text: "" },
  cell(0, 0, "Abstract:"),
  highlighted(
    cell(
      0,
      1,
      "This TD contains the draft report of TSAG RG-WPR. Text highlighted in yellow to be completed after the second session.",
    ),
    "Text highlighted in yellow to be completed after the second session.",
  ),
  { text: "" },
  heading("Executive Summary"),
  {
    text: "The meeting of TSAG RG-WPR was chaired by the Rapporteur, Ms Ana Example (Example Networks, Country A), with the secretariat assistance of Mr Ben Sample (TSB).",
  },
  { text: "Meeting sessions were held 14:30-15:45 on 27 January, and 11:15-12:30 on 29 January 2026." },
  { text: "RG-WPR is pleased to bring the following actions to the attention of WP2:" },
  action(
    "Action TSAG RG-WPR-1\tWP2 is invited to adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270).",
  ),
  action(
    "Action TSAG RG-WPR-2\tWP2 is invited to approve draft outgoing Liaison Statement on adoption of revised Questions – TD327.",
  ),
  action("Action TSAG RG-WPR-n\tWP2 is invited to approve the RG-WPR meeting report – TD172."),
  heading("1\tGeneral"),
  {
    text: "This TD contains the report of the TSAG Rapporteur Group on Work Programme and Restructuring (RG-WPR).",
  },
  {
    text: "The meeting of TSAG RG-WPR was chaired by the Rapporteur, Ms Ana Example (Example Networks, Country A), with the secretariat assistance of Mr Ben Sample (TSB).",
  },
  { text: "Meeting sessions were held 14:30-15:45 on 27 January, and 11:15-12:30 on 29 January 2026." },
  heading("2\tApproval of the agenda and document allocation"),
  { text: "The meeting adopted the agenda and document allocation in TD171R1 (Rapporteur)." },
  heading("3\tQuestion and mandate updates"),
  {
    text: "The meeting considered liaison statements from SG17 (TD270) and SG20 (TD222) containing new or revised Questions.",
  },
  {
    text: "RG-WPR considered the replies to TSAG-LS10. TD286 (ITU-T SG11) and TD235 (ITU-T SG15) were noted.",
  },
  action(
    "Action TSAG RG-WPR-1\tWP2 is invited to adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270).",
  ),
  action(
    "Action TSAG RG-WPR-2\tWP2 is invited to approve draft outgoing Liaison Statement on adoption of revised Questions – TD327.",
  ),
  heading("4\tSG work and coordination"),
  { text: "RG-WPR noted TDs 177, 240 and 291 (IoT security), and TD293 and TD295, both from SG17." },
  { text: "RG-WPR acknowledged the progress reported in TD263 on the conclusion of WTSA-24 Action 9." },
  { text: "C28 (Korea (Rep. of)): Proposal on the consideration of formalizing the current CQR meeting." },
  heading("5\tInterim activities"),
  heading("6\tClosing"),
  { text: "The Rapporteur closed the meeting at 12:30 on 29 January 2026." },
];
