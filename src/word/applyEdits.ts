/**
 * Every editing command runs in one batch:
 *   the first syncs read every paragraph (text, style, structure), a page per sync within the response budget
 *   (one page for a 1,000-paragraph report), and, when asked, where the cursor is;
 *   the command decides, in pure code, on that fresh snapshot;
 *   the last sync writes every operation whose paragraph still has the text the plan expects.
 * An operation whose paragraph changed since the plan was made is refused, not applied: the user's new text is
 * never overwritten. Operations are applied last paragraph first, last offset first, so offsets stay valid.
 * Nothing here changes the document's track-changes mode: with tracking on, the edits arrive as revisions.
 */
import {
  orderForApplying,
  type DocumentSnapshot,
  type EditOperation,
  type EditPlan,
  type RefusedOperation,
} from "../core/document";
import { refusedWrite, runBatch, toWordError } from "./errors";
import { readForEditing } from "./editRead";
import { release } from "./release";
import {
  canLocate,
  LEFT_TO_CLEANUP,
  locateTarget,
  queueOperation,
  RELEASE_BYTES,
  REQUEST_BUDGET_BYTES,
  writeChunks,
  type Writable,
} from "./writes";
import type { ParagraphApi, TrackableApi, WordHost } from "./wordApi";

export interface ApplyResult {
  applied: EditOperation[];
  refused: RefusedOperation[];
  /** Set when the command decided not to edit, with the sentence that says why. */
  problem?: string;
}

export interface ApplyOptions {
  /**
   * "all-or-nothing" (the default) writes nothing when any operation is refused, so a renumbering or a summary
   * rebuild is never left half done; "unchanged-only" writes the operations whose paragraphs are unchanged.
   */
  mode?: "all-or-nothing" | "unchanged-only";
}

/** What a command decides on: the document as it is now, and the paragraph holding the cursor. */
export interface EditContext {
  snapshot: DocumentSnapshot;
  /** Index of the paragraph where the cursor is; null when it cannot be told (or was not asked for). */
  cursor: number | null;
}

export type Decision = EditPlan | { problem: string };

export interface EditCommandOptions extends ApplyOptions {
  /** Also find the paragraph that holds the cursor (for "insert after the cursor"). */
  cursor?: boolean;
  /** Largest response of a page of paragraphs, in bytes (tests set a small one to read in many pages). */
  pageBudget?: number;
}

/** Runs a command: reads (a sync per page), lets `decide` make the plan, writes (a sync per write chunk). */
export async function editDocument(
  host: WordHost,
  decide: (context: EditContext) => Decision,
  options: EditCommandOptions = {},
): Promise<ApplyResult> {
  return runBatch(host, async (context) => {
    const { snapshot, items, texts, revised, cursor } = await readForEditing(context, host, options);
    const decision = decide({ snapshot, cursor });
    if ("problem" in decision) return { applied: [], refused: [], problem: decision.problem };

    const { writable, refused } = checkPlan(items, texts, revised, decision, options);
    // Paragraphs are released as soon as no edit needs them any more: those no edit touches with the first write,
    // the others after the last chunk that writes to them (release.ts). Release goes in the room a request has.
    const chunks = writeChunks(writable);
    const lastChunk = new Map<ParagraphApi, number>();
    chunks.forEach((chunk, index) =>
      chunk.entries.forEach(({ paragraph }) => lastChunk.set(paragraph, index)),
    );
    const unneeded = items.filter((paragraph) => !lastChunk.has(paragraph));
    const applied: EditOperation[] = [];
    for (let index = 0; index < chunks.length || unneeded.length > LEFT_TO_CLEANUP; index++) {
      const { entries, bytes } = chunks[index] ?? { entries: [], bytes: 0 };
      release(unneeded.splice(0, Math.floor((REQUEST_BUDGET_BYTES - bytes) / RELEASE_BYTES)));
      // Every range of the chunk is located before anything of it is written: if the user changed a paragraph
      // since the read, Word stops at the failed search and nothing of the chunk is written (see locateTarget).
      const temporaries: TrackableApi[] = [];
      const located = entries.map(({ operation, paragraph }) => ({
        operation,
        paragraph,
        ranges: locateTarget(paragraph, operation, temporaries),
      }));
      for (const { operation, paragraph, ranges } of located)
        queueOperation(paragraph, operation, ranges, temporaries);
      release(temporaries);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per write chunk, each within the payload budget
        await context.sync();
      } catch (error) {
        if (toWordError(error).code !== "ItemNotFound") throw refusedWrite(error);
        // A search found nothing: the user changed the paragraph since it was read. The chunks before this one are
        // written (a plan of one chunk — any report of normal size — is then written not at all).
        const rest = chunks.slice(index).flatMap((chunk) => chunk.entries);
        return {
          applied,
          refused: [...refused, ...rest.map(({ operation }) => changed(operation))],
        };
      }
      applied.push(...entries.map(({ operation }) => operation));
      unneeded.push(
        ...new Set(entries.map(({ paragraph }) => paragraph).filter((p) => lastChunk.get(p) === index)),
      );
    }
    // What is left (at most LEFT_TO_CLEANUP objects) Word.run's own cleanup request releases.
    return { applied, refused };
  });
}

/** Applies a plan computed earlier: the paragraphs it touches must still have the texts it expects. */
export function applyEdits(host: WordHost, plan: EditPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return editDocument(host, () => plan, options);
}

function notApplied(operation: EditOperation): RefusedOperation {
  return { operation, reason: "not-applied" };
}

function changed(operation: EditOperation): RefusedOperation {
  return { operation, reason: "paragraph-changed" };
}

/**
 * Which operations can be written. `texts`: each paragraph's text as just read (with its tracked changes
 * accepted, for the paragraphs in `revised`), which the plan's expected texts must equal.
 */
function checkPlan(
  items: readonly ParagraphApi[],
  texts: readonly string[],
  revised: ReadonlySet<number>,
  plan: EditPlan,
  options: ApplyOptions,
) {
  const allOrNothing = (options.mode ?? "all-or-nothing") === "all-or-nothing";
  const { ordered, refused: refusedByPlan } = orderForApplying(plan);
  const refused: RefusedOperation[] = [...refusedByPlan];
  const writable: Writable[] = [];
  for (const operation of ordered) {
    const paragraph = items[operation.paragraph];
    if (!paragraph) refused.push({ operation, reason: "paragraph-missing" });
    else if (texts[operation.paragraph] !== operation.expectedText)
      refused.push({ operation, reason: "paragraph-changed" });
    // New paragraphs next to one with tracked changes are fine: nothing in it is searched or changed.
    else if (revised.has(operation.paragraph) && operation.kind !== "insertParagraphs")
      refused.push({ operation, reason: "has-revisions" });
    else if (!canLocate(operation)) refused.push({ operation, reason: "cannot-locate" });
    else writable.push({ operation, paragraph });
  }
  if (allOrNothing && refused.length > 0) {
    return { writable: [], refused: [...refused, ...writable.map(({ operation }) => notApplied(operation))] };
  }
  return { writable, refused };
}
