/**
 * The table of forms, continued: Questions, WTSA Actions and Resolutions (forms.ts has the documents and says how
 * a row is written). Split from forms.ts by what the rows read, so that each file stays short.
 */
import type { Form } from "./form-types";

export const QUESTION_FORMS: readonly Form[] = [
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
      ["Qs5/13 and Qs 6/13; Questions4 is a name", ["Q5/13", "Q6/13"]],
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
      [
        "Experts of Questions D, F, G, 2, 3 and 5/16; Questions B and 4/17; Questions A and B",
        ["Q2/16", "Q3/16", "Q5/16", "Q4/17"],
      ],
      ["Question(s): 6/17\tGeneva; Question(s):\t2/12, 3/12", ["Q6/17", "Q2/12", "Q3/12"]],
    ],
  },
  {
    name: "A group written once for a list: at the end, after 'of', or before the Questions",
    examples: [
      ["Q16 and 17/16 met jointly; Qs 1, 2 and 3/15.", ["Q16/16", "Q17/16", "Q1/15", "Q2/15", "Q3/15"]],
      ["WP1 (Q2, 3 and 13/17); Q 3/16 and 4 others", ["Q2/17", "Q3/17", "Q13/17", "Q3/16"]],
      ["Questions 1, 2 and 3 of SG15; Q9 of ITU-T SG 12", ["Q1/15", "Q2/15", "Q3/15", "Q9/12"]],
      ["Question 9 of ITU-T Study Group 15 and Question 4 of study group 5", ["Q9/15", "Q4/5"]],
      [
        "ITU-T SG15 Q9 and Q14 met; Study Group 13 Question 2; Q11/SG17",
        ["Q9/15", "Q14/15", "Q2/13", "Q11/17"],
      ],
      [
        "SG15/Q4 and SG12/Q7 Rapporteurs; SG15/Q4/15; a/Q4 and WP1/Q4; SG 13/Q2",
        ["Q4/15", "Q7/12", "Q4/15", "Q2/13"],
      ],
      ["Question 2 of the questionnaire; SG15 and Q9; Q1 of 2025", []],
      [
        "Study Group 13, notably Question 4; SG 5, in particular Questions 6 and 7; SG 3,\nchiefly Q 2",
        ["Q4/13", "Q6/5", "Q7/5", "Q2/3"],
      ],
      [
        "SG 9 and Question 3; Study Group 11, Question 8; SG 4,\tmainly Q3; SG16. Later Q2; SG2, especially Q 1 of 2024",
        [],
      ],
    ],
  },
  {
    name: "A Question glued to the word before, or to the next cell's working party (study groups are 1 to 21)",
    examples: [
      ["Meeting ReportQ4/5 and NotesQ7/17", ["Q4/5", "Q7/17"]],
      ["| Q2/121 | Q13/162 | Q4/52 |", ["Q2/12", "Q13/16", "Q4/5"]],
      ["1.Q2/111/11ITU-T Q.3641; 7.  Q12/113/11ITU-T Q.4060", ["Q2/11", "Q12/11"]],
    ],
  },
  {
    name: "CCITT's study groups in Roman numerals (before 1993)",
    examples: [
      ["Question 7/XV and Q.3/XVIII; Questions 2 and 5/IV", ["Q7/15", "Q3/18", "Q2/4", "Q5/4"]],
      ["Question 4/XIX, Question 2/IIII, Q1/VX, Annex 3/XII, Question 6/Xa", []],
    ],
  },
  {
    name: "Range of Questions",
    examples: [
      ["Q12-14/16 met jointly.", ["Q12/16", "Q13/16", "Q14/16"]],
      ["Questions 4/15–6/15 and Qs 1/13-2/13: both ends, as written", ["Q4/15", "Q6/15", "Q1/13", "Q2/13"]],
      ["Q13-Q14/16 and Q1-2/11", ["Q13/16", "Q14/16", "Q1/11", "Q2/11"]],
      [
        "Q.12-Q.14/16, Qs 3–4/15 and Questions 5-6/13",
        ["Q12/16", "Q13/16", "Q14/16", "Q3/15", "Q4/15", "Q5/13", "Q6/13"],
      ],
      [
        "Questions 1/13 to 3/13 and Q1 to Q2/12; an LS from Q5/13 to Q7/13",
        ["Q1/13", "Q2/13", "Q3/13", "Q1/12", "Q2/12", "Q5/13", "Q7/13"],
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
