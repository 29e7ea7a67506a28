/**
 * The document listing a participant sees on ITU's site (www.itu.int/md/meetingdoc.asp?lang=en&parent=
 * T25-SG12-250909-TD, or …/md/T25-SG12-250909-TD/en), saved from the browser. The document table's header row is
 * made of cells with bold text (Number, Title, Source, AI/Question); one row per document: the number in brackets,
 * in bold once the document is posted ("[ 292-GEN ]", "[ 367-WP1 ]"; a link without bold: not yet uploaded), a
 * <font> giving the latest revision only ("(Rev.2)": R1 and R2 exist), the title, one link per source and one per
 * Question. Links are relative to www.itu.int. Rows around the table (layout, heading, footer) are ignored
 * quietly. Parsed with htmlparser2, never with regular expressions over the markup.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { isoDate, parseDocumentLabel, questionId } from "./ids";
import { absoluteLink, listingFrom, partialBecause, savedFrom } from "./listingPage";
import { ImportError, type ImportedDocument, type ImportResult } from "./types";

/** htmlparser2's element type (taken from it, so that it is always its own domhandler's). */
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** "[ 292-GEN ]", "[ 367-WP1 ]", "[ 0042 ]": the bracketed number of a row. */
const LABEL = /^\[\s*(\d{1,6})(?:-([A-Z]+\d?))?\s*\]$/i;
const BRACKETED = /\[\s*\d{1,6}(?:-[A-Z]+\d?)?\s*\]/i;
/** "(Rev.2)", "(Rev. 2)", "(2)": the scrapers rapporteurs wrote read the number before ")". */
const REVISION = /\(\s*(?:Rev\.?\s*)?(\d{1,2})\s*\)/i;

const cleanText = (node: Element): string => DomUtils.textContent(node).replace(/\s+/g, " ").trim();
const cellsOf = (row: Element) =>
  row.children.filter((child): child is Element => child.type === "tag" && /^t[dh]$/.test(child.name));
const linksIn = (nodes: Element[]) => DomUtils.getElementsByTagName("a", nodes, true);

type Column = "number" | "title" | "source" | "questions";
const HEADERS: [Column, RegExp][] = [
  ["number", /^(?:number|no\.?|document)$/i],
  ["title", /^title$/i],
  ["source", /^sources?$/i],
  ["questions", /^(?:ai\s*\/\s*)?questions?$/i],
];

/** The header row's columns, when the row is one (cells whose text is Number, Title, Source, AI/Question). */
function headerOf(cells: Element[]): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  cells.forEach((cell, position) => {
    const text = cleanText(cell);
    const column = HEADERS.find(([, pattern]) => pattern.test(text))?.[0];
    if (column && !columns.has(column)) columns.set(column, position);
  });
  return columns.has("number") && columns.has("title") ? columns : null;
}

/** The document's address: the number cell's link, when it is on ITU's site. */
function documentAddress(cell: Element): string | undefined {
  return linksIn([cell])
    .map((link) => absoluteLink(link.attribs["href"]))
    .find((href) => href !== undefined && /^https:\/\/www\.itu\.int\//.test(href));
}

export function importMdListingHtml(input: string, html: string): ImportResult {
  const root = parseDocument(html);
  const all = DomUtils.getElementsByTagName(() => true, root.children, true);
  // A page fetched by tsag-registry is named by its address; one saved from the browser says it in a comment.
  const address = savedFrom(html, all) ?? (/^https:\/\//i.test(input) ? input : undefined);
  const links = all
    .filter((element) => element.name === "a")
    .map((link) => absoluteLink(link.attribs["href"]))
    .filter((href): href is string => href !== undefined);
  const listing = listingFrom(address, links);
  const title = cleanText(all.find((element) => element.name === "title") ?? ({ children: [] } as never));
  const defaultKind = listing?.kind ?? (/contribution/i.test(title) ? "C" : undefined);
  const documents: ImportedDocument[] = [];
  const skipped: string[] = [];
  let header: Map<Column, number> | null = null;
  all
    .filter((element) => element.name === "tr")
    .forEach((row, index) => {
      const cells = cellsOf(row);
      // A layout row holds the document table itself: its rows are read on their own.
      if (cells.some((cell) => DomUtils.findOne((e) => e.name === "table", [cell], true))) return;
      const heading = headerOf(cells);
      if (heading) {
        header = heading;
        return;
      }
      const position = header?.get("number") ?? cells.findIndex((cell) => BRACKETED.test(cleanText(cell)));
      const cell = position >= 0 ? cells[position] : undefined;
      if (!cell || !BRACKETED.test(cleanText(cell))) return; // a heading, footer or layout row
      const where = `row ${index + 1}`;
      const bold = DomUtils.findOne((e) => e.name === "b" || e.name === "strong", [cell], true);
      const labelText = BRACKETED.exec(bold ? cleanText(bold) : cleanText(cell))?.[0] ?? "";
      const match = LABEL.exec(labelText);
      const kind = match?.[2] ? "TD" : defaultKind;
      const label = match && kind ? parseDocumentLabel(match[1]!, kind) : null;
      if (!label) {
        skipped.push(
          `${where}: "${labelText}" is not a document number${kind ? "" : " (TD or contribution: the page does not say)"}.`,
        );
        return;
      }
      const column = (name: Column, fallback: number) => cells[header?.get(name) ?? position + fallback];
      const titleCell = column("title", 1);
      const sourceCell = column("source", 2);
      const questions = linksIn(cells)
        .map((link) => questionId(cleanText(link)))
        .filter((value): value is string => value !== null);
      const sources = sourceCell ? linksIn([sourceCell]).map(cleanText).filter(Boolean) : [];
      // The <font> beside the number shows the latest revision only; none shown: no revision yet.
      const font = DomUtils.findOne((e) => e.name === "font", [cell], true);
      const revisionText = font ? cleanText(font) : cleanText(cell).replace(labelText, "");
      const revision = REVISION.exec(revisionText)?.[1];
      const document: ImportedDocument = {
        id: label.id,
        title:
          (titleCell ? cleanText(titleCell) : "").replace(/\s*\(\s*Rev\.?\s*\d{1,2}\s*\)\s*/i, " ").trim() ||
          undefined,
        source:
          sources.length > 0 ? sources.join(", ") : (sourceCell ? cleanText(sourceCell) : "") || undefined,
        status: bold ? "posted" : "reserved",
        url: documentAddress(cell),
        questions: questions.length > 0 ? [...new Set(questions)] : undefined,
        provenance: { input, where },
      };
      if (revision) document.revisionsKnown = { kind: "up-to", latest: Number(revision) };
      else if (font && revisionText !== "") {
        skipped.push(
          `${where}: "${revisionText.slice(0, 30)}" beside ${label.id} is not a revision; its revisions are not known.`,
        );
      } else document.revisionsKnown = { kind: "up-to", latest: 0 };
      documents.push(document);
    });
  if (documents.length === 0)
    throw new ImportError(
      `${input} is not an ITU document listing: no row holds a document number in brackets.`,
    );
  const partial = partialBecause(address, links);
  return {
    input,
    kind: "md-listing-html",
    asOf: isoDate(/\b(\d{4}-\d{2}-\d{2})\b/.exec(title)?.[1]),
    scope: partial ? "partial" : "complete",
    group: listing?.group,
    studyPeriod: listing?.studyPeriod,
    meetings: listing?.meeting ? [{ code: listing.meeting }] : [],
    documents,
    questions: [],
    skipped,
    notes: partial ? [`a partial list: ${partial}`] : [],
  };
}
