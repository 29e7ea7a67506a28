/**
 * A request context with Office's proxy semantics (Office Add-ins docs, "Application-specific API model",
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 * - calls on proxy objects are queued and run, in order, at `context.sync()`;
 * - a property can be read only after `load()` and a `sync()`; before that it throws PropertyNotLoaded;
 * - collections have `items` only after they were loaded and synced;
 * - if an action fails, `sync()` rejects with its code and the actions after it in the batch do not run
 *   (the actions before it stay applied: Word batches are not transactions).
 * Ranges follow the text they cover when the paragraph is edited, as Word's ranges do.
 */
import type { SimDocument, SimParagraph } from "./document";
import { SimulatedWordError } from "./errors";

/** A character range of one paragraph, or the whole body. */
/**
 * A character range of one paragraph, or the whole body. `withMark`: the range ends with the paragraph mark, as
 * the last piece of getTextRanges(…, false) does ("spacing characters … and paragraph end marks … are included").
 */
export type SimRange =
  { paragraph: SimParagraph; start: number; end: number; withMark?: boolean } | { body: true };

export interface SyncObserver {
  /** Called once per sync with its 1-based number, before the queued actions run. May throw to fail the sync. */
  beforeSync(syncNumber: number, document: SimDocument): void;
  /** How many queued actions may run before the sync fails (used to inject mid-batch failures). */
  actionsAllowed(syncNumber: number): { allowed: number; code: string } | null;
  afterSync(syncNumber: number): void;
  nextSyncNumber(): number;
  /** Awaited before each sync's round trip completes: where tests let other work (a user typing) interleave. */
  roundTrip(): Promise<void>;
}

interface QueuedAction {
  run: () => void;
  location: string;
}

export class SimContext {
  private queue: QueuedAction[] = [];
  private readonly ownRanges: { paragraph: SimParagraph; start: number; end: number }[] = [];
  closed = false;

  constructor(
    readonly doc: SimDocument,
    private readonly observer: SyncObserver,
  ) {}

  enqueue(location: string, run: () => void): void {
    if (this.closed) {
      throw new SimulatedWordError(
        "InvalidObjectPath",
        `${location}: this object belongs to a finished Word.run batch and can no longer be used.`,
        location,
      );
    }
    this.queue.push({ run, location });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const syncNumber = this.observer.nextSyncNumber();
    try {
      // A real sync is a round trip: let other tasks (the user typing, in tests) run first.
      await this.observer.roundTrip();
      this.observer.beforeSync(syncNumber, this.doc);
      const limit = this.observer.actionsAllowed(syncNumber);
      actions.forEach((action, index) => {
        if (limit && index >= limit.allowed) {
          throw new SimulatedWordError(limit.code, `Injected failure at ${action.location}`, action.location);
        }
        try {
          action.run();
        } catch (error) {
          if (error instanceof SimulatedWordError) throw error;
          throw new SimulatedWordError("GeneralException", String(error), action.location);
        }
      });
    } finally {
      this.observer.afterSync(syncNumber);
    }
  }

  /** A range that follows its text through later edits of its paragraph, by this batch or by the user. */
  track(range: SimRange): SimRange {
    if ("paragraph" in range) {
      this.doc.liveRanges.add(range);
      this.ownRanges.push(range);
    }
    return range;
  }

  /** Replaces [start, end) of a paragraph, as a call of this batch. */
  edit(paragraph: SimParagraph, start: number, end: number, text: string): SimRange {
    if (this.doc.readOnly) throw new SimulatedWordError("AccessDenied", "The document is read-only.");
    return this.track(this.doc.edit(paragraph, start, end, text));
  }

  /** The batch is over: its proxies die, and its ranges no longer need to follow the text. */
  close(): void {
    this.closed = true;
    for (const range of this.ownRanges) this.doc.liveRanges.delete(range);
  }
}
