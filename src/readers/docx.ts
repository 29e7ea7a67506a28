/**
 * Reads a .docx file into the same DocumentSnapshot Word gives, by the paragraph model of
 * docs/paragraph-model.md: Word's body paragraphs in document order (those in tables and nested tables included,
 * with their cell positions), style names, highlighted runs, bookmarks that start in each paragraph, hyperlinks
 * (link elements and HYPERLINK fields), fields' result text (not their codes), math and symbols as their
 * characters, and the text as it reads once tracked changes are accepted.
 * jszip for the package, one streaming pass of htmlparser2 (XML mode) over the main part: no tree is built.
 */
import { createSnapshot, type DocumentSnapshot } from "../core";
import { readBody, type SkippedContent } from "./ooxml/body";
import { openWordPackage, UnreadableDocument } from "./ooxml/package";
import { readStyles } from "./ooxml/styles";

export { UnreadableDocument } from "./ooxml/package";

export interface DocxReading {
  snapshot: DocumentSnapshot;
  /** What the file holds that the snapshot does not, in the rapporteur's words ("2 text boxes: not read."). */
  notes: string[];
}

const MAIN_KINDS: Readonly<Record<string, string>> = {
  "?:workbook": "an Excel workbook",
  "?:presentation": "a PowerPoint presentation",
};

function notesFor(skipped: SkippedContent): string[] {
  const notes: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (skipped.textBoxes > 0)
    notes.push(
      `${count(skipped.textBoxes, "text box", "text boxes")} not read: Word does not count them as the document's paragraphs.`,
    );
  if (skipped.embeddedDocuments > 0)
    notes.push(
      `${count(skipped.embeddedDocuments, "embedded document", "embedded documents")} (altChunk) not read: save the file in Word once to merge it.`,
    );
  if (skipped.unknownSymbols > 0)
    notes.push(
      `${count(skipped.unknownSymbols, "symbol", "symbols")} of a symbol font this reader does not know kept as the font's own character codes.`,
    );
  return notes;
}

/** Reads a .docx and says what it did not read. */
export async function readDocxWithNotes(content: Uint8Array): Promise<DocxReading> {
  const wordPackage = await openWordPackage(content);
  const xml = (await wordPackage.text(wordPackage.mainName))!;
  const [stylesXml, settingsXml] = await Promise.all([
    wordPackage.related("styles"),
    wordPackage.related("settings"),
  ]);
  const body = readBody(xml, readStyles(stylesXml), wordPackage.relationships);
  if (body.root !== "w:document") {
    const kind = body.root ? MAIN_KINDS[body.root.replace(/^[^:]*:/, "?:")] : undefined;
    throw new UnreadableDocument(
      kind
        ? `not a Word document (.docx): the file is ${kind}.`
        : `not a Word document (.docx): its main part ${wordPackage.mainName} holds no Word document.`,
    );
  }
  // The parser reads what is there; a damaged file must be refused, not half read. Damage shows as a part cut
  // short (a bad zip entry already fails its CRC check in jszip).
  if (!body.complete)
    throw new UnreadableDocument(`damaged Word document: ${wordPackage.mainName} is cut short.`);
  if (!body.sawBody)
    throw new UnreadableDocument(`damaged Word document: ${wordPackage.mainName} has no body.`);
  const tracking =
    settingsXml !== null &&
    /<(?:[\w.-]+:)?trackRevisions(?![\w-])(?![^>]*:val="(?:0|false|off)")/.test(settingsXml);
  return {
    snapshot: createSnapshot(body.paragraphs, {
      readOnly: true,
      trackChanges: tracking ? "trackAll" : "off",
    }),
    notes: notesFor(body.skipped),
  };
}

export async function readDocx(content: Uint8Array): Promise<DocumentSnapshot> {
  return (await readDocxWithNotes(content)).snapshot;
}

// The author's decisions to ignore findings, from the package's custom XML parts (a separate reader).
export { readIgnoredDecisions } from "./ignoredFindings";
