/**
 * The package around a Word document (Open Packaging Conventions): the main part is the one the package
 * relationships name as the office document (usually word/document.xml, but any name is valid), and its styles
 * and settings are the parts its own relationships name. Part names are compared without case, as OPC says.
 * Files that are not a package get one sentence that says what they are: a password-protected document (an
 * encrypted package inside an OLE compound file), a Word 97–2003 file, or something else.
 */
import JSZip from "jszip";
import { Parser } from "htmlparser2";

/** One sentence about a file that cannot be read; the batch goes on with the next file. */
export class UnreadableDocument extends Error {}

export interface Relationship {
  type: string;
  /** The target part's name in the package (resolved, without a leading "/"), or the URL of an external target. */
  target: string;
  external: boolean;
}

export interface WordPackage {
  /** The main part's name, e.g. "word/document.xml". */
  mainName: string;
  /** The main part's relationships by id (hyperlink targets among them). */
  relationships: Map<string, Relationship>;
  /** A part's text, or null when the package has no such part. */
  text(name: string): Promise<string | null>;
  /**
   * The text of the part the main part relates to with a relationship of this type ("styles"); without such a
   * relationship, the part of that name next to the main part (what packages without relationships hold); or null.
   */
  related(typeSuffix: string): Promise<string | null>;
}

/** The signature of an OLE compound file (Word 97–2003 files, and encrypted Office files of any version). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" as a compound file writes directory names (UTF-16LE): the stream of an encrypted package. */
const ENCRYPTED_STREAM = [..."EncryptedPackage"].flatMap((character) => [character.charCodeAt(0), 0]);

/** Whether `bytes` holds `pattern` (no Buffer: the pane runs this reader in the browser too). */
function holds(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0]!;
  for (
    let at = bytes.indexOf(first);
    at >= 0 && at + pattern.length <= bytes.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    let i = 1;
    while (i < pattern.length && bytes[at + i] === pattern[i]) i++;
    if (i === pattern.length) return true;
  }
  return false;
}

function isCompoundFile(content: Uint8Array): boolean {
  return content.length >= 8 && COMPOUND_FILE.every((byte, i) => content[i] === byte);
}

function refuseNonPackage(content: Uint8Array): never {
  if (isCompoundFile(content)) {
    if (holds(content, ENCRYPTED_STREAM)) {
      throw new UnreadableDocument(
        "the document is protected with a password: remove the password in Word (File > Info > Protect Document > Encrypt with Password), save it, and check it again.",
      );
    }
    throw new UnreadableDocument(
      "a Word 97-2003 document (.doc) or another older Office file, not a .docx: open it in Word and save it as a Word Document (.docx).",
    );
  }
  throw new UnreadableDocument("not a Word document (.docx): the file is not a valid zip package.");
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
function resolveTarget(folder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // a malformed escape: keep the name as written
  }
  const segments = decoded.startsWith("/") ? [] : folder.split("/").filter((s) => s !== "");
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** Reads a .rels part (small: a streaming parse, any prefix). */
export function readRelationships(xml: string | null, folder: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  if (!xml) return relationships;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== "Relationship" && !name.endsWith(":Relationship")) return;
        const { Id: id, Type: type, Target: target, TargetMode: mode } = attributes;
        if (!id || !target) return;
        const external = mode === "External";
        relationships.set(id, {
          type: type ?? "",
          target: external ? target : resolveTarget(folder, target),
          external,
        });
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return relationships;
}

function folderOf(name: string): string {
  const slash = name.lastIndexOf("/");
  return slash < 0 ? "" : name.slice(0, slash);
}

function relationshipsPartOf(name: string): string {
  const slash = name.lastIndexOf("/");
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

/** The relationship type of the main part, Transitional or Strict, ends with this. */
const OFFICE_DOCUMENT = "/officeDocument";

export async function openWordPackage(content: Uint8Array): Promise<WordPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch {
    refuseNonPackage(content);
  }
  const entries = new Map<string, JSZip.JSZipObject>();
  zip.forEach((name, entry) => {
    if (!entry.dir) entries.set(name.toLowerCase(), entry);
  });
  // The platform's UTF-8 decoder: several times faster than jszip's own on a large part.
  const decoder = new TextDecoder("utf-8");
  const text = async (name: string) => {
    const entry = entries.get(name.toLowerCase());
    return entry ? decoder.decode(await entry.async("uint8array")) : null;
  };

  const packageRelationships = readRelationships(await text("_rels/.rels"), "");
  const named = [...packageRelationships.values()].find(
    (r) => !r.external && r.type.endsWith(OFFICE_DOCUMENT),
  );
  const mainName = named?.target ?? "word/document.xml";
  if (!entries.has(mainName.toLowerCase())) {
    throw new UnreadableDocument(
      named
        ? `damaged Word document: its main part ${mainName} is missing.`
        : "not a Word document (.docx): word/document.xml is missing, and the package names no other main document.",
    );
  }
  const relationships = readRelationships(await text(relationshipsPartOf(mainName)), folderOf(mainName));
  return {
    mainName,
    relationships,
    text,
    async related(typeSuffix) {
      for (const relationship of relationships.values()) {
        if (!relationship.external && relationship.type.endsWith(`/${typeSuffix}`))
          return text(relationship.target);
      }
      return text(`${folderOf(mainName)}/${typeSuffix}.xml`);
    },
  };
}
