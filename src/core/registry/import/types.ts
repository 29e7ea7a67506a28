/**
 * What an importer gives: the entries it read from one input (an ITU index file, a saved listing page, a
 * spreadsheet, a report's Annex A, a list of Questions), each with where it came from, and what the input says
 * about itself (its as-of date, whose documents, whether it is only part of the list).
 */
import type { DocumentStatus } from "../types";

export interface Provenance {
  /** The input's name as the user gave it: a file name or an address. */
  input: string;
  /** Where in it: "row 12", "<folder> 7", "Annex A row 3". */
  where: string;
}

export interface ImportedDocument {
  /** "TD270", "C28", "TSAG-LS10": no zero padding. */
  id: string;
  /** A revision the input lists ("TD171R1" as its own row); absent for the document itself. */
  revision?: number;
  title?: string;
  source?: string;
  status?: DocumentStatus;
  url?: string;
  /** The meeting it was submitted to: "T25-TSAG-260126". */
  meeting?: string;
  /** The Questions it concerns: ["Q2/12"]. */
  questions?: string[];
  /** "Revised to" in a list: the document that supersedes it. */
  revisedTo?: string;
  /** Liaison statements are TDs whose title starts with "LS/i" (incoming) or "LS/o" (outgoing). */
  liaison?: "incoming" | "outgoing";
  /**
   * What this input knows of the document's revisions, when it knows something: "up-to" the latest one it shows
   * (a listing's "(Rev.2)": R1 and R2; 0 when it shows none), or "exactly" these (an earlier registry). Absent:
   * the input does not show revisions (ITU's index XML, a CSV without revision rows, an annex list).
   */
  revisionsKnown?: { kind: "up-to"; latest: number } | { kind: "exactly"; revisions: number[] };
  /** An annex list's "(TD111)": allocated to the meeting but not introduced at it. */
  notIntroduced?: boolean;
  provenance: Provenance;
}

export interface ImportedQuestion {
  /** "Q7/17". */
  id: string;
  title?: string;
  status?: "active" | "deleted";
  /** The working party it belongs to ("WP1"), or "PLEN" for a plenary Question (ITU's list of Questions). */
  workingParty?: string;
  provenance: Provenance;
}

export type ImportKind =
  | "itu-index-xml"
  | "md-listing-html"
  | "itu-questions-html"
  | "csv"
  | "xlsx"
  | "annex-a"
  | "allocation"
  | "questions"
  | "registry";

export interface ImportResult {
  input: string;
  kind: ImportKind;
  /** ISO date (yyyy-mm-dd) the input says it was made, when it says. */
  asOf?: string;
  /**
   * "partial": a page filtered by Question or source, one page of a paged listing, an agenda's allocation table —
   * not every document.
   */
  scope: "complete" | "partial";
  /** Whose documents: "TSAG", "SG12" (from "T25-SG12"). */
  group?: string;
  /** "2025-2028" (from "T25"). */
  studyPeriod?: string;
  /** A list of Questions: the study group whose Questions they are ("SG12"). */
  questionsOf?: string;
  /** The meeting(s) the input covers. */
  meetings: { code: string; title?: string; start?: string; end?: string }[];
  documents: ImportedDocument[];
  questions: ImportedQuestion[];
  /** Rows it could not read, each with why: "row 7: no document number". */
  skipped: string[];
  /** What the input is and why it is partial, when it is: "page 1 of a paged listing". */
  notes?: string[];
}

/** One sentence for an input that is not what it claims to be; the last good registry is kept. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}
