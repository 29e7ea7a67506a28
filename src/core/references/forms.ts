/**
 * The table of forms: every way ITU-T people write a reference, as data. Each row names a form, adds the words it
 * needs to the vocabulary the tokenizer looks words up in, and carries examples with what they cite — the
 * examples are also the form's tests (test/unit/reference-forms.test.ts). A new form is a new row: its words, its
 * examples; the grammar (documents.ts, questions.ts, numbered.ts) only knows the roles below.
 *
 * An example's expected references are written "TD25R1" (id, then R and the revision), "Q7/17", "SG17:TD580" (the
 * group the text names, then the id), "Resolution 81", "WTSA-24 Action 9"; a trap expects none.
 */
import type { DocumentKind } from "./types";

/** What a word does in a reference. */
export type WordRole =
  /** "TD", "TDs", "C", "Cs", "LS": a document kind. */
  | {
      role: "kind";
      kind: DocumentKind;
      plural: boolean;
      /** A spaced number needs this many digits ("C 003", "C 45" are contributions, "version C 3" is not). */
      spacedMinDigits?: number;
      /** Only with a group in front ("TSAG-LS10"): a bare "LS" is prose ("LS/i", "LS database"). */
      needsGroup?: boolean;
      /** Bare numbers after it are a list only with two of them: "Contributions 12 and 13", not "Contributions 94". */
      listOnly?: boolean;
    }
  /** "Q" before a number ("Q7/17", "Q.12/13", "Q 3/16"), or a word before bare numbers ("Questions 1, 2 and 3/17"). */
  | { role: "question"; letter: boolean; plural: boolean }
  | { role: "resolution"; plural: boolean }
  | { role: "action"; plural: boolean }
  /** "WTSA", before an edition ("WTSA-24") and its Actions. */
  | { role: "assembly" }
  /**
   * Whose document: "TSAG" in "TSAG TD83", "SG" in "SG17-TD580", "COM" in "COM 15 – LS 197 – E" (a study group's
   * documents in the older symbols, named as the group: `as` "SG").
   */
  | { role: "group"; numbered: boolean; as?: string }
  /** "T" of a symbol's prefix glued to two digits: "T03-C001", "T17-SG16-C-0123". */
  | { role: "prefix" }
  /** The series or meeting mark of a TD: "/GEN", "-GEN", "/Plen", "(PLEN/13)", "(P)", "TD GEN 0050", "/WP1". */
  | { role: "series"; onlyInParentheses: boolean; numbered?: boolean }
  /** "R1", "-R1", " R1", "r1", "rev1", "Rev.1", "Rev. 1", "(Rev.1)": any of these words, then the number. */
  | { role: "revision" }
  | { role: "conjunction" }
  | { role: "annex" }
  /** A part of a document: "Annex C1", "Table C3" are not contributions. */
  | { role: "part" }
  /** "new Question Q16/17", "revised Questions". */
  | { role: "status"; isNew: boolean };

export interface Form {
  name: string;
  words?: Record<string, WordRole>;
  examples: readonly (readonly [text: string, cites: readonly string[]])[];
}

const kind = (documentKind: DocumentKind, plural: boolean, extra: object = {}): WordRole =>
  ({ role: "kind", kind: documentKind, plural, ...extra }) as WordRole;

export const FORMS: readonly Form[] = [
  // ------------------------------------------------------------------------------------------ documents
  {
    name: "TD with its number, glued or spaced, zero-padded or not",
    words: { TD: kind("TD", false) },
    examples: [
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
      Contributions: kind("C", true, { listOnly: true }),
      contributions: kind("C", true, { listOnly: true }),
    },
    examples: [
      ["Contribution 45 (Korea) and contributions 12 and 13 were noted.", ["C45", "C12", "C13"]],
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
    ],
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
    ],
  },
  {
    name: "Series mark before the number, even across a line break",
    examples: [
      ["TD GEN 0050 and TD GEN\n0051", ["TD50", "TD51"]],
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
    name: "Table cells run together by a text export: a reference after a word, a number, / or ), or before a Word",
    examples: [
      ["TD604/GENTD525/GEN", ["TD604", "TD525"]],
      ["TD12/TD13, C21/C24 and Q7/17-Q9/17", ["TD12", "TD13", "C21", "C24", "Q7/17", "Q9/17"]],
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
  // ------------------------------------------------------------------------------------------ Questions
  {
    name: "Question: Q glued, spaced or dotted before n/sg",
    words: { Q: { role: "question", letter: true, plural: false } },
    examples: [
      ["assigned to Q1/16; Q 3/16 and 5/16; Q1/13, 5/12", ["Q1/16", "Q3/16", "Q5/16", "Q1/13", "Q5/12"]],
      ["It exceeds the charter of Q.13/16 (it is a part of Q.14/16).", ["Q13/16", "Q14/16"]],
      ["Q.850, Q.3640 (ex. Q.30xx_VoLTE) and Q.1912.5 are Recommendations.", []],
      ["In SG16 of Q.13, the charter is clear; Q1 2026 and Q&A.", []],
    ],
  },
  {
    name: "Question words before a list, with or without Q, in either case",
    words: {
      Question: { role: "question", letter: false, plural: false },
      Questions: { role: "question", letter: false, plural: true },
      Qs: { role: "question", letter: false, plural: true },
      question: { role: "question", letter: false, plural: false },
      questions: { role: "question", letter: false, plural: true },
    },
    examples: [
      ["Joint meeting with Qs 2/11, Q9/11 and Q11/11.", ["Q2/11", "Q9/11", "Q11/11"]],
      ["Qs. 1 and 2/13 met.", ["Q1/13", "Q2/13"]],
      ["Question 1/16 met in three sessions.", ["Q1/16"]],
      ["Questions 1, 2 and 3/17 met jointly.", ["Q1/17", "Q2/17", "Q3/17"]],
      ["Q7 and Q10/17 met jointly.", ["Q7/17", "Q10/17"]],
      [
        "Questions on this topic remain; under question 7/17 and questions 1/13 and 5/13.",
        ["Q7/17", "Q1/13", "Q5/13"],
      ],
      ["Question(s): / N/A; questions 3 and 4 remain; Question(s): All/17", []],
      ["Question(s): 6/17\tGeneva; Question(s):\t2/12, 3/12", ["Q6/17", "Q2/12", "Q3/12"]],
    ],
  },
  {
    name: "A group written once for a list: at the end, after 'of', or before the Questions",
    examples: [
      ["Q16 and 17/16 met jointly; Qs 1, 2 and 3/15.", ["Q16/16", "Q17/16", "Q1/15", "Q2/15", "Q3/15"]],
      ["Questions 1, 2 and 3 of SG15; Q9 of ITU-T SG 12", ["Q1/15", "Q2/15", "Q3/15", "Q9/12"]],
      ["Question 9 of ITU-T Study Group 15 and Question 4 of study group 5", ["Q9/15", "Q4/5"]],
      [
        "ITU-T SG15 Q9 and Q14 met; Study Group 13 Question 2; Q11/SG17",
        ["Q9/15", "Q14/15", "Q2/13", "Q11/17"],
      ],
      ["Question 2 of the questionnaire; SG15 and Q9; Q1 of 2025", []],
    ],
  },
  {
    name: "A Question glued to the word before, or to the next cell's working party (study groups are 1 to 21)",
    examples: [
      ["Meeting ReportQ4/5 and NotesQ7/17", ["Q4/5", "Q7/17"]],
      ["| Q2/121 | Q13/162 | Q4/52 |", ["Q2/12", "Q13/16", "Q4/5"]],
    ],
  },
  {
    name: "Range of Questions",
    examples: [
      ["Q12-14/16 met jointly.", ["Q12/16", "Q13/16", "Q14/16"]],
      ["Q13-Q14/16 and Q1-2/11", ["Q13/16", "Q14/16", "Q1/11", "Q2/11"]],
      [
        "Q.12-Q.14/16, Qs 3–4/15 and Questions 5-6/13",
        ["Q12/16", "Q13/16", "Q14/16", "Q3/15", "Q4/15", "Q5/13", "Q6/13"],
      ],
    ],
  },
  {
    name: "Question introduced as new, or revised",
    words: { new: { role: "status", isNew: true }, revised: { role: "status", isNew: false } },
    examples: [["adopt revised Questions Q7/17 and new Question Q16/17", ["Q7/17", "Q16/17"]]],
  },
  // ------------------------------------------------------------------------------ WTSA and Resolutions
  {
    name: "WTSA Actions, with or without the edition",
    words: {
      WTSA: { role: "assembly" },
      Action: { role: "action", plural: false },
      Actions: { role: "action", plural: true },
    },
    examples: [
      [
        "Progress on WTSA-24 Action 9 and WTSA-24 Actions 3, 5 and 6.",
        ["WTSA-24 Action 9", "WTSA-24 Action 3", "WTSA-24 Action 5", "WTSA-24 Action 6"],
      ],
      ["See WTSA Action plan Action 3.", ["WTSA Action 3"]],
      ["The WTSA-08 Action Plan; WTSA-12 and WTSA-08 Resolutions.", []],
    ],
  },
  {
    name: "Resolutions, with the assembly in front or the place and year after",
    words: {
      Resolution: { role: "resolution", plural: false },
      Resolutions: { role: "resolution", plural: true },
      Res: { role: "resolution", plural: false },
    },
    examples: [
      [
        "Resolution 2; see also Resolutions 7, 11 and 18.",
        ["Resolution 2", "Resolution 7", "Resolution 11", "Resolution 18"],
      ],
      ["WTSA-16 Resolution 7 and Res. 1", ["Resolution 7", "Resolution 1"]],
      [
        "in accordance with Resolution 81 (Dubai, 2012) and Resolution 187 (Busan, 2014)",
        ["Resolution 81", "Resolution 187"],
      ],
      ["WTSA approved 49 Resolutions, some as revisions.", []],
    ],
  },
];

/**
 * The study groups' numbers: a group number is one of these, which splits "Q2/121" (Q2/12 glued to the next
 * cell's working party 1) and refuses "SG99". ITU-T's study groups have been numbered 1 to 21 since 1993 (not all
 * at once); TSAG has no number.
 */
export const STUDY_GROUPS: ReadonlySet<number> = new Set(Array.from({ length: 21 }, (_, n) => n + 1));

/** Every word of the table with its role: what the tokenizer looks a word up in. */
export const VOCABULARY: ReadonlyMap<string, WordRole> = new Map(
  FORMS.flatMap((form) => Object.entries(form.words ?? {})),
);
