/**
 * The table of forms: every way ITU-T people write a reference, as data. Each row names a form, adds the words it
 * needs to the vocabulary the tokenizer looks words up in, and carries examples with what they cite — the
 * examples are also the form's tests (test/unit/reference-forms.test.ts). A new form is a new row: its words, its
 * examples; the grammar (documents.ts, questions.ts, numbered.ts) only knows the roles below.
 *
 * An example's expected references are written "TD25R1" (id, then R and the revision), "Q7/17", "SG17:TD580" (the
 * group the text names, then the id), "Resolution 81", "WTSA-24 Action 9"; a trap expects none.
 */
import { QUESTION_FORMS } from "./forms-questions";
import type { Form, WordRole } from "./form-types";
import type { DocumentKind } from "./types";

export type { Form, WordRole } from "./form-types";

const kind = (documentKind: DocumentKind, plural: boolean, extra: object = {}): WordRole =>
  ({ role: "kind", kind: documentKind, plural, ...extra }) as WordRole;

export const FORMS: readonly Form[] = [
  // ------------------------------------------------------------------------------------------ documents
  {
    name: "TD with its number, glued or spaced, zero-padded or not",
    words: { TD: kind("TD", false), td: kind("TD", false) },
    examples: [
      ["in lower case: td 12 and td270; not Ltd 12 or std 5", ["TD12", "TD270"]],
      ["The meeting considered TD270 and TD 270.", ["TD270", "TD270"]],
      ["Zero-padded numbers in allocation tables: TD016, TD 001.", ["TD16", "TD1"]],
      ["A detailed action plan is contained in TD 18, as you have seen.", ["TD18"]],
      ["(TD111) Noted", ["TD111"]],
    ],
  },
  {
    name: "TDs before a list of bare numbers",
    words: { TDs: kind("TD", true) },
    examples: [
      ["RG-WPR noted TDs 177, 240 and 291.", ["TD177", "TD240", "TD291"]],
      [
        "TDs 12-15, Contributions 1234–1236 and TDs 7 to 9 were noted",
        ["TD12", "TD13", "TD14", "TD15", "C1234", "C1235", "C1236", "TD7", "TD8", "TD9"],
      ],
      ["TDs 15-12 and TDs 10-90 are no ranges; TD 12-15 is one TD", ["TD15", "TD10", "TD12"]],
      ["TSAG TDs available at the meeting page; 360 TDs were considered.", []],
    ],
  },
  {
    name: "Contribution: C glued to its number, or spaced with two digits or more as allocation tables write it",
    words: { C: kind("C", false, { spacedMinDigits: 2 }), Cs: kind("C", true) },
    examples: [
      ["Contributions C28, C14 and (C14) were discussed.", ["C28", "C14", "C14"]],
      ["C 003 / C 003", ["C3", "C3"]],
      ["C 005 Rev.1 and C 45", ["C5R1", "C45"]],
      ["Cs 3 and 5", ["C3", "C5"]],
      ["The code is written in C++ and C#, version C 3.", []],
    ],
  },
  {
    name: "Contribution written as a word",
    words: {
      Contribution: kind("C", false),
      contribution: kind("C", false),
      Contr: kind("C", false, { abbreviation: true }),
      Contrib: kind("C", false, { abbreviation: true }),
      Contributions: kind("C", true, { listOnly: true }),
      contributions: kind("C", true, { listOnly: true }),
    },
    examples: [
      ["Contribution 45 (Korea) and contributions 12 and 13 were noted.", ["C45", "C12", "C13"]],
      ["Contr. 12; Contrib. 7 and 9; a Contr 5 or Contrib 6 without its dot is a name", ["C12", "C7", "C9"]],
      ["Contributions C 12, 13 and 14; TDs TD7, 8", ["C12", "C13", "C14", "TD7", "TD8"]],
      [
        "81 Contributions; Contributions: 94 (last meeting: 81); Contributions: C21; Contributions 94 81",
        ["C21"],
      ],
    ],
  },
  {
    name: "Outgoing liaison statement, always with its group",
    words: { LS: kind("LS", false, { needsGroup: true }) },
    examples: [
      ["Replies to TSAG-LS10 were noted.", ["TSAG:TSAG-LS10"]],
      ["See LS database; iLSs and LS/i, LS/o outputs.", []],
      ["LS204 - SG15 work plan; LS 12 from SG13; LS 5 from the chair", ["SG15:SG15-LS204", "SG13:SG13-LS12"]],
    ],
  },
  {
    name: "Revision glued to the number, after a hyphen or a space, in any case",
    words: {
      R: { role: "revision" },
      r: { role: "revision" },
      rev: { role: "revision" },
      REV: { role: "revision" },
      Revision: { role: "revision" },
      revision: { role: "revision" },
    },
    examples: [
      ["TD171R1, TD 232R1 and TD624-R2", ["TD171R1", "TD232R1", "TD624R2"]],
      ["agenda TD125-R1 and TD125-R3", ["TD125R1", "TD125R3"]],
      ["TD120 R1 replaces it.", ["TD120R1"]],
      [
        "TD655rev1, TD12r2, TD 40 REV3, TD7_R1 and TD 8-rev.2",
        ["TD655R1", "TD12R2", "TD40R3", "TD7R1", "TD8R2"],
      ],
      ["A mark without a number keeps the document: TD31 rev, TD32-R.", ["TD31", "TD32"]],
      ["TD 12.rev1 and TD 13.R2, but TD 4.1", ["TD12R1", "TD13R2"]],
    ],
  },
  {
    name: "Revision written as a version: v2",
    words: { v: { role: "revision" } },
    examples: [["TD 16v2, TD17 v3 and C 123v1", ["TD16R2", "TD17R3", "C123R1"]]],
  },
  {
    name: "A singular kind before a list of bare numbers like the first",
    examples: [
      ["TD 12 and 13; C 21, 22 and 23 were noted", ["TD12", "TD13", "C21", "C22", "C23"]],
      ["TD 270 and 3 others; TD 270, 3 March 2017; TD 270 and 12 delegates", ["TD270", "TD270", "TD270"]],
      ["TD 9 and 10, TD 98 and 102", ["TD9", "TD10", "TD98", "TD102"]],
    ],
  },
  {
    name: "The symbol in square brackets after the kind",
    examples: [["in TD [59-GEN (Rev1)] and TD [171-GEN (Rev2)]; C [3] is a citation", ["TD59R1", "TD171R2"]]],
  },
  {
    name: "A word or sign for 'number' between the kind and its number",
    examples: [["TD No. 12, TD no 13 and TD #14; the TD number is 15", ["TD12", "TD13", "TD14"]]],
  },
  {
    name: "Revision written Rev.n, spaced or not, in parentheses, also at the end of a sentence",
    words: { Rev: { role: "revision" } },
    examples: [
      ["TD 025 Rev.1 / TD 025 Rev.1", ["TD25R1", "TD25R1"]],
      ["C 123 (Rev.1) and TD 320/GEN Rev.2", ["C123R1", "TD320R2"]],
      ["The agenda is in TD171 Rev. 2 and TD 120 Rev.1.", ["TD171R2", "TD120R1"]],
      ["TD44(rev.2), TD45 (R1), TD46-Rev.3 and TD47/Rev.1", ["TD44R2", "TD45R1", "TD46R3", "TD47R1"]],
    ],
  },
  {
    name: "Series or meeting mark after the number: /GEN, /PLEN, /Plen, -GEN, /WP1 to /WP4",
    words: {
      GEN: { role: "series", onlyInParentheses: false },
      Gen: { role: "series", onlyInParentheses: false },
      gen: { role: "series", onlyInParentheses: false },
      PLEN: { role: "series", onlyInParentheses: false },
      Plen: { role: "series", onlyInParentheses: false },
      plen: { role: "series", onlyInParentheses: false },
      WP: { role: "series", onlyInParentheses: false, numbered: true },
    },
    examples: [
      ["TD376-R1/GEN | TD287/GEN", ["TD376R1", "TD287"]],
      ["List of contributions may be found in TD76/PLEN.", ["TD76"]],
      ["Meeting Report: TD 131/Plen", ["TD131"]],
      ["[TD143/Plen].", ["TD143"]],
      ["TD 985-GEN", ["TD985"]],
      ["TD 45/WP1 was noted; TD 46/WP3 R2 too.", ["TD45", "TD46R2"]],
      ["TD 5/gen and TD 6/plen", ["TD5", "TD6"]],
    ],
  },
  {
    name: "Plenary or working-party mark in parentheses: (PLEN/13), (P), (WP1/17), then a language letter",
    words: { P: { role: "series", onlyInParentheses: true } },
    examples: [
      ["TD 45 (PLEN/13) and TD 46 (WP1/17)", ["TD45", "TD46"]],
      ["TD 270(P) was approved.", ["TD270"]],
      ["Q1: TD 135/Plen (6) TD 136/Plen (9)", ["TD135", "TD136"]],
      ["TD 48 (PLEN/3)-E English only", ["TD48"]],
      ["TD 12 (PLEN/15 Rev.1) and TD 13 (GEN/12 R2)", ["TD12R1", "TD13R2"]],
    ],
  },
  {
    name: "Series mark before the number, even across a line break, with its study group or not",
    examples: [
      ["TD GEN 0050 and TD GEN\n0051", ["TD50", "TD51"]],
      ["TD Plen/16 16 and 17; TD PLEN/13 254", ["TD16", "TD17", "TD254"]],
      ["TD-GEN documents are listed.", []],
    ],
  },
  {
    name: "Group in front: the document is that group's",
    words: {
      TSAG: { role: "group", numbered: false },
      SG: { role: "group", numbered: true },
    },
    examples: [
      ["STUDY PERIOD 2017-2020 / SG17-TD580", ["SG17:TD580"]],
      ["SG11- TD985/GEN", ["SG11:TD985"]],
      ["[Source: TSAG TD83, 6 June 2013]", ["TSAG:TD83"]],
      ["TSAG-TD104R1 and TSAG-C5", ["TSAG:TD104R1", "TSAG:C5"]],
      ["(analysis in SG2\u2011TD9R1/PLEN, see SG2-C75)", ["SG2:TD9R1", "SG2:C75"]],
      ["SG17 and SG20 discussed the matter with SGs 2, 11 and 17.", []],
    ],
  },
  {
    name: "Older symbols: COM n for a study group's documents, a language letter after",
    words: { COM: { role: "group", numbered: true, as: "SG" } },
    examples: [
      ["COM 15 – LS 197 – E and COM15-LS204-E", ["SG15:SG15-LS197", "SG15:SG15-LS204"]],
      ["COM 12 – C 4 – E was presented.", ["SG12:C4"]],
      ["Report COM 9 R-2 and COM 15 – R 12 – E", []],
    ],
  },
  {
    name: "Older and file symbols: a T and two digits in front (study period, or study group in the 1990s)",
    words: { T: { role: "prefix" } },
    examples: [
      ["T03-C001 to T03-C082; T97-C 12", ["C1", "C82", "C12"]],
      ["T17-SG16-C-0123 and T22-TSAG-TD-GEN-0270-R1", ["SG16:C123", "TSAG:TD270R1"]],
      ["T25-TSAG-260126-TD-GEN-0270 and T17-SG13-TD-WP1-0123", ["TSAG:TD270", "SG13:TD123"]],
      ["T1 line, T3 speeds and T-shirts", []],
    ],
  },
  {
    name: "Lists joined by +, each item with its own revision and mark",
    examples: [["TD 232R1+ 267+ 269+ 270(P)", ["TD232R1", "TD267", "TD269", "TD270"]]],
  },
  {
    name: "Lists without a space after the comma",
    words: { and: { role: "conjunction" }, or: { role: "conjunction" } },
    examples: [
      ["Contributions: C21,C24 (SDN security related Contributions)", ["C21", "C24"]],
      ["iLSs: TD1399,TD1477 (SDN security related iLSs)", ["TD1399", "TD1477"]],
    ],
  },
  {
    name: "Lists in French, joined by 'et'",
    words: { et: { role: "conjunction" } },
    examples: [["les TD 12 et 13, C 21 et C 22; TD 5 et al.", ["TD12", "TD13", "C21", "C22", "TD5"]]],
  },
  {
    name: "Table cells run together by a text export: a reference after a word, a number, / or ), or before a Word",
    examples: [
      ["TD604/GENTD525/GEN", ["TD604", "TD525"]],
      ["TD12/TD13, C21/C24 and Q7/17-Q9/17", ["TD12", "TD13", "C21", "C24", "Q7/17", "Q9/17"]],
      ["TD12&TD13 but not in an address: a=1&TD=2", ["TD12", "TD13"]],
      ["Q2/11Q9/11", ["Q2/11", "Q9/11"]],
      ["with Time Sensitive NetworkSG11-TD513/GENSG11-TD395-R1/GEN", ["SG11:TD513", "SG11:TD395R1"]],
      ["E.80512/12 TD891R2NewStrategies; G.102811/12 TD826R1RevEnd-to-end", ["TD891R2", "TD826R1"]],
      ["G.107.115/12 TD879RevWideband E-model; Amd.12/12TD869AmdVocabulary", ["TD879", "TD869"]],
      ["K.20Q4/51TD 1 (GEN/5)Revised; G.8275.1Q13/152TD 456/WP3AAP", ["Q4/5", "TD1", "Q13/15", "TD456"]],
      ["1Q1/2TD12Rev1E.164 numbering; 802.1Q and 2Q2025", ["Q1/2", "TD12R1"]],
      ["(SG2-TD97/PLEN)Not assigned; see TD12)TD13; Source:TD14", ["SG2:TD97", "TD12", "TD13", "TD14"]],
    ],
  },
  {
    name: "A kind of two letters glued after capitals, when its series mark follows (a title cell run in)",
    examples: [["on BNGTD595/GEN- and IMSTD12/PLENTD13/PLEN; but XTD270", ["TD595", "TD12", "TD13"]]],
  },
  {
    name: "A document named in an annex's label",
    examples: [["TD 876r1 (TD 693 R1, Annex C-TD 702 R1) and Annex-TD3", ["TD876R1", "TD693R1", "TD702R1"]]],
  },
  {
    name: "Annex of a document, which is not a revision",
    words: { Annex: { role: "annex" } },
    examples: [["RG-WPR terms of reference can be found in TD171 Annex B.", ["TD171"]]],
  },
  {
    name: "Words that name what a letter and number are: parts of a document, rooms, classes (trap: traps.ts)",
    words: Object.fromEntries(
      [
        ...["Appendix", "Attachment", "Table", "Figure", "Clause", "clause", "Section", "section"],
        ...["Room", "room", "Rooms", "rooms", "Class", "class", "Category", "category", "Level", "level"],
      ].map((word) => [word, { role: "part" }]),
    ),
    examples: [["Annex C1 and Appendix C2 of the report describe the method; Room C2, class C3.", []]],
  },
  ...QUESTION_FORMS,
];

/**
 * The study groups' numbers: a group number is one of these, which splits "Q2/121" (Q2/12 glued to the next
 * cell's working party 1) and refuses "SG99". ITU-T's study groups have been numbered 1 to 21 since 1993 (not all
 * at once); TSAG has no number.
 */
export const STUDY_GROUPS: ReadonlySet<number> = new Set(Array.from({ length: 21 }, (_, n) => n + 1));

/**
 * CCITT's study groups (before 1993), written in Roman numerals after a Question's number: "Question 18/XII" is
 * Q18/12. They ran from I to XVIII.
 */
export const CCITT_STUDY_GROUPS: ReadonlySet<number> = new Set(Array.from({ length: 18 }, (_, n) => n + 1));

/** Every word of the table with its role: what the tokenizer looks a word up in. */
export const VOCABULARY: ReadonlyMap<string, WordRole> = new Map(
  FORMS.flatMap((form) => Object.entries(form.words ?? {})),
);
