/**
 * The findings the author set aside, as the .docx carries them: Custom XML Data Storage parts (ECMA-376 Part 1,
 * §15.2.4), reached from the main document part by relationships of type …/relationships/customXml and stored
 * under customXml/ (customXml/item1.xml; its properties, §15.2.5 and §22.5, in customXml/itemProps1.xml). Parts of
 * other formats (bibliography sources, SharePoint properties) are left alone; the format is in
 * src/core/ignored/part.ts. Kept apart from docx.ts, which reads the document's text.
 */
import JSZip from "jszip";
import { parseIgnoredFindingsParts, type ReadDecisions } from "../core";

const CUSTOM_XML_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const RELATIONSHIP = /<(?:\w+:)?Relationship\b[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** "../customXml/item1.xml" from word/document.xml → "customXml/item1.xml" (OPC part names, ECMA-376 Part 2). */
function resolvePartName(target: string): string {
  const parts = target.startsWith("/") ? [] : ["word"];
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** A part's text: UTF-16 when it starts with a byte-order mark saying so, UTF-8 otherwise (XML 1.0 §4.3.3). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** The text of every custom XML data part of the package: those the document relates to, and any other customXml/itemN.xml. */
export async function readCustomXmlParts(zip: JSZip): Promise<string[]> {
  const names = new Set<string>();
  const rels = await zip.file("word/_rels/document.xml.rels")?.async("string");
  for (const tag of rels?.match(RELATIONSHIP) ?? []) {
    const target = attribute(tag, "Target");
    if (
      attribute(tag, "Type") === CUSTOM_XML_RELATIONSHIP &&
      target &&
      attribute(tag, "TargetMode") !== "External"
    )
      names.add(resolvePartName(target));
  }
  zip.forEach((path) => {
    if (/^customXml\/item\d+\.xml$/i.test(path)) names.add(path);
  });
  const texts: string[] = [];
  for (const name of [...names].sort()) {
    const file = zip.file(name);
    if (file) texts.push(decode(await file.async("uint8array")));
  }
  return texts;
}

/** The decisions a .docx holds, and one sentence for each that could not be read. Not a zip: none. */
export async function readIgnoredDecisions(content: Uint8Array): Promise<ReadDecisions> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch {
    return { decisions: [], skipped: [] }; // readDocx says the file is not a .docx
  }
  return parseIgnoredFindingsParts(await readCustomXmlParts(zip));
}
