/**
 * The shapes of the table of forms (forms.ts, forms-questions.ts): what a word does in a reference, and a row.
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
      /** An abbreviation, written with its dot: "Contr. 12". */
      abbreviation?: boolean;
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
