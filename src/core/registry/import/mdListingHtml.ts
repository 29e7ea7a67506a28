/**
 * The document listing a participant sees on ITU's site (www.itu.int/md/T25-TSAG-260126-TD/en, or
 * meetingdoc.asp?lang=en&parent=…&question=…), saved from the browser. One table row per document: the number in
 * brackets, in bold once the document is posted ("[ 0270 ]", TDs with their series "[ 270-GEN ]"; no bold: not
 * yet uploaded), a revision suffix such as "(Rev.1)", the title, one link per source and one per Question. A page
 * filtered by Question or source is a partial list. Parsed with htmlparser2, never with regular expressions over
 * the markup; tolerant of extra columns and of missing ones.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { isoDate, parseDocumentLabel, questionId } from "./ids";
import { ImportError, type ImportedDocument, type ImportResult } from "./types";

/** htmlparser2's element type (taken from it, so that it is always its own domhandler's). */
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const LABEL = /^\[\s*\d{1,6}(?:-[A-Za-z]+)?\s*\]$/;

const cleanText = (node: Element): string => DomUtils.textContent(node).replace(/\s+/g, " ").trim();

/** The address the page was saved from (the browser's "saved from url" comment, or its canonical link). */
function savedFrom(html: string, links: Element[]): string | undefined {
  const comment = /<!--\s*saved from url=\(\d+\)(\S+)\s*-->/i.exec(html.slice(0, 2_000));
  if (comment) return comment[1];
  return links.find((link) => link.attribs["rel"] === "canonical")?.attribs["href"];
}

/** TD or contribution, from the page's address or title ("…-TD/en", "… Contributions"). */
function kindOf(address: string | undefined, title: string): "TD" | "C" | undefined {
  const where = `${address ?? ""} ${title}`;
  if (/-TD\b|\bTDs?\b|temporary document/i.test(where)) return "TD";
  if (/-C\b|contribution/i.test(where)) return "C";
  return undefined;
}

export function importMdListingHtml(input: string, html: string): ImportResult {
  const root = parseDocument(html);
  const all = DomUtils.getElementsByTagName(() => true, root.children, true);
  const rows = all.filter((element) => element.name === "tr");
  const title = cleanText(
    all.find((element) => element.name === "title") ?? (root.children[0] as Element) ?? ({} as Element),
  );
  const address = savedFrom(
    html,
    all.filter((element) => element.name === "link"),
  );
  const kind = kindOf(address, title);
  const documents: ImportedDocument[] = [];
  const skipped: string[] = [];
  rows.forEach((row, index) => {
    const cells = row.children.filter(
      (child): child is Element => child.type === "tag" && /^t[dh]$/.test(child.name),
    );
    const numberCell = cells.findIndex((cell) => /\[\s*\d/.test(cleanText(cell)));
    if (numberCell < 0) return; // a heading or layout row
    const where = `row ${index + 1}`;
    const cell = cells[numberCell]!;
    const bold = DomUtils.findOne(
      (element) => element.name === "b" || element.name === "strong",
      [cell],
      true,
    );
    const labelText = (bold ? cleanText(bold) : /\[[^\]]{1,20}\]/.exec(cleanText(cell))?.[0]) ?? "";
    const series = /-([A-Za-z]+)\s*\]/.exec(labelText)?.[1];
    const label = LABEL.test(labelText) ? parseDocumentLabel(labelText, series ? "TD" : kind) : null;
    if (!label) {
      skipped.push(`${where}: no document number in "${cleanText(cell).slice(0, 40)}".`);
      return;
    }
    const rest = cells.slice(numberCell + 1);
    const rowText = cleanText(row);
    const revision = /\(\s*Rev\.?\s*(\d{1,2})\s*\)/i.exec(rowText)?.[1];
    const titleCell = rest[0] ?? cell;
    const sourceLinks = rest[1] ? DomUtils.getElementsByTagName("a", [rest[1]], true).map(cleanText) : [];
    const questions = DomUtils.getElementsByTagName("a", rest, true)
      .map((link) => questionId(cleanText(link)))
      .filter((value): value is string => value !== null);
    const documentLink = DomUtils.getElementsByTagName("a", [cell, titleCell], true)
      .map((link) => link.attribs["href"] ?? "")
      .find((href) => /^https:\/\/www\.itu\.int\//.test(href));
    const document: ImportedDocument = {
      id: label.id,
      title: rest[0]
        ? cleanText(titleCell)
            .replace(/\s*\(\s*Rev\.?\s*\d{1,2}\s*\)\s*/i, " ")
            .trim() || undefined
        : undefined,
      source:
        sourceLinks.length > 0
          ? sourceLinks.join(", ")
          : rest[1]
            ? cleanText(rest[1]) || undefined
            : undefined,
      status: bold ? "posted" : "reserved",
      url: documentLink,
      questions: questions.length > 0 ? [...new Set(questions)] : undefined,
      provenance: { input, where },
    };
    if (revision) document.revision = Number(revision);
    documents.push(document);
  });
  if (documents.length === 0)
    throw new ImportError(
      `${input} is not an ITU document listing: no row holds a document number in brackets.`,
    );
  const filtered = address ? /[?&](?:question|source)=[^&\s]+/i.test(address) : false;
  const meeting = address ? /\b(T\d{2}-[A-Z0-9]+-\d{6})\b/i.exec(address)?.[1] : undefined;
  return {
    input,
    kind: "md-listing-html",
    asOf: isoDate(/\b(\d{4}-\d{2}-\d{2})\b/.exec(title)?.[1]),
    scope: filtered ? "partial" : "complete",
    meetings: meeting ? [{ code: meeting }] : [],
    documents,
    questions: [],
    skipped,
  };
}
