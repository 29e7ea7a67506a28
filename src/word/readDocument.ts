/**
 * Reads the whole document into a DocumentSnapshot, page by page, in one `Word.run`.
 *
 * Each page's sync loads its paragraphs' text, style, outline level, list and table position and highlight, and
 * asks what the page before needs once its paragraphs are known: the words of paragraphs whose highlight is mixed
 * (Word reports "" for them) and, when the document has tracked changes, the text with them accepted
 * (revisions.ts). One more sync asks it for the last page, with the visible bookmarks. A page's size keeps its
 * response within PAGE_BUDGET_BYTES (Word on the web fails above about 4–5 MB), and each page's objects are
 * released with a later request, so that no request — the run's final cleanup included — grows with the
 * document (release.ts). A 1,000-paragraph report is one page: one sync, two with any of those questions.
 *
 * The first page also loads the hyperlinks, the bookmark names and the tracking mode, and finds the visible
 * bookmarks by name (Document.getBookmarkRangeOrNullObject), placing each by its paragraph's text and its
 * neighbours'; Word's own hidden bookmarks (_Toc…, _Ref…, _Hlk…) are not placed: no rule uses them.
 *
 * If the user adds or removes paragraphs while the pages are read, a page boundary may repeat or skip one; the
 * edits planned from such a snapshot are refused where a paragraph's text differs, so nothing is overwritten.
 */
import {
  createSnapshot,
  keepBookmarkStarts,
  type DocumentSnapshot,
  type HighlightSpan,
  type HyperlinkSpan,
  type ParagraphInput,
  type TrackChangesMode,
} from "../core/document";
import { runBatch } from "./errors";
import { firstPageSize, firstPageState, loadParagraphPage, nextPageSize } from "./paragraphs";
import { probeIndex, queueProbe, type ParagraphProbe } from "./probe";
import { release } from "./release";
import { applyReviewedTexts, queueReviewedTexts, queueRevisionProbe, type RevisionProbe } from "./revisions";
import type { ParagraphApi, RangeCollectionApi, RequestContextApi, WordHost } from "./wordApi";

export interface ReadCapabilities {
  /** WordApi 1.4: bookmarks and the change-tracking mode. */
  bookmarks: boolean;
  trackChanges: boolean;
  readOnly: boolean;
}

/** At most this many bookmarks are placed (a report's template has about ten); the template's own come first. */
export const MAX_PLACED_BOOKMARKS = 100;

/** Bookmarks worth placing: not Word's hidden ones, the template's fields (dnum, dsource…) first, then the others. */
export function bookmarksToPlace(names: readonly string[]): string[] {
  const visible = [...new Set(names)].filter((name) => !name.startsWith("_"));
  const template = visible.filter((name) => /^d[a-z]/i.test(name));
  const others = visible.filter((name) => !/^d[a-z]/i.test(name));
  return [...template, ...others].slice(0, MAX_PLACED_BOOKMARKS);
}

const TRACK_MODES: Record<string, TrackChangesMode> = {
  Off: "off",
  TrackAll: "trackAll",
  TrackMineOnly: "trackMineOnly",
};

export interface ReadOptions {
  /** Largest response of a page, in bytes (tests set a small one to read in many pages). */
  pageBudget?: number;
}

/** What the first run reads besides its page: hyperlinks, bookmarks, the tracking mode. */
interface DocumentExtras {
  hyperlinks: { text: string; address: string }[];
  bookmarks: { name: string; probe: ParagraphProbe }[];
  trackingMode: string | null;
}

interface PageQueue {
  first: FirstPageExtras | null;
  followUp: FollowUp | null;
}

type FollowUp = ReturnType<typeof queueFollowUp>;

interface FirstPageExtras {
  extras: ReturnType<typeof queueExtras>;
  revisions: RevisionProbe;
}

export async function readDocument(
  host: WordHost,
  capabilities: ReadCapabilities,
  options: ReadOptions = {},
): Promise<DocumentSnapshot> {
  const { inputs, wordTexts, extras } = await runBatch(host, async (context) => {
    const inputs: ParagraphInput[] = [];
    // The paragraphs' texts as Word has them (with tracked deletions), to place the bookmarks by.
    const wordTexts: string[] = [];
    const pages = firstPageState();
    let first: FirstPageExtras | null = null;
    let revisions = false;
    // The page read last, whose follow-up questions go with the next page's request (see queueFollowUp).
    let previous: ReadPage | null = null;
    for (let size = firstPageSize(options.pageBudget); ;) {
      const isFirst: boolean = first === null;
      const last = previous;
      // One sync per page, as Microsoft's resource-limits guidance says for large data (see the header comment).
      const {
        items,
        inputs: pageInputs,
        queued,
      } = await loadParagraphPage(context, inputs.length, size, pages, (): PageQueue => ({
        first: isFirst
          ? {
              extras: queueExtras(context, capabilities),
              revisions: queueRevisionProbe(context, host.revisions ?? "detect"),
            }
          : null,
        followUp: last ? queueFollowUp(last, revisions) : null,
      }));
      first ??= queued.first;
      if (isFirst) revisions = first!.revisions.present();
      if (queued.followUp) {
        queued.followUp.apply();
        // The page before is read: its objects are released with the next request (release.ts).
        release(queued.followUp.objects);
      }
      inputs.push(...pageInputs);
      wordTexts.push(...pageInputs.map((input) => input.text));
      previous = { items, inputs: pageInputs };
      if (pageInputs.length < size) break;
      size = nextPageSize(pageInputs, options.pageBudget, revisions);
    }
    // The last page's follow-up and the visible bookmarks, in one more sync when there is any.
    const followUp = queueFollowUp(previous, revisions);
    const bookmarks = first!.extras.placeBookmarks();
    if (followUp.asked || bookmarks.length > 0) await context.sync();
    followUp.apply();
    return { inputs, wordTexts, extras: first!.extras.read(bookmarks) };
  });

  placeHyperlinks(inputs, extras.hyperlinks);
  placeBookmarks(inputs, wordTexts, extras.bookmarks);
  return createSnapshot(inputs, {
    readOnly: capabilities.readOnly,
    trackChanges: extras.trackingMode !== null ? (TRACK_MODES[extras.trackingMode] ?? "unknown") : "unknown",
  });
}

/**
 * What a page needs asked once its paragraphs are known: the text with tracked changes accepted (when the
 * document has any) and the words of paragraphs whose highlight is mixed. Queued into the next page's request,
 * so that a page costs one request; `apply` fills the page's inputs in after that request.
 */
interface ReadPage {
  items: ParagraphApi[];
  inputs: ParagraphInput[];
}

function queueFollowUp(page: ReadPage, revisions: boolean) {
  const reviewed = revisions ? queueReviewedTexts(page.items) : [];
  const words = queueMixedHighlights(page.items);
  return {
    asked: reviewed.length > 0 || words.length > 0,
    apply: () => {
      applyReviewedTexts(page.inputs, reviewed);
      for (const { index, ranges } of words)
        page.inputs[index]!.highlights = highlightsFromWords(page.inputs[index]!.text, ranges);
    },
    objects: [...page.items, ...words.map(({ ranges }) => ranges)],
  };
}

/**
 * Queued in the first run's first sync: hyperlinks, bookmark names and the tracking mode. `placeBookmarks` then
 * queues (for the second sync) the probes of the visible bookmarks; `read` collects all of it after that sync.
 */
function queueExtras(context: RequestContextApi, capabilities: ReadCapabilities) {
  const hyperlinkRanges = context.document.body.getRange("Whole").getHyperlinkRanges();
  hyperlinkRanges.load("items/text,items/hyperlink");
  const names = capabilities.bookmarks
    ? context.document.body.getRange("Whole").getBookmarks(true, true)
    : null;
  if (capabilities.trackChanges) context.document.load("changeTrackingMode");
  return {
    placeBookmarks: () =>
      (names ? bookmarksToPlace(names.value) : []).map((name) => ({
        name,
        probe: queueProbe(context.document.getBookmarkRangeOrNullObject(name)),
      })),
    read: (bookmarks: DocumentExtras["bookmarks"]): DocumentExtras => ({
      hyperlinks: hyperlinkRanges.items.map((range) => ({ text: range.text, address: range.hyperlink })),
      bookmarks,
      trackingMode: capabilities.trackChanges ? context.document.changeTrackingMode : null,
    }),
  };
}

/** For each paragraph whose highlight is mixed (""), its words, to find which are highlighted. */
function queueMixedHighlights(
  items: readonly ParagraphApi[],
): { index: number; ranges: RangeCollectionApi }[] {
  return items.flatMap((paragraph, index) => {
    if (paragraph.font.highlightColor !== "") return [];
    const ranges = paragraph.getTextRanges([" ", "\t"], false);
    ranges.load("items/text,items/font/highlightColor");
    return [{ index, ranges }];
  });
}

/**
 * Each visible bookmark at the paragraph where it starts; one that cannot be placed uniquely is left out. `texts`:
 * the paragraphs' texts as Word has them, which the probes read.
 */
function placeBookmarks(
  inputs: ParagraphInput[],
  texts: readonly string[],
  bookmarks: DocumentExtras["bookmarks"],
): void {
  const namesAt: string[][] = inputs.map(() => []);
  for (const { name, probe } of bookmarks) {
    const index = probeIndex(texts, probe);
    if (index !== null) namesAt[index]!.push(name);
  }
  keepBookmarkStarts(namesAt).forEach((names, index) => (inputs[index]!.bookmarks = names));
}

/**
 * The document's hyperlinks come in document order with their text; each is placed at the next occurrence of
 * its text, scanning paragraphs forward, so the whole placement is one pass over the document.
 */
function placeHyperlinks(
  inputs: ParagraphInput[],
  ranges: readonly { text: string; address: string }[],
): void {
  let paragraph = 0;
  let offset = 0;
  for (const range of ranges) {
    const text = range.text;
    if (text.length === 0) continue;
    for (let p = paragraph; p < inputs.length; p++) {
      const at = inputs[p]!.text.indexOf(text, p === paragraph ? offset : 0);
      if (at >= 0) {
        const link: HyperlinkSpan = { start: at, length: text.length, address: range.address };
        (inputs[p]!.hyperlinks ??= []).push(link);
        paragraph = p;
        offset = at + text.length;
        break;
      }
    }
  }
}

/**
 * Turns a mixed paragraph's word ranges into highlight spans. A piece's text may end with the paragraph mark
 * (the last piece) and, on Word on the web, lose its tabs: each is matched without them. Spans of one colour
 * separated only by white space are one passage.
 */
function highlightsFromWords(text: string, words: RangeCollectionApi): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  let cursor = 0;
  for (const word of words.items) {
    const written = word.text.replace(/[\r\n]+$/, "");
    const at = text.indexOf(written, cursor);
    if (at < 0 || written.length === 0) continue;
    cursor = at + written.length;
    // A word that is itself partly highlighted ("") counts as highlighted: better one word too many in a
    // "highlighted text left" warning than a missed one.
    const color = word.font.highlightColor === "" ? "Mixed" : word.font.highlightColor;
    if (!color) continue;
    const previous = spans[spans.length - 1];
    const end = previous ? previous.start + previous.length : -1;
    if (previous && previous.color === color && end <= at && text.slice(end, at).trim() === "") {
      previous.length = at + written.length - previous.start;
    } else {
      spans.push({ start: at, length: written.length, color });
    }
  }
  return spans;
}
