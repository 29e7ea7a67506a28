/**
 * The body of a Word document in one streaming pass over its XML (htmlparser2 in XML mode: no tree is built).
 * The paragraph model is docs/paragraph-model.md: Word's body paragraphs in document order, those in tables
 * included; text boxes, drawings and other stories not counted; tracked changes read as accepted (deleted runs,
 * paragraphs, rows and cells are gone, a deleted paragraph mark joins its paragraph to the next). Containers that
 * Word shows through (content controls, custom XML, smart tags, insertions, math, ruby bases, fields' results)
 * are walked through at any level, around runs, paragraphs, cells or rows.
 */
import type { ParagraphInput } from "../../core";
import { FieldsAndLinks } from "./fields";
import { NamespaceScope } from "./namespaces";
import type { Relationship } from "./package";
import { IGNORED } from "./ignoredParts";
import { highlightName, ParagraphText } from "./paragraphText";
import { outlineLevelFrom, type Styles } from "./styles";
import { symbolCharacter } from "./symbols";
import { TablePlaces } from "./tables";
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
  private tables = new TablePlaces();
  private alternates: boolean[] = [];
  private fields = new FieldsAndLinks();
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
      if (name === "w:del") this.tables.deleteRow();
      else if (IGNORED.has(name)) this.ignoring = 1;
      return;
    }
    if (this.inTableCellProperties) {
      if (name === "w:cellDel") this.tables.deleteCell();
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
        if (this.inRun) this.fields.character(value("w:fldCharType"), this.current);
        return;
      case "w:fldSimple":
        return this.fields.simple(value("w:instr") ?? "", this.current);
      case "w:hyperlink": {
        const id = value("r:id");
        const target = id ? this.relationships.get(id)?.target : undefined;
        return this.fields.startLink(target, value("w:anchor"), this.current);
      }
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
        this.flushJoining();
        return this.tables.startTable();
      case "w:tr":
        return this.tables.startRow();
      case "w:trPr":
        this.inTableRowProperties = true;
        return;
      case "w:tc":
        this.flushJoining();
        if (!this.tables.startCell()) this.ignoring = 1; // a cell of a deleted row
        return;
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
    if (this.textKind === "instruction") this.fields.instruction(data);
    else this.runText(data);
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
        return this.fields.end(this.current);
      case "w:hyperlink":
        return this.fields.endLink(this.current);
      case "w:tbl":
        this.flushJoining();
        return this.tables.endTable();
      case "w:tr":
        return this.tables.endRow();
      case "w:trPr":
        this.inTableRowProperties = false;
        return;
      case "w:tc":
        this.flushJoining();
        return this.tables.endCell();
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

  private startParagraph(): void {
    if (this.tables.inDeletedPart) {
      this.ignoring = 1;
      return;
    }
    this.properties = BodyWalker.noProperties();
    if (this.joining) {
      this.current = this.joining.text;
      this.joining = null;
      for (const name of this.bookmarksBefore.splice(0)) this.current.addBookmark(name);
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
      table: this.tables.position(),
      highlights: text.highlights,
      bookmarks: text.bookmarks,
      hyperlinks: text.hyperlinks,
    });
  }

  private runText(text: string): void {
    if (this.current && this.inRun && !this.inRunProperties && !this.fields.hidesText)
      this.current.append(text, this.highlight);
  }

  private symbol(font: string | undefined, code: string | undefined): void {
    if (!this.inRun || this.inRunProperties) return;
    const { text, known } = symbolCharacter(font, code);
    if (!known) this.skipped.unknownSymbols++;
    this.runText(text);
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
