/**
 * The one pager of the body's paragraphs, for the full read (readDocument) and for the fresh read every editing
 * command decides on (editRead.ts).
 *
 * Each page is one sync: its paragraphs' text, style, outline level, list and table position and highlight
 * (paragraphs.ts), with whatever the page before still needs now that its paragraphs are known — the text with
 * tracked changes accepted for the paragraphs that carry them (revisions.ts), and the caller's own questions
 * (the words of a paragraph whose highlight is mixed). The last page's questions go in one more sync, `finish`,
 * with whatever else the caller queues there (the bookmarks' probes). A page's size keeps its response within
 * PAGE_BUDGET_BYTES (Word on the web fails above about 4–5 MB); a 1,000-paragraph report is one page.
 *
 * A read that lets its pages go (readDocument) releases each page's objects with a later request, so that no
 * request — the run's final cleanup included — grows with the document (release.ts). An edit keeps them: it writes
 * through them.
 */
import type { ParagraphInput } from "../core/document";
import { firstPageSize, firstPageState, loadParagraphPage, nextPageSize } from "./paragraphs";
import { release } from "./release";
import {
  applyReviewedTexts,
  queueReviewedTexts,
  queueRevisionProbe,
  type RevisionProbe,
  type RevisionSupport,
} from "./revisions";
import type { ParagraphApi, RequestContextApi, TrackableApi } from "./wordApi";

/** One page as read: Word's paragraph objects, what they became, and where the page starts in the body. */
export interface PageRead {
  items: ParagraphApi[];
  inputs: ParagraphInput[];
  from: number;
}

/** Questions about a page, queued into a later request; `apply` fills the page's inputs in after its sync. */
export interface PageQuestions {
  asked: boolean;
  apply(): void;
  /** Objects the questions made, released with the page when the read lets its pages go. */
  objects: TrackableApi[];
}

export interface PagerOptions<First> {
  /** Largest response of a page, in bytes (tests set a small one to read in many pages). */
  pageBudget?: number;
  revisions: RevisionSupport;
  /** Queued with the first page's request (again, if Word on the web makes that page load twice). */
  first: () => First;
  /** The caller's own questions about a page, asked with the next request. */
  questions?: (page: PageRead) => PageQuestions;
  /** Keep every page's paragraph objects (an edit writes through them); else each page is released once read. */
  keepItems: boolean;
  /** Load the paragraphs' texts only (the file path places its findings by them). */
  textsOnly?: boolean;
}

export interface PagedParagraphs<First> {
  /** Word's paragraph objects, in body order: every one when `keepItems`, else none. */
  items: ParagraphApi[];
  inputs: ParagraphInput[];
  /** Each paragraph's text as Word has it (with tracked deletions), to place ranges by (probe.ts). */
  wordTexts: string[];
  /** The paragraphs whose text with tracked changes accepted differs from Word's text. */
  revised: Set<number>;
  /** How many paragraphs were asked their text with tracked changes accepted. */
  reviewedAsked: number;
  first: First;
  /**
   * Asks the last page's questions, and whatever `alsoQueue` queues (it returns whether it queued anything), in
   * one more sync when there is anything to ask. If that sync fails, nothing of it was applied and it may be
   * called again (with less in `alsoQueue`).
   */
  finish(alsoQueue?: () => boolean): Promise<void>;
}

export async function readParagraphPages<First>(
  context: RequestContextApi,
  options: PagerOptions<First>,
): Promise<PagedParagraphs<First>> {
  const read: Omit<PagedParagraphs<First>, "first" | "finish"> = {
    items: [],
    inputs: [],
    wordTexts: [],
    revised: new Set(),
    reviewedAsked: 0,
  };
  const pages = firstPageState(options.textsOnly ?? false);
  let first: { caller: First; revisions: RevisionProbe } | null = null;
  let previous: PageRead | null = null;
  for (let size = firstPageSize(options.pageBudget); ;) {
    const isFirst: boolean = first === null;
    const before = previous;
    // One sync per page, as Microsoft's resource-limits guidance says for large data.
    const loaded = await loadParagraphPage(
      context,
      read.inputs.length,
      size,
      pages,
      (): PageQueue<First> => ({
        first: isFirst
          ? { caller: options.first(), revisions: queueRevisionProbe(context, options.revisions) }
          : null,
        before: before ? queueQuestions(before, first!.revisions, read, options) : null,
      }),
    );
    first ??= loaded.queued.first;
    if (loaded.queued.before) settle(loaded.queued.before, options);
    const page: PageRead = { items: loaded.items, inputs: loaded.inputs, from: read.inputs.length };
    if (options.keepItems) read.items.push(...page.items);
    read.inputs.push(...page.inputs);
    read.wordTexts.push(...page.inputs.map((input) => input.text));
    previous = page;
    if (page.inputs.length < size) break;
    size = nextPageSize(page.inputs, options.pageBudget, first!.revisions.any(), pages.textsOnly);
  }
  const last = previous;
  const probe = first!.revisions;
  return {
    ...read,
    first: first!.caller,
    async finish(alsoQueue = () => false) {
      const questions = queueQuestions(last, probe, read, options);
      const also = alsoQueue();
      if (questions.asked || also) await context.sync();
      // The last page is left to Word.run's own cleanup request: releasing it here would cost one more request.
      questions.apply();
    },
  };
}

/** The page's questions: its revised paragraphs' reviewed texts and the caller's own. */
function queueQuestions<First>(
  page: PageRead,
  revisions: RevisionProbe,
  read: Pick<PagedParagraphs<First>, "revised" | "reviewedAsked">,
  options: PagerOptions<First>,
): PageQuestions {
  const asked = page.items.flatMap((item, index) =>
    revisions.carries(page.inputs[index]!.text) ? [index] : [],
  );
  const reviewed = queueReviewedTexts(asked.map((index) => page.items[index]!));
  const caller = options.questions?.(page) ?? { asked: false, apply: () => undefined, objects: [] };
  return {
    asked: asked.length > 0 || caller.asked,
    apply: () => {
      read.reviewedAsked += asked.length;
      const inputs = asked.map((index) => page.inputs[index]!);
      for (const index of applyReviewedTexts(inputs, reviewed)) read.revised.add(page.from + asked[index]!);
      caller.apply();
    },
    objects: [...page.items, ...caller.objects],
  };
}

/** What a page's request queues besides the page: the first page's own questions, the page before's. */
interface PageQueue<First> {
  first: { caller: First; revisions: RevisionProbe } | null;
  before: PageQuestions | null;
}

/** Applies a page's answers; a read that lets its pages go releases the page with the next request. */
function settle<First>(questions: PageQuestions, options: PagerOptions<First>): void {
  questions.apply();
  if (!options.keepItems) release(questions.objects);
}
