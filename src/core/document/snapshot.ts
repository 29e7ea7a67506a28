/**
 * The host-neutral picture of a document. Word (src/word), .docx and .txt readers all produce this shape, and
 * every rule reads only this shape: a rule never knows where the document came from.
 */
import { firstClause } from "./clauses";
import { detectHeaderFields, type HeaderFields } from "./header";

import type { TextSpan } from "./span";

export type { TextSpan };

export interface HighlightSpan extends TextSpan {
  /** Word's highlight colour name or hex value, e.g. "Yellow" or "#FFFF00". */
  color: string;
}

export interface HyperlinkSpan extends TextSpan {
  address: string;
}

export interface ListInfo {
  /** 0-based list level, as Word reports it. */
  level: number;
  /** The rendered bullet or number ("·", "1.", "4.b"), when the host can tell it. */
  listString: string | null;
}

export interface TableCellPosition {
  /** 0-based index of the table in document order, counting top-level tables only. */
  table: number;
  row: number;
  cell: number;
  /** 1 for a top-level table, 2 for a table nested in a cell, … */
  nesting: number;
}

export interface ParagraphSnapshot {
  /** 0-based position in document order; EditPlans address paragraphs by this index. */
  index: number;
  text: string;
  /** The style name as the document shows it (may be localized, e.g. "Überschrift 1"). */
  style: string;
  /** Word's language-independent style id ("Heading1", "Normal", …) or null when the style is not built-in. */
  styleBuiltIn: string | null;
  /** 1–9 for heading outline levels, null for body text. */
  outlineLevel: number | null;
  /** Heading level 1–9 taken from the built-in heading styles, null otherwise. */
  headingLevel: number | null;
  list: ListInfo | null;
  table: TableCellPosition | null;
  highlights: HighlightSpan[];
  /** Names of the bookmarks that start in this paragraph. */
  bookmarks: string[];
  hyperlinks: HyperlinkSpan[];
}

export type TrackChangesMode = "off" | "trackAll" | "trackMineOnly" | "unknown";

/**
 * Something a reader did not read, or could not read fully, in the user's words: the pane shows it and Validate
 * counts it, so that a part left out never looks like a part with nothing in it.
 */
export interface NotRead {
  part: "bookmarks" | "hyperlinks" | "tracked changes" | "highlights";
  /** One sentence: what was left out and why. */
  sentence: string;
}

export interface DocumentFacts {
  header: HeaderFields;
  trackChanges: TrackChangesMode;
  readOnly: boolean;
  /**
   * True when the document was read from a plain-text export: its tables (the header table among them) may be
   * lost, so what is missing from them is not the document's fault. Absent for Word and .docx.
   */
  textExport?: boolean;
  /** What this read left out (absent or empty: nothing). */
  notRead?: NotRead[];
  /** Where the text came from: Word's live paragraphs, or the .docx file as Word saves it. */
  source?: "word" | "file";
}

export interface DocumentSnapshot {
  paragraphs: ParagraphSnapshot[];
  facts: DocumentFacts;
}

/** What a reader knows of a paragraph; everything but the text is optional. */
export type ParagraphInput = Partial<Omit<ParagraphSnapshot, "index" | "text" | "headingLevel">> & {
  text: string;
};

export interface SnapshotOptions {
  trackChanges?: TrackChangesMode;
  readOnly?: boolean;
  textExport?: boolean;
  notRead?: NotRead[];
  source?: DocumentFacts["source"];
}

const HEADING_STYLE = /^Heading([1-9])$/;

export function headingLevelOf(styleBuiltIn: string | null): number | null {
  const match = styleBuiltIn === null ? null : HEADING_STYLE.exec(styleBuiltIn);
  return match ? Number(match[1]) : null;
}

/**
 * Builds a snapshot from what a reader found. Derived facts (heading level, header fields) are computed here,
 * once, so that every reader yields the same snapshot for the same document.
 */
export function createSnapshot(
  inputs: readonly ParagraphInput[],
  options: SnapshotOptions = {},
): DocumentSnapshot {
  const paragraphs = inputs.map((input, index): ParagraphSnapshot => {
    const styleBuiltIn = input.styleBuiltIn ?? null;
    return {
      index,
      text: input.text,
      style: input.style ?? "Normal",
      styleBuiltIn,
      outlineLevel: input.outlineLevel ?? null,
      headingLevel: headingLevelOf(styleBuiltIn),
      list: input.list ?? null,
      table: input.table ?? null,
      highlights: input.highlights ?? [],
      bookmarks: input.bookmarks ?? [],
      hyperlinks: input.hyperlinks ?? [],
    };
  });
  return {
    paragraphs,
    facts: {
      // The header is the header table and what precedes the first clause: a "Source:" in a figure or a
      // Recommendation's "Source" clause further on is not the document's.
      header: detectHeaderFields(paragraphs.slice(0, firstClause(paragraphs) ?? paragraphs.length)),
      trackChanges: options.trackChanges ?? "unknown",
      readOnly: options.readOnly ?? false,
      ...(options.textExport ? { textExport: true } : {}),
      ...(options.notRead?.length ? { notRead: options.notRead } : {}),
      ...(options.source ? { source: options.source } : {}),
    },
  };
}

/**
 * Word reports every bookmark that overlaps a paragraph; the snapshot records a bookmark only where it starts.
 * Given the names reported per paragraph in document order, keeps each name at its first paragraph.
 */
export function keepBookmarkStarts(namesPerParagraph: readonly (readonly string[])[]): string[][] {
  const seen = new Set<string>();
  return namesPerParagraph.map((names) => {
    const starts: string[] = [];
    for (const name of names) {
      if (!seen.has(name)) {
        seen.add(name);
        starts.push(name);
      }
    }
    return starts;
  });
}
