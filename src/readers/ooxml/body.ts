/**
 * The body of a Word document in one streaming pass over its XML (htmlparser2 in XML mode: no tree is built).
 * The paragraph model is docs/paragraph-model.md: Word's body paragraphs in document order, those in tables
 * included; text boxes, drawings and other stories not counted; tracked changes read as accepted (deleted runs,
 * paragraphs, rows and cells are gone, a deleted paragraph mark joins its paragraph to the next). Containers that
 * Word shows through (content controls, custom XML, smart tags, insertions, math, ruby bases, fields' results)
 * are walked through at any level, around runs, paragraphs, cells or rows.
 */
import type { ParagraphInput, TableCellPosition } from "../../core";
import { hyperlinkAddress } from "./fields";
import { NamespaceScope } from "./namespaces";
import type { Relationship } from "./package";
import { highlightName, ParagraphText } from "./paragraphText";
import { outlineLevelFrom, type Styles } from "./styles";
import { symbolCharacter } from "./symbols";
import { streamXml, type XmlAttributes, type XmlEvents } from "./xmlStream";

/** What the reader met and did not read into the text, so that it can say so. */
export interface SkippedContent {
  textBoxes: number;
  /** Embedded documents (`w:altChunk`): Word merges them on opening; their text is not in this part. */
  embeddedDocuments: number;
  /** `w:sym` characters of symbol fonts whose layout is not known: kept as the font's private code. */
  unknownSymbols: number;
}

export interface BodyReading {
  paragraphs: ParagraphInput[];
  /** False when the part ends before its root element does (a damaged, cut-short file). */
  complete: boolean;
  /** The root element's canonical name ("w:document" for a Word document). */
  root: string | null;
  sawBody: boolean;
  skipped: SkippedContent;
}

/** Subtrees whose content is never part of a body paragraph's text. */
const IGNORED = new Set([
  "w:sectPr",
  "w:pPrChange",
  "w:rPrChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:numberingChange",
  "w:sdtPr",
  "w:sdtEndPr",
  "w:customXmlPr",
  "w:smartTagPr",
  "w:rubyPr",
  "w:rt",
  "w:tblPr",
  "w:tblGrid",
  "w:tblPrEx",
  "w:fldData",
  "w:delText",
  "w:delInstrText",
  "w:background",
  "m:ctrlPr",
  // Drawings and VML shapes hold text boxes: other stories, as Word's body.paragraphs has it.
  "w:drawing",
  "w:pict",
  "w:object",
  "w:txbxContent",
]);

interface TableFrame {
  /** The top-level table's number, given when its first paragraph is read (a table deleted whole has none). */
  index: number;
  nesting: number;
  row: number;
  cell: number;
  rowDeleted: boolean;
  cellDeleted: boolean;
}

interface Field {
  instruction: string;
  showingResult: boolean;
  /** Where the result began: the paragraph's builder and the offset in it. */
  resultStart: { paragraph: ParagraphText; offset: number } | null;
}

interface ParagraphProperties {
  styleId: string | null;
  outline: number | null;
  listLevel: number | null;
  numId: string | null;
  markDeleted: boolean;
}

class BodyWalker implements XmlEvents {
  readonly paragraphs: ParagraphInput[] = [];
  readonly skipped: SkippedContent = { textBoxes: 0, embeddedDocuments: 0, unknownSymbols: 0 };
  root: string | null = null;
  rootClosed = false;
  sawBody = false;

  private scopes: NamespaceScope[] = [NamespaceScope.root()];
  /** The canonical names of the open elements (resolved once, at the start tag). */
  private names: string[] = [];
  /** > 0 inside an ignored subtree: the depth into it. */
  private ignoring = 0;
  private ignoringFallback = false;
  private tables: TableFrame[] = [];
  private tableCount = 0;
  private alternates: boolean[] = [];
  private fields: Field[] = [];
  /** How many open fields are showing their instruction (text is hidden while any is). */
  private hidingFields = 0;
  private links: { start: number; address: string | undefined; paragraph: ParagraphText }[] = [];
  private bookmarksBefore: string[] = [];

  private inBody = false;
  private current: ParagraphText | null = null;
  /** A paragraph whose mark was deleted: the next paragraph in the same place continues it. */
  private joining: { text: ParagraphText; properties: ParagraphProperties } | null = null;
  private properties: ParagraphProperties = BodyWalker.noProperties();
  private inParagraphProperties = false;
  private inRunProperties = false;
  private inTableRowProperties = false;
  private inTableCellProperties = false;
  private inRun = false;
  private highlight: string | null = null;
  private textKind: "text" | "instruction" | null = null;

  constructor(
    private readonly styles: Styles,
    private readonly relationships: Map<string, Relationship>,
  ) {}

  private static noProperties(): ParagraphProperties {
    return { styleId: null, outline: null, listLevel: null, numId: null, markDeleted: false };
  }

  get wantsText(): boolean {
    return this.ignoring === 0 && this.textKind !== null;
  }

  open(rawName: string, attributes: XmlAttributes): void {
    const scope = this.scopes[this.scopes.length - 1]!.enter(attributes);
    this.scopes.push(scope);
    const name = scope.name(rawName);
    this.names.push(name);
    if (this.ignoring > 0) {
      this.ignoring++;
      if (name === "w:txbxContent" && !this.ignoringFallback) this.skipped.textBoxes++;
      return;
    }
    const value = (key: string): string | undefined => attributes.get(scope.attributeKey(key));
    if (this.root === null) this.root = name;
    if (!this.inBody) {
      if (name === "w:body") this.inBody = this.sawBody = true;
      else if (IGNORED.has(name)) this.ignoring = 1;
      return;
    }

    // Property elements first: the same names mean other things there (w:del marks a deleted mark or row).
    if (this.inParagraphProperties) return this.paragraphProperty(name, value);
    if (this.inRunProperties) {
      if (name === "w:highlight") this.highlight = highlightName(value("w:val"));
      else if (IGNORED.has(name)) this.ignoring = 1;
      return;
    }
    if (this.inTableRowProperties) {
      if (name === "w:del") this.tables[this.tables.length - 1]!.rowDeleted = true;
      else if (IGNORED.has(name)) this.ignoring = 1;
      return;
    }
    if (this.inTableCellProperties) {
      if (name === "w:cellDel") this.tables[this.tables.length - 1]!.cellDeleted = true;
      else if (IGNORED.has(name)) this.ignoring = 1;
      return;
    }

    switch (name) {
      case "w:p":
        return this.startParagraph();
      case "w:pPr":
        this.inParagraphProperties = true;
        return;
      case "w:r":
      case "m:r":
        this.inRun = true;
        this.highlight = null;
        return;
      case "w:rPr":
        this.inRunProperties = true;
        return;
      case "w:t":
      case "m:t":
        if (this.inRun) this.textKind = "text";
        return;
      case "w:instrText":
        if (this.inRun) this.textKind = "instruction";
        return;
      case "w:tab":
      case "w:ptab":
        return this.runText("\t");
      case "w:br":
      case "w:cr":
        return this.runText("\u000b"); // Word reports a manual line break as a vertical tab
      case "w:noBreakHyphen":
        return this.runText("\u2011");
      case "w:sym":
        return this.symbol(value("w:font"), value("w:char"));
      case "w:fldChar":
        return this.fieldCharacter(value("w:fldCharType"));
      case "w:fldSimple":
        this.fields.push({
          instruction: value("w:instr") ?? "",
          showingResult: true,
          resultStart: this.here(),
        });
        return;
      case "w:hyperlink":
        return this.startLink(value("r:id"), value("w:anchor"));
      case "w:bookmarkStart":
        return this.bookmark(value("w:name"));
      case "w:del":
      case "w:moveFrom":
        this.ignoring = 1; // deleted (or moved away) under track changes: not in the accepted text
        return;
      case "w:altChunk":
        this.skipped.embeddedDocuments++;
        this.ignoring = 1;
        return;
      case "w:tbl":
        return this.startTable();
      case "w:tr":
        return this.startRow();
      case "w:trPr":
        this.inTableRowProperties = true;
        return;
      case "w:tc":
        return this.startCell();
      case "w:tcPr":
        this.inTableCellProperties = true;
        return;
      case "mc:AlternateContent":
        this.alternates.push(false);
        return;
      case "mc:Choice":
      case "mc:Fallback":
        // Word shows one branch: the first it can read. Here the first; the others are the same content again.
        if (this.alternates[this.alternates.length - 1]) {
          this.ignoring = 1;
          this.ignoringFallback = true;
        } else if (this.alternates.length > 0) this.alternates[this.alternates.length - 1] = true;
        return;
      default:
        if (IGNORED.has(name)) {
          this.ignoring = 1;
          if (name === "w:txbxContent") this.skipped.textBoxes++;
        }
        // Anything else (content controls, custom XML, smart tags, insertions, math structure, ruby bases,
        // elements of other namespaces) is walked through: its text is the document's text.
        return;
    }
  }

  text(data: string): void {
    if (this.ignoring > 0 || this.textKind === null) return;
    if (this.textKind === "instruction") {
      const field = this.fields[this.fields.length - 1];
      if (field && !field.showingResult) field.instruction += data;
    } else this.runText(data);
  }

  close(): void {
    this.scopes.pop();
    const name = this.names.pop()!;
    if (this.ignoring > 0) {
      if (--this.ignoring === 0) this.ignoringFallback = false;
      return;
    }
    if (this.scopes.length === 1) this.rootClosed = true;
    switch (name) {
      case "w:body":
        this.flushJoining();
        this.inBody = false;
        return;
      case "w:p":
        return this.endParagraph();
      case "w:pPr":
        this.inParagraphProperties = false;
        return;
      case "w:rPr":
        this.inRunProperties = false;
        return;
      case "w:r":
      case "m:r":
        this.inRun = false;
        return;
      case "w:t":
      case "m:t":
      case "w:instrText":
        this.textKind = null;
        return;
      case "w:fldSimple":
        return this.endField();
      case "w:hyperlink":
        return this.endLink();
      case "w:tbl":
        this.flushJoining();
        this.tables.pop();
        return;
      case "w:tr": {
        const table = this.tables[this.tables.length - 1];
        if (table?.rowDeleted) table.row--; // a deleted row is gone: the next row takes its number
        return;
      }
      case "w:trPr":
        this.inTableRowProperties = false;
        return;
      case "w:tc": {
        this.flushJoining();
        const table = this.tables[this.tables.length - 1];
        if (table?.cellDeleted) table.cell--;
        return;
      }
      case "w:tcPr":
        this.inTableCellProperties = false;
        return;
      case "mc:AlternateContent":
        this.alternates.pop();
        return;
    }
  }

  private paragraphProperty(name: string, value: (key: string) => string | undefined): void {
    const properties = this.properties;
    switch (name) {
      case "w:pStyle":
        properties.styleId = value("w:val") ?? null;
        return;
      case "w:outlineLvl":
        properties.outline = Number(value("w:val"));
        return;
      case "w:ilvl":
        properties.listLevel = Number(value("w:val") ?? 0);
        return;
      case "w:numId":
        properties.numId = value("w:val") ?? null;
        return;
      case "w:del":
      case "w:moveFrom":
        // Only as a property of the paragraph mark (w:pPr/w:rPr): the mark is deleted.
        if (this.inRunProperties) properties.markDeleted = true;
        return;
      case "w:rPr":
        this.inRunProperties = true;
        return;
      default:
        if (IGNORED.has(name)) this.ignoring = 1;
        return;
    }
  }

  private get table(): TableFrame | undefined {
    return this.tables[this.tables.length - 1];
  }

  private startParagraph(): void {
    const table = this.table;
    if (table && (table.rowDeleted || table.cellDeleted)) {
      this.ignoring = 1;
      return;
    }
    this.properties = BodyWalker.noProperties();
    if (this.joining) {
      this.current = this.joining.text;
      this.joining = null;
    } else this.current = new ParagraphText(this.bookmarksBefore.splice(0));
  }

  private endParagraph(): void {
    const text = this.current;
    this.current = null;
    this.inParagraphProperties = this.inRunProperties = this.inRun = false;
    this.textKind = null;
    if (!text) return;
    if (this.properties.markDeleted) this.joining = { text, properties: this.properties };
    else this.emit(text, this.properties);
  }

  /** A joined paragraph that cannot continue here (the cell, table or body ends): kept if it holds text. */
  private flushJoining(): void {
    const joining = this.joining;
    this.joining = null;
    if (!joining) return;
    if (joining.text.text !== "") this.emit(joining.text, joining.properties);
    else this.bookmarksBefore.push(...joining.text.bookmarks);
  }

  private emit(text: ParagraphText, properties: ParagraphProperties): void {
    const styleId = properties.styleId ?? this.styles.defaultId;
    const style = styleId ? this.styles.byId.get(styleId) : undefined;
    const own = outlineLevelFrom(properties.outline);
    const isList = properties.numId !== null ? properties.numId !== "0" : properties.listLevel !== null;
    this.paragraphs.push({
      text: text.text,
      style: style?.name ?? "Normal",
      styleBuiltIn: style ? style.builtIn : "Normal",
      outlineLevel: properties.outline !== null ? own : (style?.outlineLevel ?? null),
      list: isList ? { level: properties.listLevel ?? 0, listString: null } : null,
      table: this.position(),
      highlights: text.highlights,
      bookmarks: text.bookmarks,
      hyperlinks: text.hyperlinks,
    });
  }

  private position(): TableCellPosition | null {
    const table = this.table;
    if (!table) return null;
    const top = this.tables[0]!;
    if (top.index < 0) top.index = this.tableCount++;
    return { table: top.index, row: table.row, cell: table.cell, nesting: table.nesting };
  }

  private startTable(): void {
    this.flushJoining();
    this.tables.push({
      index: -1,
      nesting: this.tables.length + 1,
      row: -1,
      cell: -1,
      rowDeleted: false,
      cellDeleted: false,
    });
  }

  private startRow(): void {
    const table = this.table;
    if (!table) return;
    table.row++;
    table.cell = -1;
    table.rowDeleted = false;
  }

  private startCell(): void {
    this.flushJoining();
    const table = this.table;
    if (!table) return;
    if (table.rowDeleted) {
      this.ignoring = 1;
      return;
    }
    table.cell++;
    table.cellDeleted = false;
  }

  private runText(text: string): void {
    if (this.current && this.inRun && !this.inRunProperties && this.hidingFields === 0)
      this.current.append(text, this.highlight);
  }

  private symbol(font: string | undefined, code: string | undefined): void {
    if (!this.inRun || this.inRunProperties) return;
    const { text, known } = symbolCharacter(font, code);
    if (!known) this.skipped.unknownSymbols++;
    this.runText(text);
  }

  private here(): Field["resultStart"] {
    return this.current ? { paragraph: this.current, offset: this.current.text.length } : null;
  }

  private fieldCharacter(type: string | undefined): void {
    if (!this.inRun) return;
    if (type === "begin") {
      this.fields.push({ instruction: "", showingResult: false, resultStart: null });
      this.hidingFields++;
    } else if (type === "separate") {
      const field = this.fields[this.fields.length - 1];
      if (field && !field.showingResult) {
        field.showingResult = true;
        this.hidingFields--;
        field.resultStart = this.here();
      }
    } else if (type === "end") this.endField();
  }

  private endField(): void {
    const field = this.fields.pop();
    if (!field) return;
    if (!field.showingResult) {
      this.hidingFields--;
      return;
    }
    const address = hyperlinkAddress(field.instruction);
    if (address === null || !this.current) return;
    const start = field.resultStart?.paragraph === this.current ? field.resultStart.offset : 0;
    this.current.link(start, address);
  }

  private startLink(id: string | undefined, anchor: string | undefined): void {
    if (!this.current) return;
    const target = id ? this.relationships.get(id)?.target : undefined;
    const address = target ? (anchor ? `${target}#${anchor}` : target) : anchor ? `#${anchor}` : undefined;
    this.links.push({ start: this.current.text.length, address, paragraph: this.current });
  }

  private endLink(): void {
    const link = this.links.pop();
    if (!link || !link.address || link.paragraph !== this.current) return;
    link.paragraph.link(link.start, link.address);
  }

  private bookmark(name: string | undefined): void {
    if (!name) return;
    if (this.current) this.current.addBookmark(name);
    else this.bookmarksBefore.push(name); // between paragraphs: it starts at the next one
  }
}

/** Reads the main part's body in one streaming pass. */
export function readBody(xml: string, styles: Styles, relationships: Map<string, Relationship>): BodyReading {
  const walker = new BodyWalker(styles, relationships);
  const unclosed = streamXml(xml, walker);
  return {
    paragraphs: walker.paragraphs,
    complete: walker.rootClosed && unclosed === 0,
    root: walker.root,
    sawBody: walker.sawBody,
    skipped: walker.skipped,
  };
}
