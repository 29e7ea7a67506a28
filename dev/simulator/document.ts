/**
 * The simulated document: paragraphs of characters, each character with its highlight and hyperlink, and
 * bookmarks over whole paragraphs. Plain data and operations on it; the Office-like proxies live in proxies.ts.
 */
import { SimulatedWordError } from "./errors";

export interface SimParagraphSpec {
  text: string;
  style?: string;
  /** Word's built-in style id ("Normal", "Heading1", …) or "Other". Derived from `style` when omitted. */
  styleBuiltIn?: string;
  /** 1–9; body text is 10, as in Word. Derived from the heading style when omitted. */
  outlineLevel?: number;
  list?: { level: number; listString: string };
  table?: { row: number; cell: number; nesting?: number };
  highlights?: { start: number; length: number; color: string }[];
  hyperlinks?: { start: number; length: number; address: string }[];
  /** Comments anchored on a range (their text is what the dump shows). */
  comments?: { start: number; length: number; text: string }[];
  /** Footnote reference marks, anchored on the character they follow. */
  footnotes?: { start: number; length: number; text: string }[];
  /** A list item carrying tracked changes: on Word on the web, loading its list item fails (office-js #5901). */
  listWithRevisions?: boolean;
  /** Text deleted under track changes: still in `text` (see SimParagraph.struck). */
  deletions?: { start: number; length: number }[];
  /** Text inserted under track changes (what "Original" leaves out). */
  insertions?: { start: number; length: number }[];
  /** The whole paragraph, mark included, deleted under track changes: it stays in the collection. */
  deletedUnderTracking?: boolean;
  /** Bookmarks that start in this paragraph; each spans `paragraphs` paragraphs (1 when omitted). */
  bookmarks?: (string | { name: string; paragraphs: number })[];
}

let nextParagraphId = 1;

export class SimParagraph {
  readonly id = nextParagraphId++;
  text: string;
  highlight: (string | null)[];
  link: (string | null)[];
  comment: (string | null)[];
  footnote: (string | null)[];
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  list: { level: number; listString: string } | null;
  private readonly listRevisions: boolean;
  /**
   * Characters deleted under track changes. They stay in `paragraph.text`: always on Word on the web (office-js
   * #1267, #5286), and on Windows depending on how revisions are shown (#2314) — modelled here on every platform,
   * the case the adapter must survive. Search cannot match across them (#5874).
   */
  struck: boolean[];
  /** Characters inserted under track changes. */
  inserted: boolean[];
  /** The paragraph (its mark too) deleted under track changes: it stays in the collection until accepted. */
  markStruck: boolean;
  table: { row: number; cell: number; nesting: number } | null;
  deleted = false;

  constructor(spec: SimParagraphSpec) {
    this.text = spec.text;
    const spans = (list: { start: number; length: number }[] | undefined, value: (span: never) => string) => {
      const values = new Array<string | null>(spec.text.length).fill(null);
      for (const span of list ?? []) values.fill(value(span as never), span.start, span.start + span.length);
      return values;
    };
    this.highlight = spans(spec.highlights, (span: { color: string }) => span.color);
    this.link = spans(spec.hyperlinks, (span: { address: string }) => span.address);
    this.comment = spans(spec.comments, (span: { text: string }) => span.text);
    this.footnote = spans(spec.footnotes, (span: { text: string }) => span.text);
    this.style = spec.style ?? styleNameOf(spec.styleBuiltIn) ?? "Normal";
    this.styleBuiltIn = spec.styleBuiltIn ?? builtInOf(this.style);
    this.outlineLevel = spec.outlineLevel ?? headingLevel(this.styleBuiltIn) ?? 10;
    this.list = spec.list ?? null;
    this.listRevisions = spec.listWithRevisions ?? false;
    this.table = spec.table ? { nesting: 1, ...spec.table } : null;
    const flags = (list: { start: number; length: number }[] | undefined) => {
      const values = new Array<boolean>(spec.text.length).fill(false);
      for (const span of list ?? []) values.fill(true, span.start, span.start + span.length);
      return values;
    };
    this.markStruck = spec.deletedUnderTracking ?? false;
    this.struck = this.markStruck ? flags([{ start: 0, length: spec.text.length }]) : flags(spec.deletions);
    this.inserted = flags(spec.insertions);
  }

  /** Whether the paragraph carries tracked changes. */
  get hasRevisions(): boolean {
    return this.markStruck || this.struck.includes(true) || this.inserted.includes(true);
  }

  /** A list item with tracked changes: Word on the web cannot load its list item (office-js #5901, #5335). */
  get listWithRevisions(): boolean {
    return this.listRevisions || (this.list !== null && this.hasRevisions);
  }

  /** Word's getReviewedText: "Current" as if every revision were accepted, "Original" as if rejected. */
  reviewedText(version: "Current" | "Original"): string {
    const leftOut = version === "Current" ? this.struck : this.inserted;
    let text = "";
    for (let i = 0; i < this.text.length; i++) if (!leftOut[i]) text += this.text[i];
    return text;
  }

  /**
   * Replaces [start, end) by `text`. New characters take the highlight of the first replaced (or preceding)
   * character; they belong to a hyperlink, comment or footnote only when they replace characters of it, or are
   * inserted inside it — as text typed in Word does.
   */
  replace(start: number, end: number, text: string): void {
    const from = start < end ? start : Math.max(0, start - 1);
    const inside = (values: (string | null)[]) =>
      start < end || (start > 0 && values[start - 1] !== null && values[start - 1] === values[start])
        ? (values[from] ?? null)
        : null;
    const fill = (value: string | null) => new Array<string | null>(text.length).fill(value);
    const highlight = this.highlight[from] ?? null;
    const [link, comment, footnote] = [this.link, this.comment, this.footnote].map(inside);
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    this.highlight.splice(start, end - start, ...fill(highlight));
    this.link.splice(start, end - start, ...fill(link!));
    this.comment.splice(start, end - start, ...fill(comment!));
    this.footnote.splice(start, end - start, ...fill(footnote!));
    this.struck.splice(start, end - start, ...new Array<boolean>(text.length).fill(false));
    this.inserted.splice(start, end - start, ...new Array<boolean>(text.length).fill(false));
  }
}

const BUILT_IN_NAMES: Record<string, string> = {
  Normal: "Normal",
  Title: "Title",
  ListParagraph: "List Paragraph",
};
for (let level = 1; level <= 9; level++) BUILT_IN_NAMES[`Heading${level}`] = `Heading ${level}`;

function styleNameOf(builtIn: string | undefined): string | undefined {
  return builtIn === undefined ? undefined : BUILT_IN_NAMES[builtIn];
}

function builtInOf(style: string): string {
  const entry = Object.entries(BUILT_IN_NAMES).find(([, name]) => name === style);
  return entry ? entry[0] : "Other";
}

function headingLevel(builtIn: string): number | undefined {
  const match = /^Heading([1-9])$/.exec(builtIn);
  return match ? Number(match[1]) : undefined;
}

export function setStyleName(paragraph: SimParagraph, style: string): void {
  paragraph.style = style;
  paragraph.styleBuiltIn = builtInOf(style);
  paragraph.outlineLevel = headingLevel(paragraph.styleBuiltIn) ?? 10;
}

export function setBuiltInStyle(paragraph: SimParagraph, builtIn: string): void {
  const name = styleNameOf(builtIn);
  if (name === undefined)
    throw new SimulatedWordError("InvalidArgument", `Unknown built-in style ${builtIn}`);
  setStyleName(paragraph, name);
}

export interface SimBookmark {
  name: string;
  first: SimParagraph;
  last: SimParagraph;
}

export interface Revision {
  kind: "insert" | "delete" | "format";
  paragraphId: number;
  text: string;
}

/** Where Word runs: what differs between them is modelled where it is reported (see WORD-BEHAVIOUR review). */
export type SimPlatform = "desktop" | "web" | "mac";

export class SimDocument {
  /** Word desktop by default; "web" adds what Word on the web does differently. */
  platform: SimPlatform = "desktop";
  paragraphs: SimParagraph[];
  bookmarks: SimBookmark[] = [];
  /** Word's Document.changeTrackingMode: "Off", "TrackAll" or "TrackMineOnly". */
  changeTrackingMode = "Off";
  readOnly = false;
  /** Every change made while tracking was on, as Word would list it in the Revisions pane. */
  revisions: Revision[] = [];
  selection: { paragraphId: number; start: number; end: number } | null = null;
  /**
   * What `font.highlightColor` reads over a partly highlighted range: "" as the reference documents ("an empty
   * string for mixed highlight colors"), or null as reported for mixed content (office-js #5997, "by design").
   */
  mixedHighlight: "" | null = "";
  /** Styles that carry a list of their own (a bulleted agenda item): applying one makes the paragraph an item. */
  readonly listStyles = new Map<string, { level: number; listString: string }>();
  /**
   * Why Office.context.document.getFileAsync fails, when it does: a code and message as Office gives them (11001
   * on files from some third-party storage; "the file cannot be had" is all the add-in needs to know).
   */
  fileRefusal: { code: number; message: string } | null = null;
  /** Ranges held by running batches; every edit moves them, as Word's ranges follow their text. */
  readonly liveRanges = new Set<{ paragraph: SimParagraph; start: number; end: number }>();

  constructor(specs: readonly SimParagraphSpec[]) {
    this.paragraphs = [];
    this.load(specs);
  }

  /** Replaces the whole content (the playground's "Open a .docx"): paragraphs, bookmarks, selection, revisions. */
  load(specs: readonly SimParagraphSpec[]): void {
    this.paragraphs = specs.map((spec) => new SimParagraph(spec));
    this.bookmarks = [];
    this.revisions = [];
    this.selection = null;
    specs.forEach((spec, index) => {
      for (const bookmark of spec.bookmarks ?? []) {
        const { name, paragraphs } =
          typeof bookmark === "string" ? { name: bookmark, paragraphs: 1 } : bookmark;
        const last = this.paragraphs[Math.min(index + paragraphs - 1, this.paragraphs.length - 1)]!;
        this.bookmarks.push({ name, first: this.paragraphs[index]!, last });
      }
    });
  }

  indexOf(paragraph: SimParagraph): number {
    const index = this.paragraphs.indexOf(paragraph);
    if (index < 0) throw new SimulatedWordError("ItemNotFound", "The paragraph no longer exists.");
    return index;
  }

  /** Bookmarks whose span includes any paragraph from `first` to `last` (document order). */
  bookmarksOver(first: number, last: number, includeHidden: boolean): string[] {
    return this.bookmarks
      .filter((bookmark) => includeHidden || !bookmark.name.startsWith("_"))
      .filter((bookmark) => this.indexOf(bookmark.first) <= last && this.indexOf(bookmark.last) >= first)
      .map((bookmark) => bookmark.name);
  }

  insertParagraph(anchor: SimParagraph, text: string, where: "Before" | "After"): SimParagraph {
    const index = this.indexOf(anchor);
    const inserted = new SimParagraph({ text, style: anchor.style, styleBuiltIn: anchor.styleBuiltIn });
    inserted.table = anchor.table ? { ...anchor.table } : null;
    // What else a new paragraph takes from its neighbour is undocumented; the reported behaviour (office-js #72,
    // #2792) is that it carries on the neighbour's formatting: modelled here, so the adapter's reset is tested.
    inserted.list = anchor.list ? { ...anchor.list } : null;
    const markHighlight = anchor.highlight[anchor.highlight.length - 1] ?? null;
    inserted.highlight.fill(markHighlight);
    if (this.changeTrackingMode !== "Off") inserted.inserted.fill(true);
    this.paragraphs.splice(where === "Before" ? index : index + 1, 0, inserted);
    this.record("insert", inserted, text);
    return inserted;
  }

  deleteParagraph(paragraph: SimParagraph): void {
    const index = this.indexOf(paragraph);
    this.record("delete", paragraph, paragraph.text);
    if (this.changeTrackingMode !== "Off") {
      // A tracked deletion: the paragraph stays in the collection, its text (mark included) struck through.
      paragraph.struck.fill(true);
      paragraph.markStruck = true;
      return;
    }
    this.paragraphs.splice(index, 1);
    paragraph.deleted = true;
    this.bookmarks = this.bookmarks.filter(
      (bookmark) => bookmark.first !== paragraph || bookmark.last !== paragraph,
    );
    for (const bookmark of this.bookmarks) {
      if (bookmark.first === paragraph) bookmark.first = this.paragraphs[index]!;
      if (bookmark.last === paragraph) bookmark.last = this.paragraphs[index - 1]!;
    }
  }

  /**
   * Replaces [start, end) of a paragraph, by a batch or by the user typing, and moves every live range of that
   * paragraph: ranges after the edit shift, ranges around it stretch. Returns the range of the new text.
   */
  edit(
    paragraph: SimParagraph,
    start: number,
    end: number,
    text: string,
  ): { paragraph: SimParagraph; start: number; end: number } {
    if (paragraph.deleted) throw new SimulatedWordError("ItemNotFound", "The paragraph no longer exists.");
    if (end > start) this.record("delete", paragraph, paragraph.text.slice(start, end));
    if (text.length > 0) this.record("insert", paragraph, text);
    const tracking = this.changeTrackingMode !== "Off";
    if (tracking) {
      // Under tracking, deleted text stays, struck through, and the new text follows it. (Word removes outright a
      // deletion of one's own tracked insertion; not modelled: that text stays struck too.)
      paragraph.struck.fill(true, start, end);
      start = end;
    }
    paragraph.replace(start, end, text);
    if (tracking) paragraph.inserted.fill(true, start, start + text.length);
    const delta = text.length - (end - start);
    for (const range of this.liveRanges) {
      if (range.paragraph !== paragraph) continue;
      if (range.start >= end && !(range.start === start && end === start && range.end === start)) {
        range.start += delta;
        range.end += delta;
      } else if (range.end > start) {
        range.start = Math.min(range.start, start);
        range.end = Math.max(start + text.length, range.end + delta);
      }
    }
    return { paragraph, start, end: start + text.length };
  }

  /** The user types `text` at `offset` of a paragraph (outside any batch). */
  type(paragraph: SimParagraph, offset: number, text: string): void {
    this.edit(paragraph, offset, offset, text);
  }

  record(kind: Revision["kind"], paragraph: SimParagraph, text: string): void {
    if (this.changeTrackingMode !== "Off") this.revisions.push({ kind, paragraphId: paragraph.id, text });
  }

  /** Review › Accept All: deleted text and paragraphs go, insertions become plain text. */
  acceptAllRevisions(): void {
    for (const paragraph of [...this.paragraphs]) {
      if (paragraph.markStruck) {
        const tracking = this.changeTrackingMode;
        this.changeTrackingMode = "Off";
        this.deleteParagraph(paragraph);
        this.changeTrackingMode = tracking;
        continue;
      }
      for (let i = paragraph.text.length - 1; i >= 0; i--)
        if (paragraph.struck[i]) paragraph.replace(i, i + 1, "");
      paragraph.inserted.fill(false);
    }
    this.revisions = [];
  }

  /** The document back as specs: what tests compare and the playground renders. */
  dump(): SimParagraphSpec[] {
    const bookmarkStarts = new Map<SimParagraph, SimParagraphSpec["bookmarks"]>();
    for (const bookmark of this.bookmarks) {
      const span = this.indexOf(bookmark.last) - this.indexOf(bookmark.first) + 1;
      const list = bookmarkStarts.get(bookmark.first) ?? [];
      list.push(span === 1 ? bookmark.name : { name: bookmark.name, paragraphs: span });
      bookmarkStarts.set(bookmark.first, list);
    }
    return this.paragraphs.map((paragraph) => {
      const spec: SimParagraphSpec = { text: paragraph.text, style: paragraph.style };
      const highlights = runsOf(paragraph.highlight).map(({ start, length, value }) => ({
        start,
        length,
        color: value,
      }));
      const hyperlinks = runsOf(paragraph.link).map(({ start, length, value }) => ({
        start,
        length,
        address: value,
      }));
      const comments = runsOf(paragraph.comment).map(({ start, length, value }) => ({
        start,
        length,
        text: value,
      }));
      const footnotes = runsOf(paragraph.footnote).map(({ start, length, value }) => ({
        start,
        length,
        text: value,
      }));
      if (highlights.length) spec.highlights = highlights;
      if (hyperlinks.length) spec.hyperlinks = hyperlinks;
      if (comments.length) spec.comments = comments;
      if (footnotes.length) spec.footnotes = footnotes;
      const flagged = (flags: boolean[]) =>
        runsOf(flags.map((flag) => (flag ? "x" : null))).map(({ start, length }) => ({ start, length }));
      if (paragraph.markStruck) spec.deletedUnderTracking = true;
      else if (paragraph.struck.includes(true)) spec.deletions = flagged(paragraph.struck);
      if (paragraph.inserted.includes(true)) spec.insertions = flagged(paragraph.inserted);
      if (paragraph.table) spec.table = { ...paragraph.table };
      if (paragraph.list) spec.list = { ...paragraph.list };
      const bookmarks = bookmarkStarts.get(paragraph);
      if (bookmarks) spec.bookmarks = bookmarks;
      return spec;
    });
  }
}

/** Maximal runs of equal non-null values. */
export function runsOf(
  values: readonly (string | null)[],
): { start: number; length: number; value: string }[] {
  const runs: { start: number; length: number; value: string }[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.start + last.length === index) last.length++;
    else runs.push({ start: index, length: 1, value });
  });
  return runs;
}
