/**
 * Exactly the part of the Word JavaScript API that this add-in uses, as structural types.
 *
 * The adapter (readDocument, applyEdits, selectRange) is written against these types, so the same code runs
 * against Word (`Word.run`) and against the Word simulator in dev/simulator. The assertion at the bottom makes
 * the compiler prove that Word's own typings (@types/office-js) satisfy this subset: if Word's API differs from
 * what we assume, the build fails.
 */

export interface ClientResultApi<T> {
  readonly value: T;
}

/** Office.js's load options: the properties, and for a collection a window of its items (paging). */
export interface LoadOptionsApi {
  select?: string | string[];
  top?: number;
  skip?: number;
}

export interface LoadableApi {
  load(propertyNames?: string | string[] | LoadOptionsApi): unknown;
}

/**
 * An object the batch can let go of. Inside `Word.run` every object is tracked until the run ends, and the run's
 * last request releases them all (see release.ts).
 */
export interface TrackableApi {
  track(): unknown;
  untrack(): unknown;
}

export interface FontApi extends LoadableApi {
  /** null: no highlight; "": mixed over the range; otherwise "#RRGGBB" or a colour name. */
  highlightColor: string | null;
}

export interface ListItemApi extends LoadableApi {
  readonly isNullObject: boolean;
  level: number;
  readonly listString: string;
}

export interface TableCellApi extends LoadableApi {
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly cellIndex: number;
}

export interface SearchOptionsApi {
  matchCase?: boolean;
  matchWildcards?: boolean;
}

export type InsertTextLocation = "Replace" | "Start" | "End";
export type InsertParagraphLocation = "Before" | "After";
export type RangeLocation = "Whole" | "Start" | "End";

export interface RangeApi extends LoadableApi, TrackableApi {
  readonly text: string;
  readonly paragraphs: ParagraphCollectionApi;
  readonly font: FontApi;
  hyperlink: string;
  search(searchText: string, searchOptions?: SearchOptionsApi): RangeCollectionApi;
  getRange(rangeLocation?: RangeLocation): RangeApi;
  expandTo(range: RangeApi): RangeApi;
  insertText(text: string, insertLocation: InsertTextLocation): RangeApi;
  delete(): void;
  getHyperlinkRanges(): RangeCollectionApi;
  getTextRanges(endingMarks: string[], trimSpacing?: boolean): RangeCollectionApi;
  getBookmarks(includeHidden?: boolean, includeAdjacent?: boolean): ClientResultApi<string[]>;
  select(selectionMode?: "Select" | "Start" | "End"): void;
}

export interface RangeCollectionApi extends LoadableApi, TrackableApi {
  readonly items: RangeApi[];
  getFirst(): RangeApi;
}

export interface ParagraphApi extends LoadableApi, TrackableApi {
  readonly isNullObject: boolean;
  readonly text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  readonly isListItem: boolean;
  readonly tableNestingLevel: number;
  readonly font: FontApi;
  readonly listItemOrNullObject: ListItemApi;
  readonly parentTableCellOrNullObject: TableCellApi;
  getRange(rangeLocation?: RangeLocation): RangeApi;
  getTextRanges(endingMarks: string[], trimSpacing?: boolean): RangeCollectionApi;
  search(searchText: string, searchOptions?: SearchOptionsApi): RangeCollectionApi;
  insertParagraph(paragraphText: string, insertLocation: InsertParagraphLocation): ParagraphApi;
  insertText(text: string, insertLocation: InsertTextLocation): RangeApi;
  delete(): void;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  /** WordApi 1.3. */
  detachFromList(): void;
  getNextOrNullObject(): ParagraphApi;
  /** WordApi 1.4: the text with tracked changes applied ("Current") or rejected ("Original"). */
  getReviewedText(changeTrackingVersion?: "Current" | "Original"): ClientResultApi<string>;
  getPreviousOrNullObject(): ParagraphApi;
}

export interface ParagraphCollectionApi extends LoadableApi, TrackableApi {
  readonly items: ParagraphApi[];
  getFirst(): ParagraphApi;
}

export interface TrackedChangeCollectionApi extends LoadableApi {
  readonly items: unknown[];
}

export interface BodyApi {
  readonly paragraphs: ParagraphCollectionApi;
  getRange(rangeLocation?: RangeLocation): RangeApi;
  /** WordApi 1.6: the tracked changes in the body. */
  getTrackedChanges(): TrackedChangeCollectionApi;
}

export interface DocumentApi extends LoadableApi {
  readonly body: BodyApi;
  /** WordApi 1.4. Read only: the add-in never changes the user's tracking mode. */
  readonly changeTrackingMode: string;
  getSelection(): RangeApi;
  /** WordApi 1.4: the range of a bookmark (names are case-insensitive); a null object when there is none. */
  getBookmarkRangeOrNullObject(name: string): RangeApi;
}

export interface RequestContextApi {
  readonly document: DocumentApi;
  sync(): Promise<unknown>;
}

/** Runs one batch against a Word document: `Word.run` in Word, the simulator in tests and the playground. */
export interface WordHost {
  run<T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T>;
  /**
   * How the host lets the add-in see through tracked changes (revisions.ts): "detect" (WordApi 1.6, the default),
   * "always" (1.4–1.5), "none" (older).
   */
  readonly revisions?: "detect" | "always" | "none";
}

// Compile-time proof that Word's real types fit the subset above. Type-only: nothing of it reaches the bundle.
type Fits<Actual extends Subset, Subset> = Actual;
export type WordFitsSubset = [
  Fits<Word.RequestContext, RequestContextApi>,
  Fits<Word.Paragraph, ParagraphApi>,
  Fits<Word.Range, RangeApi>,
  Fits<Word.RangeCollection, RangeCollectionApi>,
  Fits<Word.ParagraphCollection, ParagraphCollectionApi>,
  Fits<Word.Document, DocumentApi>,
];
