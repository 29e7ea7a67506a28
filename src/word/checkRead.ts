/**
 * How the pane reads the document for a check, and says which way it went.
 *
 * Through the file (documentFile.ts, fileRead.ts) — the .docx as Word would save it, read by the same reader as
 * `tsag-check`, so that the secretariat's batch and the pane give the same verdict on the same report (tracked
 * changes, highlights and the header included) — for Validate for posting, and for every check where asking Word
 * for the text with tracked changes accepted is costly or risky: WordApi 1.4–1.5 (every paragraph would be asked)
 * and the Mac (the tracked-change calls have frozen Word for Mac). Word's live paragraphs are still read, without
 * the tracked-change questions, so that findings can be placed at them for navigation and fixes.
 *
 * Through Word's paragraphs alone (readDocument) elsewhere, and wherever the host does not hand over the file.
 */
import type { DocumentSnapshot, Finding, TrackChangesMode } from "../core/document";
import { FileUnavailable, readDocumentFile, type OfficeDocumentApi } from "./documentFile";
import { runBatch } from "./errors";
import { mapFileCheck, type LiveTexts } from "./fileRead";
import { readParagraphPages } from "./pager";
import { readDocument, type ReadCapabilities } from "./readDocument";
import type { WordHost } from "./wordApi";

export interface CheckReadHost {
  word: WordHost;
  supports(set: "WordApi", version: string): boolean;
  readOnly: boolean;
  /** Office.context.document, where the host has getFileAsync. */
  documentFile?: OfficeDocumentApi;
  /** Where Word runs, as Office.context.diagnostics.platform says ("Mac", "PC", "OfficeOnline"…). */
  platform?: string;
}

/** Which way the document was read, in the rapporteur's words. */
export interface ReadingNote {
  via: "file" | "word";
  sentence: string;
  /** Tracked changes could not be read (WordApi 1.3, no file): deleted text was checked as if still there. */
  trackedChangesUnread: boolean;
  /** What the file path cost, when taken. */
  file?: { bytes: number; slices: number };
}

export interface CheckedDocument {
  snapshot: DocumentSnapshot;
  findings: Finding[];
  note: ReadingNote;
}

/** Whether a check of this kind goes through the file first on this host. */
export function prefersFile(host: CheckReadHost, posting: boolean): boolean {
  if (!host.documentFile) return false;
  const detectsRevisions = host.supports("WordApi", "1.6") && host.platform !== "Mac";
  return posting || !detectsRevisions;
}

export async function readAndCheck(
  host: CheckReadHost,
  posting: boolean,
  check: (snapshot: DocumentSnapshot) => Finding[],
): Promise<CheckedDocument> {
  const supports14 = host.supports("WordApi", "1.4");
  const capabilities: ReadCapabilities = {
    bookmarks: supports14,
    trackChanges: supports14,
    readOnly: host.readOnly,
  };
  let refusal: string | null = null;
  if (prefersFile(host, posting)) {
    // The reader (jszip and the XML parser) is loaded only when a file is read: the pane's first load stays small.
    const { readDocx, UnreadableDocument } = await import("../readers/docx");
    try {
      const file = await readDocumentFile(host.documentFile!);
      const fileSnapshot = await readDocx(file.bytes);
      // Everything but the paragraphs' places comes from the file: Word is asked for their texts only.
      const live = await readWordTexts(host.word, capabilities);
      const mapped = mapFileCheck(fileSnapshot, check(fileSnapshot), live);
      const unplaced =
        mapped.unplaced > 0
          ? ` ${mapped.unplaced} of its paragraphs could not be found in Word's (findings there take you to the paragraph before).`
          : "";
      return {
        snapshot: mapped.snapshot,
        findings: mapped.findings,
        note: {
          via: "file",
          sentence: `Read from the document as Word saves it, the way tsag-check reads it.${unplaced}`,
          trackedChangesUnread: false,
          file: { bytes: file.bytes.length, slices: file.slices },
        },
      };
    } catch (error) {
      if (!(error instanceof FileUnavailable) && !(error instanceof UnreadableDocument)) throw error;
      refusal = error.message;
    }
  }
  const snapshot = await readDocument(host.word, capabilities);
  const trackedChangesUnread = (host.word.revisions ?? "detect") === "none";
  const sentences = [
    refusal
      ? `Read through Word's paragraphs: ${refusal.replace(/\.$/, "")}, so the saved file could not be checked.`
      : "Read through Word's paragraphs.",
    trackedChangesUnread
      ? "This version of Word cannot show the add-in tracked changes: deleted text is checked too, as if it were still there."
      : "",
  ];
  return {
    snapshot,
    findings: check(snapshot),
    note: { via: "word", sentence: sentences.filter(Boolean).join(" "), trackedChangesUnread },
  };
}

const TRACK_MODES: Record<string, TrackChangesMode> = {
  Off: "off",
  TrackAll: "trackAll",
  TrackMineOnly: "trackMineOnly",
};

/** Word's live paragraphs' texts, in pages of texts only, and the tracking mode (WordApi 1.4). */
async function readWordTexts(word: WordHost, capabilities: ReadCapabilities): Promise<LiveTexts> {
  return runBatch(word, async (context) => {
    const read = await readParagraphPages(context, {
      revisions: "none",
      first: () => {
        if (capabilities.trackChanges) context.document.load("changeTrackingMode");
      },
      keepItems: false,
      textsOnly: true,
    });
    await read.finish();
    const mode = capabilities.trackChanges ? context.document.changeTrackingMode : null;
    return {
      texts: read.wordTexts,
      readOnly: capabilities.readOnly,
      trackChanges: mode !== null ? (TRACK_MODES[mode] ?? "unknown") : "unknown",
    };
  });
}
