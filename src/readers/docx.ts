/**
 * Reads a .docx file into the same DocumentSnapshot Word gives: paragraphs in document order (those in tables
 * and nested tables included, with their cell positions), style names, highlighted runs, bookmarks that start in
 * each paragraph, hyperlinks, fields' result text (not their codes), and, under track changes, the text as it
 * will read once the changes are accepted: deleted text is left out, inserted text counted.
 * A real OOXML reader: jszip for the package, fast-xml-parser for the XML.
 */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import {
  createSnapshot,
  type DocumentSnapshot,
  type HighlightSpan,
  type HyperlinkSpan,
  type ParagraphInput,
  type TableCellPosition,
} from "../core";

/** One sentence about a file that cannot be read; the batch goes on with the next file. */
export class UnreadableDocument extends Error {}

type XmlNode = Record<string, unknown>;

/** How the reader parses OOXML (exported so that the benchmark's floor uses exactly the same parser). */
export const OOXML_PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
} as const;

const parser = new XMLParser(OOXML_PARSER_OPTIONS);

function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== ":@") return key; // no array allocated: this runs for every XML node
  return "";
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[":@"] as Record<string, string> | undefined;
  return attributes?.[name];
}

function find(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tagOf(node) === tag);
}

const BUILT_IN: Record<string, string> = {
  normal: "Normal",
  title: "Title",
  "list paragraph": "ListParagraph",
};
for (let level = 1; level <= 9; level++) BUILT_IN[`heading ${level}`] = `Heading${level}`;
const BUILT_IN_DISPLAY: Record<string, string> = {
  Normal: "Normal",
  Title: "Title",
  ListParagraph: "List Paragraph",
};
for (let level = 1; level <= 9; level++) BUILT_IN_DISPLAY[`Heading${level}`] = `Heading ${level}`;

interface StyleInfo {
  name: string;
  builtIn: string | null;
  outlineLevel: number | null;
}

function readStyles(xml: string | null): { byId: Map<string, StyleInfo>; defaultId: string | null } {
  const byId = new Map<string, StyleInfo>();
  let defaultId: string | null = null;
  if (!xml) return { byId, defaultId };
  const root = find(parser.parse(xml) as XmlNode[], "w:styles");
  for (const style of root ? childrenOf(root) : []) {
    if (tagOf(style) !== "w:style" || attribute(style, "w:type") !== "paragraph") continue;
    const id = attribute(style, "w:styleId") ?? "";
    const rawName = attribute(find(childrenOf(style), "w:name") ?? {}, "w:val") ?? id;
    const builtIn = BUILT_IN[rawName.toLowerCase()] ?? null;
    const outline = find(childrenOf(find(childrenOf(style), "w:pPr") ?? {}), "w:outlineLvl");
    byId.set(id, {
      name: builtIn ? BUILT_IN_DISPLAY[builtIn]! : rawName,
      builtIn,
      outlineLevel: outline ? Number(attribute(outline, "w:val")) + 1 : null,
    });
    if (attribute(style, "w:default") === "1") defaultId = id;
  }
  return { byId, defaultId };
}

function readRelationships(xml: string | null): Map<string, string> {
  const targets = new Map<string, string>();
  if (!xml) return targets;
  const root = find(parser.parse(xml) as XmlNode[], "Relationships");
  for (const relationship of root ? childrenOf(root) : []) {
    const id = attribute(relationship, "Id");
    const target = attribute(relationship, "Target");
    if (id && target) targets.set(id, target);
  }
  return targets;
}

function capitalize(color: string): string {
  return color.charAt(0).toUpperCase() + color.slice(1);
}

/** Builds one paragraph's text and spans while walking its runs. */
class ParagraphBuilder {
  text = "";
  highlights: HighlightSpan[] = [];
  hyperlinks: HyperlinkSpan[] = [];
  bookmarks: string[] = [];
  /** Complex fields: depth, and whether we are in the instruction part (not shown) of the innermost one. */
  private fields: { showingResult: boolean }[] = [];

  constructor(
    private readonly relationships: Map<string, string>,
    pendingBookmarks: string[],
  ) {
    this.bookmarks.push(...pendingBookmarks);
  }

  private append(text: string, highlight: string | null): void {
    if (text === "" || this.fields.some((field) => !field.showingResult)) return;
    const start = this.text.length;
    this.text += text;
    if (highlight) {
      const last = this.highlights[this.highlights.length - 1];
      if (last && last.color === highlight && last.start + last.length === start) last.length += text.length;
      else this.highlights.push({ start, length: text.length, color: highlight });
    }
  }

  private run(run: XmlNode): void {
    const children = childrenOf(run);
    const properties = find(children, "w:rPr");
    const highlightNode = properties ? find(childrenOf(properties), "w:highlight") : undefined;
    const highlightValue = highlightNode ? attribute(highlightNode, "w:val") : undefined;
    const highlight = highlightValue && highlightValue !== "none" ? capitalize(highlightValue) : null;
    for (const child of children) {
      switch (tagOf(child)) {
        case "w:t":
          this.append(
            childrenOf(child)
              .map((text) => String(text["#text"] ?? ""))
              .join(""),
            highlight,
          );
          break;
        case "w:tab":
        case "w:ptab":
          this.append("\t", highlight);
          break;
        case "w:br":
        case "w:cr":
          this.append("\u000b", highlight); // Word reports a manual line break as a vertical tab
          break;
        case "w:noBreakHyphen":
          this.append("\u2011", highlight);
          break;
        case "w:sym": {
          const code = attribute(child, "w:char");
          if (code) this.append(String.fromCharCode(parseInt(code, 16) & 0xffff), highlight);
          break;
        }
        case "w:fldChar": {
          const type = attribute(child, "w:fldCharType");
          if (type === "begin") this.fields.push({ showingResult: false });
          else if (type === "separate" && this.fields.length > 0)
            this.fields[this.fields.length - 1]!.showingResult = true;
          else if (type === "end") this.fields.pop();
          break;
        }
        default:
          break; // w:delText, w:instrText, drawings, footnote references: not part of the text
      }
    }
  }

  /** Inline content: runs, and the containers that hold runs. */
  inline(nodes: readonly XmlNode[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      switch (tag) {
        case "w:r":
          this.run(node);
          break;
        case "w:hyperlink": {
          const start = this.text.length;
          this.inline(childrenOf(node));
          const id = attribute(node, "r:id");
          const anchor = attribute(node, "w:anchor");
          const address = id ? this.relationships.get(id) : anchor ? `#${anchor}` : undefined;
          if (address && this.text.length > start)
            this.hyperlinks.push({ start, length: this.text.length - start, address });
          break;
        }
        case "w:bookmarkStart": {
          const name = attribute(node, "w:name");
          if (name && !this.bookmarks.includes(name)) this.bookmarks.push(name);
          break;
        }
        case "w:del":
        case "w:moveFrom":
          break; // deleted under track changes: not counted
        case "w:ins":
        case "w:moveTo":
        case "w:fldSimple":
        case "w:smartTag":
        case "w:customXml":
          this.inline(childrenOf(node));
          break;
        case "w:sdt":
          this.inline(childrenOf(find(childrenOf(node), "w:sdtContent") ?? {}));
          break;
        default:
          break;
      }
    }
  }
}

interface Walk {
  paragraphs: ParagraphInput[];
  styles: ReturnType<typeof readStyles>;
  relationships: Map<string, string>;
  pendingBookmarks: string[];
  tableCount: number;
}

function paragraph(node: XmlNode, walk: Walk, table: TableCellPosition | null): void {
  const children = childrenOf(node);
  const properties = childrenOf(find(children, "w:pPr") ?? {});
  const styleId = attribute(find(properties, "w:pStyle") ?? {}, "w:val") ?? walk.styles.defaultId;
  const style = styleId ? walk.styles.byId.get(styleId) : undefined;
  const numbering = find(properties, "w:numPr");
  const level = numbering
    ? Number(attribute(find(childrenOf(numbering), "w:ilvl") ?? {}, "w:val") ?? 0)
    : null;
  const outline = find(properties, "w:outlineLvl");
  const builder = new ParagraphBuilder(walk.relationships, walk.pendingBookmarks.splice(0));
  builder.inline(children);
  const outlineLevel = outline ? Number(attribute(outline, "w:val")) + 1 : (style?.outlineLevel ?? null);
  walk.paragraphs.push({
    text: builder.text,
    style: style?.name ?? "Normal",
    styleBuiltIn: style ? style.builtIn : "Normal",
    outlineLevel: outlineLevel !== null && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : null,
    list: level === null ? null : { level, listString: null },
    table,
    highlights: builder.highlights,
    bookmarks: builder.bookmarks,
    hyperlinks: builder.hyperlinks,
  });
}

function blocks(nodes: readonly XmlNode[], walk: Walk, table: TableCellPosition | null): void {
  for (const node of nodes) {
    switch (tagOf(node)) {
      case "w:p":
        paragraph(node, walk, table);
        break;
      case "w:tbl": {
        const index = table ? table.table : walk.tableCount++;
        const nesting = table ? table.nesting + 1 : 1;
        childrenOf(node)
          .filter((row) => tagOf(row) === "w:tr")
          .forEach((row, rowIndex) => {
            childrenOf(row)
              .filter((cell) => tagOf(cell) === "w:tc")
              .forEach((cell, cellIndex) =>
                blocks(childrenOf(cell), walk, { table: index, row: rowIndex, cell: cellIndex, nesting }),
              );
          });
        break;
      }
      case "w:bookmarkStart": {
        const name = attribute(node, "w:name");
        if (name) walk.pendingBookmarks.push(name); // starts before the next paragraph
        break;
      }
      case "w:sdt":
        blocks(childrenOf(find(childrenOf(node), "w:sdtContent") ?? {}), walk, table);
        break;
      case "w:ins":
      case "w:customXml":
        blocks(childrenOf(node), walk, table);
        break;
      default:
        break;
    }
  }
}

export async function readDocx(content: Uint8Array): Promise<DocumentSnapshot> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch {
    throw new UnreadableDocument("not a Word document (.docx): the file is not a valid zip package.");
  }
  const part = async (name: string) => (zip.file(name) ? await zip.file(name)!.async("string") : null);
  const documentXml = await part("word/document.xml");
  if (!documentXml)
    throw new UnreadableDocument("not a Word document (.docx): word/document.xml is missing.");

  // The parser is lenient and would read a truncated part; a damaged file must be refused, not half read.
  // (A full validation pass would double the cost of reading; damage shows as a part cut short, and a bad zip
  // entry already fails its CRC check in jszip.)
  if (!/<\/w:document>\s*$/.test(documentXml.slice(-200))) {
    throw new UnreadableDocument("damaged Word document: word/document.xml is cut short.");
  }
  const root = parser.parse(documentXml) as XmlNode[];
  const body = find(childrenOf(find(root, "w:document") ?? {}), "w:body");
  if (!body) throw new UnreadableDocument("damaged Word document: word/document.xml has no body.");
  const walk: Walk = {
    paragraphs: [],
    styles: readStyles(await part("word/styles.xml")),
    relationships: readRelationships(await part("word/_rels/document.xml.rels")),
    pendingBookmarks: [],
    tableCount: 0,
  };
  blocks(childrenOf(body), walk, null);
  const settings = (await part("word/settings.xml")) ?? "";
  return createSnapshot(walk.paragraphs, {
    readOnly: true,
    trackChanges: settings.includes("<w:trackRevisions") ? "trackAll" : "off",
  });
}

// The author's decisions to ignore findings, from the package's custom XML parts (a separate reader).
export { readIgnoredDecisions } from "./ignoredFindings";
