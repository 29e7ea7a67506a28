/**
 * Proxy objects with the shapes of src/word/wordApi.ts. Each proxy resolves to its target (a paragraph, a range)
 * when the queue reaches the call that created it, exactly where Word would resolve it.
 */
import type {
  ClientResultApi,
  FontApi,
  InsertParagraphLocation,
  InsertTextLocation,
  ListItemApi,
  ParagraphApi,
  ParagraphCollectionApi,
  RangeApi,
  RangeCollectionApi,
  RangeLocation,
  SearchOptionsApi,
  TableCellApi,
  TrackedChangeCollectionApi,
} from "../../src/word/wordApi";
import type { SimContext, SimRange } from "./context";
import { runsOf, setBuiltInStyle, setStyleName, type SimParagraph } from "./document";
import { SimulatedWordError } from "./errors";
import { searchRange, splitRange } from "./text";

type PropertyPaths = string | string[] | undefined;

/** Office.js's load options: which properties, and for a collection which window of items (paging). */
export interface LoadWindow {
  top?: number;
  skip?: number;
}
type LoadArgument = PropertyPaths | ({ select?: string | string[] } & LoadWindow);

function splitPaths(names: PropertyPaths): string[] {
  if (names === undefined) return [];
  const list = Array.isArray(names) ? names : names.split(",");
  return list.map((name) => name.trim()).filter((name) => name.length > 0);
}

/** Common machinery: lazy target, load at sync, PropertyNotLoaded before. */
export abstract class Proxy<Target> {
  private resolvedTarget: Target | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: SimContext,
    protected readonly typeName: string,
  ) {}

  /** Scalar properties a plain `load()` loads. */
  protected abstract readonly scalars: readonly string[];
  protected abstract read(name: string, target: Target): unknown;
  protected navigation(_name: string): Proxy<unknown> | undefined {
    return undefined;
  }

  resolveWith(compute: () => Target, location: string): this {
    this.context.enqueue(location, () => {
      this.resolvedTarget = compute();
    });
    return this;
  }

  setTarget(target: Target): this {
    this.resolvedTarget = target;
    return this;
  }

  target(): Target {
    if (this.resolvedTarget === undefined) {
      throw new SimulatedWordError("InvalidObjectPath", `${this.typeName} used before it was resolved.`);
    }
    return this.resolvedTarget;
  }

  /** Office.js's track/untrack only manage the runtime's references; the simulator has none to release. */
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }

  load(names?: LoadArgument): this {
    const options = typeof names === "object" && !Array.isArray(names) ? names : null;
    const paths = splitPaths(options ? options.select : (names as PropertyPaths));
    const window = options ? { top: options.top, skip: options.skip } : {};
    this.context.enqueue(`${this.typeName}.load`, () => this.applyLoad(paths, window));
    return this;
  }

  /** Runs at sync: copies the requested values out of the document, as Word sends them back. */
  // A window (top, skip) matters to collections only.
  applyLoad(paths: readonly string[], _window: LoadWindow = {}): void {
    const target = this.target();
    const wanted = paths.length > 0 ? paths : this.scalars;
    const nested = new Map<string, string[]>();
    for (const path of wanted) {
      const [head, ...rest] = path.split("/");
      const child = this.navigation(head!);
      if (child) nested.set(head!, [...(nested.get(head!) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      else if (rest.length > 0)
        throw new SimulatedWordError("InvalidArgument", `${this.typeName} has no ${head}.`);
      else this.loaded.set(head!, this.read(head!, target));
    }
    for (const [name, rest] of nested) this.navigation(name)!.applyLoad(rest);
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new SimulatedWordError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.typeName} is not available. Call load("${name}") and context.sync() before reading it.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** A property write is queued like any other call; the local copy shows the new value at once. */
  protected set(name: string, value: unknown, apply: (target: Target) => void): void {
    this.context.enqueue(`${this.typeName}.${name}`, () => apply(this.target()));
    if (this.loaded.has(name)) this.loaded.set(name, value);
  }

  protected markLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
}

function unknownProperty(type: string, name: string): never {
  throw new SimulatedWordError("InvalidArgument", `${type} has no property '${name}' in the simulator.`);
}

function paragraphRange(paragraph: SimParagraph): { paragraph: SimParagraph; start: number; end: number } {
  if (paragraph.deleted) throw new SimulatedWordError("ItemNotFound", "The paragraph no longer exists.");
  return { paragraph, start: 0, end: paragraph.text.length };
}

function requireParagraphRange(
  range: SimRange,
  what: string,
): { paragraph: SimParagraph; start: number; end: number } {
  if (!("paragraph" in range))
    throw new SimulatedWordError("NotImplemented", `${what} on the whole body is not simulated.`);
  if (range.paragraph.deleted)
    throw new SimulatedWordError("ItemNotFound", "The range's paragraph no longer exists.");
  return range;
}

/** Word.Font over a range. highlightColor: null none, "" mixed, else the colour (Word.Font reference page). */
class FontProxy extends Proxy<SimRange> implements FontApi {
  protected readonly scalars = ["highlightColor"];
  constructor(
    context: SimContext,
    private readonly range: () => SimRange,
  ) {
    super(context, "Font");
  }
  override target(): SimRange {
    return this.range();
  }
  protected read(name: string, target: SimRange): unknown {
    if (name !== "highlightColor") return unknownProperty("Font", name);
    const { paragraph, start, end } = requireParagraphRange(target, "Font");
    const colors = new Set(paragraph.highlight.slice(start, end));
    if (colors.size === 0) return null;
    return colors.size === 1 ? [...colors][0]! : this.context.doc.mixedHighlight;
  }
  get highlightColor(): string | null {
    return this.get("highlightColor");
  }
  set highlightColor(color: string | null) {
    this.set("highlightColor", color, (target) => {
      const { paragraph, start, end } = requireParagraphRange(target, "Font.highlightColor");
      if (this.context.doc.readOnly)
        throw new SimulatedWordError("AccessDenied", "The document is read-only.");
      // null removes the highlight (Word.Font.highlightColor reference); what "" does is undocumented, so no
      // caller may come to rely on it.
      if (color === "") throw new SimulatedWordError("InvalidArgument", 'highlightColor "" is undocumented.');
      paragraph.highlight.fill(color, start, end);
      this.context.doc.record("format", paragraph, paragraph.text.slice(start, end));
    });
  }
}

class ListItemProxy extends Proxy<SimParagraph> implements ListItemApi {
  protected readonly scalars = ["level", "listString"];
  constructor(
    context: SimContext,
    private readonly paragraph: () => SimParagraph,
  ) {
    super(context, "ListItem");
  }
  override target(): SimParagraph {
    return this.paragraph();
  }
  override applyLoad(paths: readonly string[]): void {
    // Word on the web fails the whole load when a list item carries tracked changes (office-js #5901, open).
    if (this.context.doc.platform === "web" && this.target().listWithRevisions) {
      throw new SimulatedWordError("GeneralException", "Cannot read properties of null (reading 'listId')");
    }
    const isNull = this.target().list === null;
    this.markLoaded("isNullObject", isNull);
    if (!isNull) super.applyLoad(paths);
  }
  protected read(name: string, target: SimParagraph): unknown {
    if (name === "level") return target.list!.level;
    if (name === "listString") return target.list!.listString;
    return unknownProperty("ListItem", name);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get level(): number {
    return this.get("level");
  }
  get listString(): string {
    return this.get("listString");
  }
}

class TableCellProxy extends Proxy<SimParagraph> implements TableCellApi {
  protected readonly scalars = ["rowIndex", "cellIndex"];
  constructor(
    context: SimContext,
    private readonly paragraph: () => SimParagraph,
  ) {
    super(context, "TableCell");
  }
  override target(): SimParagraph {
    return this.paragraph();
  }
  override applyLoad(paths: readonly string[]): void {
    const isNull = this.target().table === null;
    this.markLoaded("isNullObject", isNull);
    if (!isNull) super.applyLoad(paths);
  }
  protected read(name: string, target: SimParagraph): unknown {
    if (name === "rowIndex") return target.table!.row;
    if (name === "cellIndex") return target.table!.cell;
    return unknownProperty("TableCell", name);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get cellIndex(): number {
    return this.get("cellIndex");
  }
}

export class ClientResult<T> implements ClientResultApi<T> {
  private result: { value: T } | null = null;
  constructor(context: SimContext, compute: () => T, location: string) {
    context.enqueue(location, () => {
      this.result = { value: compute() };
    });
  }
  get value(): T {
    if (this.result === null) {
      throw new SimulatedWordError("ValueNotLoaded", "ClientResult.value read before context.sync().");
    }
    return this.result.value;
  }
}

export class RangeProxy extends Proxy<SimRange> implements RangeApi {
  protected readonly scalars = ["text", "hyperlink"];
  private fontProxy: FontProxy | undefined;
  constructor(context: SimContext) {
    super(context, "Range");
  }
  protected override navigation(name: string): Proxy<unknown> | undefined {
    return name === "font" ? (this.font as FontProxy) : undefined;
  }
  protected read(name: string, target: SimRange): unknown {
    const { paragraph, start, end } = requireParagraphRange(target, `Range.${name}`);
    // What `text` gives for the paragraph mark is undocumented; "\r" is how Word's object models write it.
    if (name === "text")
      return paragraph.text.slice(start, end) + ("withMark" in target && target.withMark ? "\r" : "");
    if (name === "hyperlink") return paragraph.link[start] ?? "";
    return unknownProperty("Range", name);
  }
  get text(): string {
    return this.get("text");
  }
  get hyperlink(): string {
    return this.get("hyperlink");
  }
  set hyperlink(address: string) {
    this.set("hyperlink", address, (target) => {
      const { paragraph, start, end } = requireParagraphRange(target, "Range.hyperlink");
      if (this.context.doc.readOnly)
        throw new SimulatedWordError("AccessDenied", "The document is read-only.");
      paragraph.link.fill(address === "" ? null : address, start, end);
      this.context.doc.record("format", paragraph, paragraph.text.slice(start, end));
    });
  }
  get font(): FontApi {
    this.fontProxy ??= new FontProxy(this.context, () => this.target());
    return this.fontProxy;
  }
  /** The paragraphs the range touches. */
  get paragraphs(): ParagraphCollectionApi {
    return new ParagraphCollectionProxy(this.context, {
      resolve: () => {
        const target = this.target();
        return "paragraph" in target ? [target.paragraph] : [...this.context.doc.paragraphs];
      },
      location: "Range.paragraphs",
    });
  }
  search(searchText: string, options?: SearchOptionsApi): RangeCollectionApi {
    return new RangeCollectionProxy(this.context).resolveWith(() => {
      const range = requireParagraphRange(this.target(), "Range.search");
      return searchRange(range, searchText, options ?? {}).map((found) => this.context.track(found));
    }, "Range.search");
  }
  getRange(location: RangeLocation = "Whole"): RangeApi {
    return new RangeProxy(this.context).resolveWith(() => {
      const target = this.target();
      if (!("paragraph" in target)) {
        if (location === "Whole") return target;
        throw new SimulatedWordError("NotImplemented", "Body range Start/End is not simulated.");
      }
      const { paragraph, start, end } = requireParagraphRange(target, "Range.getRange");
      const at = location === "Start" ? start : location === "End" ? end : null;
      return this.context.track(at === null ? { paragraph, start, end } : { paragraph, start: at, end: at });
    }, "Range.getRange");
  }
  expandTo(other: RangeApi): RangeApi {
    return new RangeProxy(this.context).resolveWith(() => {
      const a = requireParagraphRange(this.target(), "Range.expandTo");
      const b = requireParagraphRange((other as RangeProxy).target(), "Range.expandTo");
      if (a.paragraph !== b.paragraph) {
        throw new SimulatedWordError("NotImplemented", "Ranges across paragraphs are not simulated.");
      }
      return this.context.track({
        paragraph: a.paragraph,
        start: Math.min(a.start, b.start),
        end: Math.max(a.end, b.end),
      });
    }, "Range.expandTo");
  }
  insertText(text: string, location: InsertTextLocation): RangeApi {
    return new RangeProxy(this.context).resolveWith(() => {
      const { paragraph, start, end } = requireParagraphRange(this.target(), "Range.insertText");
      if (location === "Replace") return this.context.edit(paragraph, start, end, text);
      const at = location === "Start" ? start : end;
      return this.context.edit(paragraph, at, at, text);
    }, "Range.insertText");
  }
  delete(): void {
    this.context.enqueue("Range.delete", () => {
      const { paragraph, start, end } = requireParagraphRange(this.target(), "Range.delete");
      this.context.edit(paragraph, start, end, "");
    });
  }
  getHyperlinkRanges(): RangeCollectionApi {
    return new RangeCollectionProxy(this.context).resolveWith(
      () => hyperlinkRanges(this.context, this.target()),
      "Range.getHyperlinkRanges",
    );
  }
  getTextRanges(endingMarks: string[], trimSpacing = false): RangeCollectionApi {
    return new RangeCollectionProxy(this.context).resolveWith(() => {
      const range = requireParagraphRange(this.target(), "Range.getTextRanges");
      const web = this.context.doc.platform === "web";
      const pieces = splitRange(range, endingMarks, trimSpacing, web);
      return pieces.map((part, i) => {
        const tracked = this.context.track(part);
        // Without trimSpacing, the last piece carries the paragraph mark (Word.Paragraph.getTextRanges reference).
        const last = i === pieces.length - 1 && !trimSpacing && part.end === range.paragraph.text.length;
        return last ? Object.assign(tracked, { withMark: true }) : tracked;
      });
    }, "Range.getTextRanges");
  }
  getBookmarks(includeHidden = false, includeAdjacent = false): ClientResultApi<string[]> {
    void includeAdjacent; // bookmarks cover whole paragraphs here, so adjacency never differs
    return new ClientResult(
      this.context,
      () => {
        const target = this.target();
        const doc = this.context.doc;
        if (!("paragraph" in target)) return doc.bookmarksOver(0, doc.paragraphs.length - 1, includeHidden);
        const index = doc.indexOf(target.paragraph);
        return doc.bookmarksOver(index, index, includeHidden);
      },
      "Range.getBookmarks",
    );
  }
  select(): void {
    this.context.enqueue("Range.select", () => {
      const { paragraph, start, end } = requireParagraphRange(this.target(), "Range.select");
      this.context.doc.selection = { paragraphId: paragraph.id, start, end };
    });
  }
}

function hyperlinkRanges(context: SimContext, target: SimRange): SimRange[] {
  const paragraphs = "paragraph" in target ? [target.paragraph] : context.doc.paragraphs;
  const found: SimRange[] = [];
  for (const paragraph of paragraphs) {
    const from = "paragraph" in target ? target.start : 0;
    const to = "paragraph" in target ? target.end : paragraph.text.length;
    let runStart = -1;
    for (let i = from; i <= to; i++) {
      const link = i < to ? paragraph.link[i] : null;
      const previous = i > from ? paragraph.link[i - 1] : null;
      if (runStart >= 0 && link !== previous) {
        found.push(context.track({ paragraph, start: runStart, end: i }));
        runStart = -1;
      }
      if (runStart < 0 && link) runStart = i;
    }
  }
  return found;
}

export class RangeCollectionProxy extends Proxy<SimRange[]> implements RangeCollectionApi {
  protected readonly scalars = [];
  private loadedItems: RangeProxy[] | null = null;
  constructor(context: SimContext) {
    super(context, "RangeCollection");
  }
  protected read(name: string): unknown {
    return unknownProperty("RangeCollection", name);
  }
  override applyLoad(paths: readonly string[]): void {
    const itemPaths = paths
      .map((path) => (path.startsWith("items/") ? path.slice(6) : path))
      .filter((p) => p !== "items");
    this.loadedItems = this.target().map((range) => {
      const item = new RangeProxy(this.context).setTarget(range);
      item.applyLoad(itemPaths);
      return item;
    });
  }
  get items(): RangeApi[] {
    if (this.loadedItems === null) {
      throw new SimulatedWordError(
        "PropertyNotLoaded",
        "RangeCollection.items read before load() and sync().",
      );
    }
    return this.loadedItems;
  }
  getFirst(): RangeApi {
    return new RangeProxy(this.context).resolveWith(() => {
      const first = this.target()[0];
      if (!first)
        throw new SimulatedWordError("ItemNotFound", "getFirst() on an empty collection.", "getFirst");
      return first;
    }, "RangeCollection.getFirst");
  }
}

/** Word.Paragraph; a paragraph from getNextOrNullObject() may be a null object (isNullObject true). */
export class ParagraphProxy extends Proxy<SimParagraph | null> implements ParagraphApi {
  protected readonly scalars = [
    "text",
    "style",
    "styleBuiltIn",
    "outlineLevel",
    "isListItem",
    "tableNestingLevel",
  ];
  private fontProxy: FontProxy | undefined;
  private listItemProxy: ListItemProxy | undefined;
  private tableCellProxy: TableCellProxy | undefined;
  constructor(context: SimContext) {
    super(context, "Paragraph");
  }
  protected override navigation(name: string): Proxy<unknown> | undefined {
    if (name === "font") return this.font as FontProxy;
    if (name === "listItemOrNullObject") return this.listItemOrNullObject as ListItemProxy;
    if (name === "parentTableCellOrNullObject") return this.parentTableCellOrNullObject as TableCellProxy;
    return undefined;
  }
  override applyLoad(paths: readonly string[]): void {
    const isNull = this.target() === null;
    this.markLoaded("isNullObject", isNull);
    if (!isNull) super.applyLoad(paths);
  }
  /** The paragraph behind this proxy; using a null object for anything but isNullObject fails, as in Word. */
  private paragraph(): SimParagraph {
    const paragraph = this.target();
    if (paragraph === null)
      throw new SimulatedWordError("ItemNotFound", "A null object was used as a paragraph.");
    return paragraph;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  protected read(name: string, target: SimParagraph | null): unknown {
    const paragraph = target!;
    if (paragraph.deleted) throw new SimulatedWordError("ItemNotFound", "The paragraph no longer exists.");
    switch (name) {
      case "text":
        return paragraph.text;
      case "style":
        return paragraph.style;
      case "styleBuiltIn":
        return paragraph.styleBuiltIn;
      case "outlineLevel":
        return paragraph.outlineLevel;
      case "isListItem":
        return paragraph.list !== null;
      case "tableNestingLevel":
        return paragraph.table?.nesting ?? 0;
      default:
        return unknownProperty("Paragraph", name);
    }
  }
  get text(): string {
    return this.get("text");
  }
  get style(): string {
    return this.get("style");
  }
  set style(name: string) {
    this.set("style", name, (paragraph) => {
      setStyleName(paragraph!, name);
      this.applyStyleList(paragraph!);
    });
  }
  /** A style that carries a list makes the paragraph one of its items (Word's numbering in a paragraph style). */
  private applyStyleList(paragraph: SimParagraph): void {
    const list = this.context.doc.listStyles.get(paragraph.style);
    if (list) paragraph.list = { ...list };
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(builtIn: string) {
    this.set("styleBuiltIn", builtIn, (paragraph) => {
      setBuiltInStyle(paragraph!, builtIn);
      this.applyStyleList(paragraph!);
    });
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  set outlineLevel(level: number) {
    this.set("outlineLevel", level, (paragraph) => (paragraph!.outlineLevel = level));
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  get font(): FontApi {
    this.fontProxy ??= new FontProxy(this.context, () => paragraphRange(this.paragraph()));
    return this.fontProxy;
  }
  /** WordApi 1.3: the paragraph leaves its list. */
  detachFromList(): void {
    this.context.enqueue("Paragraph.detachFromList", () => {
      if (this.context.doc.readOnly)
        throw new SimulatedWordError("AccessDenied", "The document is read-only.");
      this.paragraph().list = null;
    });
  }
  get listItemOrNullObject(): ListItemApi {
    this.listItemProxy ??= new ListItemProxy(this.context, () => this.paragraph());
    return this.listItemProxy;
  }
  get parentTableCellOrNullObject(): TableCellApi {
    this.tableCellProxy ??= new TableCellProxy(this.context, () => this.paragraph());
    return this.tableCellProxy;
  }
  private wholeRange(): RangeProxy {
    return new RangeProxy(this.context).resolveWith(
      () => this.context.track(paragraphRange(this.paragraph())),
      "Paragraph.getRange",
    );
  }
  getRange(location: RangeLocation = "Whole"): RangeApi {
    return location === "Whole" ? this.wholeRange() : this.wholeRange().getRange(location);
  }
  getTextRanges(endingMarks: string[], trimSpacing = false): RangeCollectionApi {
    return this.wholeRange().getTextRanges(endingMarks, trimSpacing);
  }
  search(searchText: string, options?: SearchOptionsApi): RangeCollectionApi {
    return this.wholeRange().search(searchText, options);
  }
  insertText(text: string, location: InsertTextLocation): RangeApi {
    return this.wholeRange().insertText(text, location);
  }
  insertParagraph(text: string, location: InsertParagraphLocation): ParagraphApi {
    return new ParagraphProxy(this.context).resolveWith(() => {
      if (this.context.doc.readOnly)
        throw new SimulatedWordError("AccessDenied", "The document is read-only.");
      return this.context.doc.insertParagraph(this.paragraph(), text, location);
    }, "Paragraph.insertParagraph");
  }
  delete(): void {
    this.context.enqueue("Paragraph.delete", () => {
      if (this.context.doc.readOnly)
        throw new SimulatedWordError("AccessDenied", "The document is read-only.");
      this.context.doc.deleteParagraph(this.paragraph());
    });
  }
  select(): void {
    this.wholeRange().select();
  }
  private neighbour(step: 1 | -1, name: string): ParagraphApi {
    return new ParagraphProxy(this.context).resolveWith(() => {
      const doc = this.context.doc;
      return doc.paragraphs[doc.indexOf(this.paragraph()) + step] ?? null;
    }, `Paragraph.${name}`);
  }
  getNextOrNullObject(): ParagraphApi {
    return this.neighbour(1, "getNextOrNullObject");
  }
  getPreviousOrNullObject(): ParagraphApi {
    return this.neighbour(-1, "getPreviousOrNullObject");
  }
  /** WordApi 1.4 (Paragraph.getReviewedText): the text with every tracked change accepted or rejected. */
  getReviewedText(version: "Current" | "Original" = "Current"): ClientResultApi<string> {
    return new ClientResult(
      this.context,
      () => this.paragraph().reviewedText(version),
      "Paragraph.getReviewedText",
    );
  }
}

export class ParagraphCollectionProxy extends Proxy<SimParagraph[]> implements ParagraphCollectionApi {
  protected readonly scalars = [];
  private loadedItems: ParagraphProxy[] | null = null;
  /** Without `paragraphs`, the document body's paragraphs as they are when the queue reaches the load. */
  constructor(context: SimContext, paragraphs?: { resolve: () => SimParagraph[]; location: string }) {
    super(context, "ParagraphCollection");
    if (paragraphs) this.resolveWith(paragraphs.resolve, paragraphs.location);
    else this.body = true;
  }
  private body = false;
  override target(): SimParagraph[] {
    return this.body ? this.context.doc.paragraphs : super.target();
  }
  protected read(name: string): unknown {
    return unknownProperty("ParagraphCollection", name);
  }
  override applyLoad(paths: readonly string[], window: LoadWindow = {}): void {
    const itemPaths = paths
      .map((path) => (path.startsWith("items/") ? path.slice(6) : path))
      .filter((p) => p !== "items");
    const skip = window.skip ?? 0;
    const paragraphs = this.target().slice(skip, window.top !== undefined ? skip + window.top : undefined);
    this.loadedItems = paragraphs.map((paragraph) => {
      const item = new ParagraphProxy(this.context).setTarget(paragraph);
      item.applyLoad(itemPaths);
      return item;
    });
  }
  get items(): ParagraphApi[] {
    if (this.loadedItems === null) {
      throw new SimulatedWordError(
        "PropertyNotLoaded",
        "ParagraphCollection.items read before load() and sync().",
      );
    }
    return this.loadedItems;
  }
  getFirst(): ParagraphApi {
    return new ParagraphProxy(this.context).resolveWith(() => {
      const first = this.target()[0];
      if (!first)
        throw new SimulatedWordError("ItemNotFound", "getFirst() on an empty collection.", "getFirst");
      return first;
    }, "ParagraphCollection.getFirst");
  }
}

/** One tracked change as Word.TrackedChange shows it: its type and its text. */
export interface SimTrackedChange {
  type: "Added" | "Deleted";
  text: string;
}

/** The runs of inserted and deleted text, in document order. */
function trackedChangesOf(paragraphs: readonly SimParagraph[]): SimTrackedChange[] {
  const changes: SimTrackedChange[] = [];
  for (const paragraph of paragraphs) {
    for (const [flags, type] of [
      [paragraph.struck, "Deleted"],
      [paragraph.inserted, "Added"],
    ] as const) {
      for (const run of runsOf(flags.map((flag) => (flag ? type : null))))
        changes.push({ type, text: paragraph.text.slice(run.start, run.start + run.length) });
    }
  }
  return changes;
}

/** Word.TrackedChangeCollection (WordApi 1.6), as far as the adapter asks: its items' type and text, paged. */
export class TrackedChangeCollectionProxy
  extends Proxy<SimTrackedChange[]>
  implements TrackedChangeCollectionApi
{
  protected readonly scalars = [];
  private loadedItems: SimTrackedChange[] | null = null;
  constructor(context: SimContext) {
    super(context, "TrackedChangeCollection");
    this.resolveWith(() => trackedChangesOf(context.doc.paragraphs), "Body.getTrackedChanges");
  }
  protected read(name: string): unknown {
    return unknownProperty("TrackedChangeCollection", name);
  }
  override applyLoad(paths: readonly string[], window: LoadWindow = {}): void {
    for (const path of paths.map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items"))
      if (path !== "type" && path !== "text") unknownProperty("TrackedChange", path);
    const skip = window.skip ?? 0;
    this.loadedItems = this.target().slice(skip, window.top !== undefined ? skip + window.top : undefined);
  }
  get items(): SimTrackedChange[] {
    if (this.loadedItems === null) {
      throw new SimulatedWordError(
        "PropertyNotLoaded",
        "TrackedChangeCollection.items read before load() and sync().",
      );
    }
    return this.loadedItems;
  }
}
