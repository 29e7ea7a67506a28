/**
 * The header table of the ITU-T TD template: TD number, Source, Title, Contacts with e-mails, Abstract.
 *
 * The template marks its cells with bookmarks (`dnum`, `dsource`, `dtitle1`, `dcontact1`, …) and labels
 * ("Source:", "Title:", "Contact:", "E-mail:", "Abstract:"). Each value sits in the paragraph after its label
 * (the next table cell), or on the label's own line after a tab in a plain-text export. Labels are found by their
 * words, in any case, with or without the colon; a bookmark on a paragraph that is not a label marks the value
 * itself (many reports carry `dsource` on "Rapporteur, RG-DT", not on "Source:"). No bookmark is needed.
 */
import { findEmails } from "./email";

export interface HeaderField {
  value: string;
  /** Index of the paragraph that holds the value. */
  paragraph: number;
}

export interface HeaderContact {
  name: string;
  email: string | null;
  paragraph: number;
}

export interface HeaderFields {
  /** The document's own number as written, e.g. "TSAG-TD104R1" or "TD172". */
  tdNumber: HeaderField | null;
  source: HeaderField | null;
  title: HeaderField | null;
  abstract: HeaderField | null;
  contacts: HeaderContact[];
}

interface HeaderParagraph {
  index: number;
  text: string;
  bookmarks: readonly string[];
}

/** The header never runs this far; the limit keeps detection cheap on long reports. */
const HEADER_SCAN_LIMIT = 200;

const OWN_NUMBER = /^(?:(?:TSAG|SG\d{1,2})-)?TD ?\d{1,4}(?:-?R\d{1,2})?$/i;

type Label = "source" | "title" | "contact" | "abstract";

/**
 * A label cell, however it is written: "Source:", "SOURCE", "Contacts:" — or, in a plain-text export, the label
 * and its value on one line separated by a tab ("Source:<TAB>Rapporteur, RG-WPR"), returned as `inline`.
 */
function labelOf(text: string): { label: Label; inline: string } | null {
  const match = /^\s*(source|title|contacts?|abstract)[ ]*:?[ ]*(?:\t+(.*))?$/i.exec(text);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  const label: Label = word.startsWith("contact") ? "contact" : (word as Label);
  return { label, inline: (match[2] ?? "").trim() };
}

/** The field a template bookmark marks: on the label cell in the template, on the value cell in many reports. */
function bookmarkedField(paragraph: HeaderParagraph): Label | null {
  if (paragraph.bookmarks.includes("dsource")) return "source";
  if (paragraph.bookmarks.includes("dtitle1")) return "title";
  if (paragraph.bookmarks.some((name) => /^dcontact\d+$/.test(name))) return "contact";
  return null;
}

/** "Ana Silva; Ben Okafor" or "Ana Silva and Ben Okafor": one cell naming several contacts. */
function contactNames(value: string): string[] {
  const names = value
    .split(/;| and /)
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return names.length > 1 ? names : [value];
}

function isEndOfHeader(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  return trimmed === "executive summary" || trimmed.startsWith("action required:");
}

export function detectHeaderFields(paragraphs: readonly HeaderParagraph[]): HeaderFields {
  const fields: HeaderFields = { tdNumber: null, source: null, title: null, abstract: null, contacts: [] };
  const limit = Math.min(paragraphs.length, HEADER_SCAN_LIMIT);
  // The contacts whose e-mail is still to come: one cell may name several, and the e-mail cell list several.
  let waiting: HeaderContact[] = [];

  for (let i = 0; i < limit; i++) {
    const paragraph = paragraphs[i]!;
    if (isEndOfHeader(paragraph.text)) break;
    const trimmed = paragraph.text.trim();

    if (fields.tdNumber === null && OWN_NUMBER.test(trimmed)) {
      fields.tdNumber = { value: trimmed, paragraph: paragraph.index };
    }

    // A label (by its words, whatever bookmark it carries) gives the value after it, or on its own line. An empty
    // paragraph with a template bookmark is a label cell whose words were lost.
    const marked = bookmarkedField(paragraph);
    const label =
      labelOf(paragraph.text) ?? (marked && trimmed === "" ? { label: marked, inline: "" } : null);
    if (label !== null) {
      const next = paragraphs[i + 1];
      const nextIsValue = label.inline === "" && next !== undefined && labelOf(next.text) === null;
      const value = label.inline !== "" ? label.inline : nextIsValue ? next!.text.trim() : "";
      // An empty value cell is still the field's place: it is reported as empty, not as missing.
      const at = label.inline !== "" || !next ? paragraph.index : next.index;
      waiting = [];
      if (label.label === "contact") {
        waiting = contactNames(value).map((name) => ({ name, email: null, paragraph: at }));
        fields.contacts.push(...waiting);
        if (nextIsValue) i++; // the value cell is read: its bookmark, if any, is not another field
      } else if (fields[label.label] === null) {
        fields[label.label] = { value, paragraph: at };
        if (nextIsValue) i++;
      }
      continue;
    }

    // No label: a template bookmark on the value cell itself (the label's own bookmark was lost or moved).
    if (marked === "contact" && fields.contacts.length === 0) {
      waiting = contactNames(trimmed).map((name) => ({ name, email: null, paragraph: paragraph.index }));
      fields.contacts.push(...waiting);
      continue;
    }
    if (marked !== null && marked !== "contact" && fields[marked] === null) {
      fields[marked] = { value: trimmed, paragraph: paragraph.index };
      continue;
    }

    for (const email of waiting.length > 0 ? findEmails(paragraph.text) : []) {
      const contact = waiting.shift();
      if (contact) contact.email = email.text;
    }
  }
  return fields;
}
