/**
 * The Word simulator: an in-memory document behind the part of the Word API that src/word uses
 * (src/word/wordApi.ts), with Office's proxy semantics and a count of `context.sync()` calls.
 * Dev-only: tests and the playground use it; the task pane's production bundle never includes it.
 */
import type { DocumentApi, RequestContextApi, WordHost } from "../../src/word/wordApi";
import { SimContext, type SyncObserver } from "./context";
import { CustomXmlPartCollectionProxy } from "./customXml";
import { SimDocument, type SimParagraphSpec } from "./document";
import { SimulatedWordError } from "./errors";
import { ParagraphCollectionProxy, RangeProxy, TrackedChangeCollectionProxy } from "./proxies";

/** A bookmark name Word's API accepts (see getBookmarkRangeOrNullObject). */
const WORD_BOOKMARK_NAME = /^[\p{L}_][\p{L}\p{N}_]{0,39}$/u;

class DocumentProxy implements DocumentApi {
  private trackingMode: string | undefined;
  readonly body;
  /** WordApi 1.4: the document's custom XML parts (customXml.ts). */
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  constructor(private readonly context: SimContext) {
    this.customXmlParts = new CustomXmlPartCollectionProxy(context);
    this.body = {
      paragraphs: new ParagraphCollectionProxy(context),
      getRange: (location: "Whole" | "Start" | "End" = "Whole") =>
        new RangeProxy(context).resolveWith(() => ({ body: true }), "Body.getRange").getRange(location),
      getTrackedChanges: () => new TrackedChangeCollectionProxy(context),
    };
  }
  load(names?: string | string[]): this {
    const list =
      names === undefined ? ["changeTrackingMode"] : Array.isArray(names) ? names : names.split(",");
    this.context.enqueue("Document.load", () => {
      for (const name of list.map((n) => n.trim())) {
        if (name !== "changeTrackingMode")
          throw new SimulatedWordError("InvalidArgument", `Document.${name}`);
        this.trackingMode = this.context.doc.changeTrackingMode;
      }
    });
    return this;
  }
  /** The user's selection, or the start of the document when there is none. */
  getSelection(): RangeProxy {
    return new RangeProxy(this.context).resolveWith(() => {
      const doc = this.context.doc;
      const selection = doc.selection;
      const paragraph = selection ? doc.paragraphs.find((p) => p.id === selection.paragraphId) : undefined;
      if (selection && paragraph)
        return this.context.track({ paragraph, start: selection.start, end: selection.end });
      const first = doc.paragraphs[0];
      if (!first) throw new SimulatedWordError("ItemNotFound", "The document is empty.");
      return this.context.track({ paragraph: first, start: 0, end: 0 });
    }, "Document.getSelection");
  }
  /**
   * The range of a bookmark. The simulator's ranges lie within one paragraph, so a bookmark's range is its first
   * paragraph, whole (enough for the adapter, which wants that paragraph). A missing bookmark fails the batch
   * with ItemNotFound when the range is used, as navigating from Word's null object does.
   */
  getBookmarkRangeOrNullObject(name: string): RangeProxy {
    return new RangeProxy(this.context).resolveWith(() => {
      // "Only alphanumeric and underscore characters are supported. It must begin with a letter but … hidden
      // … start the name with an underscore character. Names can't be longer than 40 characters" (the method's
      // reference text); other names fail with InvalidArgument even when the document has them (office-js #3702).
      if (!WORD_BOOKMARK_NAME.test(name))
        throw new SimulatedWordError("InvalidArgument", `Word does not accept the bookmark name ${name}.`);
      const bookmark = this.context.doc.bookmarks.find((b) => b.name.toLowerCase() === name.toLowerCase());
      if (!bookmark) throw new SimulatedWordError("ItemNotFound", `There is no bookmark ${name}.`);
      return this.context.track({ paragraph: bookmark.first, start: 0, end: bookmark.first.text.length });
    }, "Document.getBookmarkRangeOrNullObject");
  }
  get changeTrackingMode(): string {
    if (this.trackingMode === undefined) {
      throw new SimulatedWordError(
        "PropertyNotLoaded",
        "Document.changeTrackingMode read before load() and sync().",
      );
    }
    return this.trackingMode;
  }
}

class SimRequestContext implements RequestContextApi {
  readonly document: DocumentProxy;
  constructor(readonly inner: SimContext) {
    this.document = new DocumentProxy(inner);
  }
  sync(): Promise<void> {
    return this.inner.sync();
  }
}

export interface InjectedFailure {
  code: string;
  /** Queued actions of that sync that run before the failure (0: the sync fails before doing anything). */
  afterActions?: number;
}

export class WordSimulator implements WordHost {
  readonly document: SimDocument;
  /** Every context.sync() since creation (or the last resetSyncCount), including Word.run's final flush. */
  syncCount = 0;
  private readonly userEdits = new Map<number, ((document: SimDocument) => void)[]>();
  private readonly failures = new Map<number, InjectedFailure>();
  private readonly listeners = new Set<() => void>();
  /**
   * What a sync waits for before Word answers. A resolved promise by default; a property test replaces it with
   * fast-check's scheduler so that user edits land between any two syncs, in every order.
   */
  roundTrip: () => Promise<void> = () => Promise.resolve();

  constructor(paragraphs: readonly SimParagraphSpec[]) {
    this.document = new SimDocument(paragraphs);
  }

  /** Word.run: a fresh context; pending actions are flushed by a last sync; proxies die with the batch. */
  async run<T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T> {
    const context = new SimContext(this.document, this.observer);
    try {
      const result = await batch(new SimRequestContext(context));
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  /**
   * A request context that stays open until `close()`: what a host serving Microsoft's Office.js client runtime
   * (dev/officeHost) needs, since the runtime, not the simulator, decides when a Word.run batch ends.
   */
  openContext(): { context: RequestContextApi; close: () => void } {
    const context = new SimContext(this.document, this.observer);
    return { context: new SimRequestContext(context), close: () => context.close() };
  }

  /** Runs `edit` just before sync number `syncNumber` (1-based, counted from now): a user typing between syncs. */
  beforeSync(syncNumber: number, edit: (document: SimDocument) => void): void {
    const at = this.syncCount + syncNumber;
    this.userEdits.set(at, [...(this.userEdits.get(at) ?? []), edit]);
  }

  /** Makes sync number `syncNumber` (1-based, counted from now) fail with a Word error code. */
  failSync(syncNumber: number, failure: InjectedFailure): void {
    this.failures.set(this.syncCount + syncNumber, failure);
  }

  resetSyncCount(): void {
    this.syncCount = 0;
    this.userEdits.clear();
    this.failures.clear();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes the document outside any batch (a user's edit), and tells the listeners. */
  userEdit(edit: (document: SimDocument) => void): void {
    edit(this.document);
    this.listeners.forEach((listener) => listener());
  }

  dump(): SimParagraphSpec[] {
    return this.document.dump();
  }

  private readonly observer: SyncObserver = {
    nextSyncNumber: () => ++this.syncCount,
    roundTrip: () => this.roundTrip(),
    beforeSync: (syncNumber, document) => {
      for (const edit of this.userEdits.get(syncNumber) ?? []) edit(document);
      this.userEdits.delete(syncNumber);
      const failure = this.failures.get(syncNumber);
      if (failure && (failure.afterActions ?? 0) === 0) {
        this.failures.delete(syncNumber);
        throw new SimulatedWordError(failure.code, `Injected ${failure.code} at sync ${syncNumber}`);
      }
    },
    actionsAllowed: (syncNumber) => {
      const failure = this.failures.get(syncNumber);
      if (!failure) return null;
      this.failures.delete(syncNumber);
      return { allowed: failure.afterActions ?? 0, code: failure.code };
    },
    afterSync: () => this.listeners.forEach((listener) => listener()),
  };
}
