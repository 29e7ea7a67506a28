/**
 * Importers of the document lists ITU publishes and people keep, and the merge into one registry. Pure: each
 * takes an input's name and text (or the snapshot of a document); reading files is the CLI's and the pane's job.
 */
import { importCsv } from "./csv";
import { importItuIndexXml } from "./ituIndexXml";
import { importItuQuestionsHtml, isItuQuestionsPage } from "./ituQuestionsHtml";
import { importMdListingHtml } from "./mdListingHtml";
import { importQuestionsList } from "./questionsList";
import { ImportError, type ImportResult } from "./types";

export * from "./types";
export { importAnnexA, reportIdentity, tablesOf } from "./annexA";
export { importCsv } from "./csv";
export { importItuIndexXml } from "./ituIndexXml";
export { importMdListingHtml } from "./mdListingHtml";
export { importItuQuestionsHtml, isItuQuestionsPage } from "./ituQuestionsHtml";
export { documentsOfAllocation } from "./allocation";
export { decodeText } from "./decode";
export { meetingOf, STUDY_PERIODS } from "./ids";
export { importQuestionsList } from "./questionsList";
export { documentsOfTable, latestDate } from "./table";
export { mergeImports, publicName, type MergeOptions, type MergeResult } from "./merge";

/** Inputs larger than this are refused before parsing (a real index file is well under 5 MB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a text input by what it is: an ITU index file (XML), a saved listing page (HTML), a CSV or tab-separated
 * list, or a list of Questions. Throws ImportError with one sentence when it is none of them.
 */
export function importText(input: string, text: string): ImportResult {
  if (text.length > MAX_INPUT_BYTES)
    throw new ImportError(
      `${input} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB: not a document list.`,
    );
  const head = text
    .slice(0, 2_000)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.length === 0) throw new ImportError(`${input} is empty.`);
  // Control characters other than tab and line ends: a binary file (a .docx or .xlsx read as text, an image).
  if ([...head].some((char) => char < "\t" || (char > "\r" && char < " ")))
    throw new ImportError(
      `${input} is not a text file (a spreadsheet or a Word file goes through its own reader).`,
    );
  const name = input.toLowerCase();
  if (/\.xml$/.test(name) || /^<\?xml|^<page_content/i.test(head)) return importItuIndexXml(input, text);
  if (/\.html?$|\.aspx?$/.test(name) || /^<!doctype html|^<html|^<!--\s*saved from/i.test(head))
    return isItuQuestionsPage(text) ? importItuQuestionsHtml(input, text) : importMdListingHtml(input, text);
  if (/\.(csv|tsv)$/.test(name)) return importCsv(input, text);
  if (/^\s*(?:Question\s+|Q\.?\s*)\d{1,3}\s*\//im.test(head)) return importQuestionsList(input, text);
  if (/[,;\t]/.test(head.split(/\r?\n/)[0] ?? "")) return importCsv(input, text);
  throw new ImportError(
    `${input} is not a document list this add-in reads (an ITU index .xml, a saved listing or Questions page .html, a .csv, a list of Questions).`,
  );
}
