/**
 * The one place that decides how a document file is read (the CLI, the registry's import, the pane's Agenda area
 * and the playground all call it): by its first bytes, then by its name. A zip package or an OLE compound file
 * goes to the .docx reader (which names what it finds: a Word document, a workbook, a password-protected or
 * Word 97-2003 file); a .txt file to the plain-text reader; a name the project reads otherwise (a spreadsheet,
 * a registry) to neither.
 */
import type { DocumentSnapshot } from "../core";
import { readDocxWithNotes, UnreadableDocument } from "./docx";
import { readTextWithNotes } from "./text";

export { UnreadableDocument } from "./docx";

export type DocumentKind = "docx" | "text";

/** The names a directory walk picks up as documents. */
export const DOCUMENT_FILE = /\.(?:docx|txt)$/i;

/** Formats read by other importers, whatever their bytes (an .xlsx is a zip package too). */
const OTHER_FORMATS = /\.(?:xlsx|xlsm|xls|csv|tsv|json|xml|html?|pptx?)$/i;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** How a file is read as a document, or null when it is not one this project reads. */
export function documentKind(name: string, bytes: Uint8Array): DocumentKind | null {
  if (OTHER_FORMATS.test(name)) return null;
  if (startsWith(bytes, ZIP) || startsWith(bytes, COMPOUND_FILE) || /\.docx?$/i.test(name)) return "docx";
  if (/\.txt$/i.test(name)) return "text";
  return null;
}

/** A text file's characters: UTF-8, or UTF-16 when a byte-order mark says so (Word's "Unicode" text export). */
export function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  const text = new TextDecoder(encoding).decode(bytes);
  if (text.includes("\u0000")) throw new UnreadableDocument("this is not a text file.");
  return text;
}

export interface DocumentReading {
  kind: DocumentKind;
  snapshot: DocumentSnapshot;
  /** What the file holds that the snapshot does not ("1 text box not read…"). */
  notes: string[];
}

export async function readDocumentWithNotes(name: string, bytes: Uint8Array): Promise<DocumentReading> {
  const kind = documentKind(name, bytes);
  if (kind === "docx") return { kind, ...(await readDocxWithNotes(bytes)) };
  if (kind === "text") return { kind, ...readTextWithNotes(decodeText(bytes)) };
  throw new UnreadableDocument("only Word documents (.docx) and plain-text exports (.txt) can be read.");
}

/** Reads a document file (a .docx or a .txt export); throws UnreadableDocument with one sentence. */
export async function readDocumentFile(name: string, bytes: Uint8Array): Promise<DocumentSnapshot> {
  return (await readDocumentWithNotes(name, bytes)).snapshot;
}
