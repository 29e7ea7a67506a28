/** A reference to a TSAG document, Question, WTSA-24 Action or Resolution, found in one paragraph. */

/** TD: temporary document; C: contribution; LS: outgoing liaison statement (TSAG-LSn); Q: Question n/sg. */
export type DocumentKind = "TD" | "C" | "LS";
export type ReferenceKind = DocumentKind | "Q" | "WTSA-Action" | "Resolution";

export interface Attribution {
  /** The source as written: "ITU-T SG11", "Chair, ITU-T SG2", "Korea (Rep. of)", "FG-AINN". */
  text: string;
  start: number;
  length: number;
}

export interface Reference {
  kind: ReferenceKind;
  /** The registry's form: "TD171", "C28", "TSAG-LS10", "Q7/17", "WTSA-24 Action 9", "Resolution 2". */
  id: string;
  /** Revision number cited (TD171R1, TD171 Rev.1, TD624-R2), or null. */
  revision: number | null;
  /** Annex cited ("TD171 Annex B"), which is part of the document, not a revision. */
  annex: string | null;
  paragraph: number;
  /** Where the reference is written: "TD171R1", "TDs 177" for the first of a list, "240" for the next ones. */
  start: number;
  length: number;
  /** Where the revision number's digits are, for the "cite the latest revision" fix. */
  revisionDigits: { start: number; length: number } | null;
  attribution: Attribution | null;
  /** A Question introduced as new in the text ("new Question Q16/17"): not yet in the registry is expected. */
  introducedAsNew: boolean;
  /**
   * The group the text names as the document's owner: "SG17" for SG17-TD580, "TSAG" for TSAG-TD104; null when
   * none is named (a document of the report's own group). A registry speaks only for its own body's documents.
   */
  group: string | null;
}
