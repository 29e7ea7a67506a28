/**
 * tsag-check --text: the document as the checks see it. First the header fields the checks found (with the
 * paragraph each came from), what the reader did not read, then one line per paragraph: its number (as findings
 * give it), its style, where it is (a table cell, a clause heading, a TOC line) and its text, with tabs and line
 * breaks shown. Anyone can see what was read, and compare it with Word.
 */
import { clauseStarts, isTableOfContentsLine, type DocumentSnapshot, type ParagraphSnapshot } from "../core";

export interface DocumentTextInput {
  file: string;
  snapshot: DocumentSnapshot;
  notes: readonly string[];
}

/** Tabs and Word's line breaks made visible, so that "1⇥Scope⇥1" reads as it is. */
const visible = (text: string) => text.replace(/\t/g, "⇥").replaceAll("\u000b", "↵");

function place(paragraph: ParagraphSnapshot, isClause: boolean): string[] {
  const marks: string[] = [];
  if (paragraph.table) {
    const { table, row, cell, nesting } = paragraph.table;
    marks.push(
      `table ${table + 1} row ${row + 1} cell ${cell + 1}${nesting > 1 ? ` (nested ${nesting})` : ""}`,
    );
  }
  if (isClause && paragraph.table === null && paragraph.text.trim() !== "") marks.push("clause");
  if (isTableOfContentsLine(paragraph)) marks.push("TOC");
  if (paragraph.outlineLevel !== null) marks.push(`outline ${paragraph.outlineLevel}`);
  if (paragraph.list) marks.push(`list level ${paragraph.list.level + 1}`);
  return marks;
}

function headerLines(snapshot: DocumentSnapshot): string[] {
  const { tdNumber, source, title, abstract, contacts } = snapshot.facts.header;
  const field = (label: string, value: { value: string; paragraph: number } | null) =>
    value ? `${label}: ${visible(value.value)} (paragraph ${value.paragraph + 1})` : `${label}: (not found)`;
  const lines = [field("TD number", tdNumber), field("Source", source), field("Title", title)];
  if (contacts.length === 0) lines.push("Contact: (not found)");
  for (const contact of contacts)
    lines.push(
      `Contact: ${contact.name}, ${contact.email ?? "(no e-mail)"} (paragraph ${contact.paragraph + 1})`,
    );
  lines.push(field("Abstract", abstract));
  return lines;
}

function asText({ file, snapshot, notes }: DocumentTextInput): string {
  const starts = clauseStarts(snapshot.paragraphs);
  const count = snapshot.paragraphs.length;
  const lines = [`${file}: ${count} ${count === 1 ? "paragraph" : "paragraphs"}`, ...headerLines(snapshot)];
  // Word's setting, not whether the file holds tracked changes: those are read as accepted either way.
  lines.push(`Track changes (Word's setting): ${snapshot.facts.trackChanges}`);
  for (const note of notes) lines.push(`Note: ${note}`);
  for (const paragraph of snapshot.paragraphs) {
    const marks = [paragraph.style, ...place(paragraph, starts[paragraph.index] === true)];
    lines.push(`${paragraph.index + 1} [${marks.join(", ")}] ${visible(paragraph.text)}`);
  }
  return lines.join("\n");
}

function asJson({ file, snapshot, notes }: DocumentTextInput) {
  const starts = clauseStarts(snapshot.paragraphs);
  const { tdNumber, source, title, abstract, contacts } = snapshot.facts.header;
  const field = (value: { value: string; paragraph: number } | null) =>
    value ? { value: value.value, paragraph: value.paragraph + 1 } : null;
  return {
    file,
    header: {
      tdNumber: field(tdNumber),
      source: field(source),
      title: field(title),
      abstract: field(abstract),
      contacts: contacts.map((c) => ({ name: c.name, email: c.email, paragraph: c.paragraph + 1 })),
    },
    trackChanges: snapshot.facts.trackChanges,
    notes,
    paragraphs: snapshot.paragraphs.map((p) => ({
      paragraph: p.index + 1,
      text: p.text,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      outlineLevel: p.outlineLevel,
      clause: starts[p.index] === true && p.table === null && p.text.trim() !== "",
      tableOfContents: isTableOfContentsLine(p),
      list: p.list,
      table: p.table,
      bookmarks: p.bookmarks,
      hyperlinks: p.hyperlinks,
      highlights: p.highlights,
    })),
  };
}

export function documentTextOutput(documents: readonly DocumentTextInput[], format: "text" | "json"): string {
  if (format === "json") return JSON.stringify({ files: documents.map(asJson) });
  return documents.map(asText).join("\n\n");
}
