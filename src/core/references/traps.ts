/**
 * The table of traps: what looks like a reference but is not, each with why and its examples (which are tests,
 * test/unit/reference-forms.test.ts, like the forms'). The recogniser reads a document kind followed by a number
 * as a reference unless one of these says otherwise; precision is kept by naming the exceptions here, not by
 * demanding an exact form. A trap that needs a check of its own names it (`check`), and trap-checks.ts,
 * questions.ts does it; the others are kept by the forms themselves (a Question needs its study group, a bare "LS"
 * its group) and are listed so that they stay kept.
 */

export type TrapCheck =
  /** Capitals glued before a kind: "PC5" (3GPP's interface), "OpenC2", "XTD270" are names, not documents. */
  | "inside-a-name"
  /** Letters glued after the number that are not a word of their own: "C4ISR", "TD270abc". */
  | "glued-code"
  /** A hyphen and four digits or more after the number: another body's document ("C3-190409", 3GPP CT3). */
  | "other-body-number"
  /** A decimal number: "C 3.2", "TD 4.1" are clauses or versions. */
  | "decimal"
  /** A two-character kind and digit among hex bytes: "1D C7 0A". */
  | "hex-bytes"
  /** The word before names what the code is: "Annex C1", "Table C3", "Room C2", "class C3". */
  | "part-of-a-document"
  /** A name that starts like a contribution: "C40 Cities" (KNOWN_NAMES). */
  | "known-name"
  /** Another ITU sector: "ITU-D SG 1 - LS 3", "ITU-R SG5-C12", "ITU-D Q.22/1" are not ITU-T documents or Questions. */
  | "other-sector";

export interface Trap {
  name: string;
  why: string;
  check?: TrapCheck;
  examples: readonly string[];
}

export const TRAPS: readonly Trap[] = [
  {
    name: "Another body's interface or product name",
    why: "3GPP's reference point PC5 and OASIS's OpenC2 contain C and a digit, glued to capitals or a name",
    check: "inside-a-name",
    examples: ["The PC5 and Uu interfaces; OpenC2 commands; XTD270 and ABC28", "the V2X PC5 interface"],
  },
  {
    name: "A kind and number inside a longer code",
    why: "letters glued after the number that are neither a word nor a mark of the table make a code",
    check: "glued-code",
    examples: ["C4ISR systems, C3PO, TD270abc and C2x", "the C5a protein, C2C and B2B markets"],
  },
  {
    name: "Another body's document number",
    why: "3GPP CT3's C3-190409, RAN2's R2-1812345: the kind's letter and a digit are the group, the number follows",
    check: "other-body-number",
    examples: ["LS from 3GPP CT3 (C3-190409) and C1-123456", "see S2-1901234 and C4-191234"],
  },
  {
    name: "Clause and version numbers",
    why: "a number with a decimal part is a clause or a version, never a document",
    check: "decimal",
    examples: ["see C 3.2 and C3.1.4 of the annex", "the TD 4.1 release"],
  },
  {
    name: "Hex bytes",
    why: "in a dump of bytes, C and a digit is a byte like its neighbours",
    check: "hex-bytes",
    examples: ["the header is 1D C7 0A FF", "bytes 00 C3 and C7 1D"],
  },
  {
    name: "Parts of a document, rooms and classes named with a letter and a number",
    why: "Annex C1, Appendix C2, Table C3 are parts of a text, Room C2 a meeting room, class C3 a category",
    check: "part-of-a-document",
    examples: [
      "Annex C1 and Appendix C2 of the report describe the method.",
      "See Table C3 and Figure C4; the meeting is in Room C2; equipment of class C3.",
    ],
  },
  {
    name: "Names that start like a contribution",
    why: "the C40 Cities network (in smart-city texts) is an organization, not contribution 40",
    check: "known-name",
    examples: ["with C40 Cities and the C40 Cities Climate Leadership Group"],
  },
  {
    name: "Another ITU sector's study group",
    why: "ITU-D and ITU-R study groups are numbered like ITU-T's, but their documents are not ITU-T documents",
    check: "other-sector",
    examples: [
      "a liaison with ITU-D SG 1 - LS 3 on terms",
      "ITU-R SG5-C12 and ITU-D SG2-TD 15",
      "ITU-D Q.22/1 and ITU-R Question 4/5 are other sectors' Questions",
    ],
  },
  {
    name: "Recommendations and their annexes",
    why: "a Recommendation's letter and number (Q.850, C.3) look like a Question or a contribution",
    examples: [
      "ITU-T A.8, Y.2015, H.324/M, Annex K/H.324 and H.225.0 Annex G",
      "Recommendation A.8 – AAP; Y.Suppl.42 to ITU-T Y.4100 series",
      "Q.850, Q.3640 (ex. Q.30xx_VoLTE) and Q.1912.5 are Recommendations; Q.5027 (ex Q.IITSN)",
    ],
  },
  {
    name: "Collective letters, circulars, working parties, report symbols, action labels",
    why: "these carry a number, even an n/sg, but are not documents or Questions",
    examples: [
      "called by TSB Collective 4/16 and Collective-letter 4/13; TSB circular 89",
      "Working Party 1/20 and WP2/TSAG met; WP1 WP2 WP3; WP2/2 and WP1/2 meetings",
      "TSAG – R 1 – E and Doc. TSAG – R 2",
      "Action TSAG RG-WPR-1 and WP2-1, RG-WPR-4",
      "| 2/11 | 1/11 | All/17 |",
    ],
  },
  {
    name: "Counts and headings",
    why: "a number before the kind counts documents; a kind without a number is a column or a word",
    examples: ["The meeting handled 296 TDs and 81 Contributions; the present TD", "# Q WP Final TD A.5"],
  },
  {
    name: "Dates, times, phone numbers, e-mails, addresses, clause numbers",
    why: "numbers of every other kind",
    examples: [
      "Status: 30 April 2017, 21:00; 12:45-13:45; 2015-102015-02",
      "Tel:+41 22 730 5860, E-mail: td270@example.org, https://www.itu.int/md/T25-TSAG-TD-GEN-0270/en",
      "21.1TSAG Rapporteur Group; 10Status of implementation",
    ],
  },
];

/** Names written like a reference, each from its first character: "C40 Cities" (the "known-name" trap). */
export const KNOWN_NAMES: readonly string[] = ["C40 Cities"];
