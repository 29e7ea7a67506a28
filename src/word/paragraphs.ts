/**
 * What every command loads of each paragraph in its first sync, and how it becomes a ParagraphInput.
 * Shared by readDocument (the full snapshot) and editDocument (the fresh snapshot a command decides on).
 */
import type { ParagraphInput } from "../core/document";
import type { ParagraphApi, ParagraphCollectionApi, RequestContextApi } from "./wordApi";

/** The properties of each paragraph, as `select` of a page load ({ select, top, skip }). */
const PARAGRAPH_FIELDS = [
  "text",
  "style",
  "styleBuiltIn",
  "outlineLevel",
  "isListItem",
  "tableNestingLevel",
  "font/highlightColor",
  "parentTableCellOrNullObject/rowIndex",
  "parentTableCellOrNullObject/cellIndex",
];

/**
 * A list item's level and number. Kept apart: Word on the web fails the whole load with GeneralException when a
 * list item carries tracked changes (office-js #5901), and the page is then read again without them.
 */
const LIST_FIELDS = ["listItemOrNullObject/level", "listItemOrNullObject/listString"];

/**
 * Largest response a page of paragraphs may make, in bytes. Word on the web fails requests and responses above
 * about 4–5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); pages stay well below.
 */
export const PAGE_BUDGET_BYTES = 1_500_000;
const MIN_PAGE = 50;
/** Bytes a paragraph is assumed to take before any is read: a long one (a real report's average is lower). */
const ASSUMED_BYTES = 600;

/** The first page's size, before the paragraphs' real length is known: 2,500 with the default budget. */
export function firstPageSize(budget = PAGE_BUDGET_BYTES): number {
  return Math.max(MIN_PAGE, Math.floor(budget / ASSUMED_BYTES));
}

/**
 * Queues the load of one page of the body's paragraphs. Each page is a new collection object: a request that
 * creates no new object goes without AutoKeepReference, and Word then sends the page's items without reference
 * ids, so the runtime would address them later by their index within the page (GetItemAt) — another paragraph of
 * the document. A new collection per page keeps every item addressed by its own reference.
 */
function queueParagraphPage(
  context: RequestContextApi,
  skip: number,
  top: number,
  lists = true,
): ParagraphCollectionApi {
  const page = context.document.body.getRange("Whole").paragraphs;
  page.load({ select: lists ? [...PARAGRAPH_FIELDS, ...LIST_FIELDS] : PARAGRAPH_FIELDS, top, skip });
  return page;
}

/**
 * Runs `load` (which queues a page and syncs) with the list items; if Word fails it with GeneralException — Word
 * on the web and a list item with tracked changes (office-js #5901) — runs it once more without them, and the
 * later pages of the same command are read without them too (one failed request per command, not per page).
 */
async function withListFallback<T>(state: PageState, load: (lists: boolean) => Promise<T>): Promise<T> {
  if (!state.lists) return load(false);
  try {
    return await load(true);
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code !== "GeneralException") throw error;
    state.lists = false;
    return load(false);
  }
}

/**
 * Loads one page of paragraphs in one sync (two when Word on the web refuses the list items), with whatever else
 * `alsoQueue` queues into the same sync, and turns the page into ParagraphInputs, tables numbered on from `state`.
 */
export async function loadParagraphPage<T>(
  context: RequestContextApi,
  skip: number,
  top: number,
  state: PageState,
  alsoQueue: () => T,
): Promise<{ items: ParagraphApi[]; inputs: ParagraphInput[]; queued: T }> {
  if (state.textsOnly) {
    // Only the texts (the file path places its findings by them): a small response, no list fallback needed.
    const page = context.document.body.getRange("Whole").paragraphs;
    page.load({ select: ["text"], top, skip });
    const queued = alsoQueue();
    await context.sync();
    return { items: page.items, inputs: page.items.map((paragraph) => ({ text: paragraph.text })), queued };
  }
  const { page, lists, queued } = await withListFallback(state, async (lists) => {
    const page = queueParagraphPage(context, skip, top, lists);
    const queued = alsoQueue();
    await context.sync();
    return { page, lists, queued };
  });
  const items = page.items;
  const inputs = items.map((paragraph) => paragraphInput(paragraph, lists));
  numberTables(items, inputs, state);
  return { items, inputs, queued };
}

/** What Word sends for one paragraph of a page besides its text: its properties, or its reference alone. */
const PROPERTY_BYTES = 300;
const TEXT_ONLY_BYTES = 80;

/** What Word sends for one paragraph of a page: its text (escaped in JSON) and its properties. */
function responseBytes(input: ParagraphInput, textsOnly = false): number {
  return input.text.length * 1.1 + (textsOnly ? TEXT_ONLY_BYTES : PROPERTY_BYTES);
}

/** What a reviewed text adds to a response besides the text itself (its action's result wrapper). */
const REVIEWED_TEXT_BYTES = 40;

/**
 * The next page's size, from the size of the paragraphs of the last one, so that its response fits the budget.
 * `withReviewedTexts`: the response also carries the page before's texts with tracked changes accepted.
 */
export function nextPageSize(
  previous: readonly ParagraphInput[],
  budget = PAGE_BUDGET_BYTES,
  withReviewedTexts = false,
  textsOnly = false,
): number {
  if (previous.length === 0) return firstPageSize(budget);
  const bytes = (input: ParagraphInput) =>
    responseBytes(input, textsOnly) + (withReviewedTexts ? input.text.length * 1.1 + REVIEWED_TEXT_BYTES : 0);
  const average = previous.reduce((sum, input) => sum + bytes(input), 0) / previous.length;
  return Math.max(MIN_PAGE, Math.floor(budget / average));
}

/** Word's outline level 10 is body text; 1–9 are heading levels. */
function outlineLevelOf(level: number): number | null {
  return level >= 1 && level <= 9 ? level : null;
}

/** `lists`: whether the page was loaded with its list items (else a list item's level and number are unknown). */
function paragraphInput(paragraph: ParagraphApi, lists = true): ParagraphInput {
  const text = paragraph.text;
  const highlight = paragraph.font.highlightColor;
  return {
    text,
    style: paragraph.style,
    styleBuiltIn: paragraph.styleBuiltIn === "Other" ? null : paragraph.styleBuiltIn,
    outlineLevel: outlineLevelOf(paragraph.outlineLevel),
    list: !paragraph.isListItem
      ? null
      : lists && !paragraph.listItemOrNullObject.isNullObject
        ? {
            level: paragraph.listItemOrNullObject.level,
            listString: paragraph.listItemOrNullObject.listString,
          }
        : { level: 0, listString: null },
    highlights: highlight && text.length > 0 ? [{ start: 0, length: text.length, color: highlight }] : [],
  };
}

/** Where the table numbering stands at the end of a page, so that the next page goes on from there. */
export interface TableCount {
  table: number;
  inTable: boolean;
}

/**
 * What one page leaves to the next: the table numbering, and whether Word still lets us load list items.
 * `textsOnly`: the pages load the paragraphs' texts and nothing else.
 */
export interface PageState extends TableCount {
  lists: boolean;
  textsOnly: boolean;
}

export function firstPageState(textsOnly = false): PageState {
  return { table: -1, inTable: false, lists: true, textsOnly };
}

/**
 * Word cannot tell which table a cell belongs to without one more request per table, but tables are always
 * separated by at least one paragraph outside them, so a run of table paragraphs is one top-level table.
 */
function numberTables(
  items: readonly ParagraphApi[],
  inputs: ParagraphInput[],
  count: TableCount = { table: -1, inTable: false },
): TableCount {
  items.forEach((paragraph, index) => {
    const nesting = paragraph.tableNestingLevel;
    if (nesting > 0) {
      if (!count.inTable) count.table++;
      count.inTable = true;
      const cell = paragraph.parentTableCellOrNullObject;
      inputs[index]!.table = cell.isNullObject
        ? null
        : { table: count.table, row: cell.rowIndex, cell: cell.cellIndex, nesting };
    } else {
      count.inTable = false;
    }
  });
  return count;
}
