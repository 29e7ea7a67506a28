/**
 * The header table of the ITU-T TD template: TD number, Source, Title, Contacts with e-mails, Abstract.
 *
 * The template marks its cells with bookmarks (`dnum`, `dsource`, `dtitle1`, `dcontact1`, …) and labels
 * ("Source:", "Title:", "Contact:", "E-mail:", "Abstract:"). Each value sits in the paragraph after its label
 * (the next table cell). Bookmarks are tried first; labels cover documents where the bookmarks were lost.
 */
import { findEmails } from "../text/email";

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

const OWN_NUMBER = /^(?:TSAG-)?TD ?\d{1,4}(?:-?R\d{1,2})?$/i;

type Label = "source" | "title" | "contact" | "abstract";

function labelOf(paragraph: HeaderParagraph): Label | null {
  const text = paragraph.text.trim().toLowerCase();
  if (text === "source:" || paragraph.bookmarks.includes("dsource")) return "source";
  if (text === "title:" || paragraph.bookmarks.includes("dtitle1")) return "title";
  if (text === "contact:" || paragraph.bookmarks.some((name) => /^dcontact\d+$/.test(name))) return "contact";
  if (text === "abstract:") return "abstract";
  return null;
}

function isEndOfHeader(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  return trimmed === "executive summary" || trimmed.startsWith("action required:");
}

export function detectHeaderFields(paragraphs: readonly HeaderParagraph[]): HeaderFields {
  const fields: HeaderFields = { tdNumber: null, source: null, title: null, abstract: null, contacts: [] };
  const limit = Math.min(paragraphs.length, HEADER_SCAN_LIMIT);
  let currentContact: HeaderContact | null = null;

  for (let i = 0; i < limit; i++) {
    const paragraph = paragraphs[i]!;
    if (isEndOfHeader(paragraph.text)) break;
    const trimmed = paragraph.text.trim();

    if (fields.tdNumber === null && OWN_NUMBER.test(trimmed)) {
      fields.tdNumber = { value: trimmed, paragraph: paragraph.index };
    }

    const label = labelOf(paragraph);
    const next = paragraphs[i + 1];
    if (label !== null) {
      currentContact = null;
      if (label === "contact") {
        currentContact = {
          name: next?.text.trim() ?? "",
          email: null,
          paragraph: next?.index ?? paragraph.index,
        };
        fields.contacts.push(currentContact);
      } else if (fields[label] === null) {
        // An empty value cell is still the field's place: it is reported as empty, not as missing.
        const value = next && labelOf(next) === null ? next.text.trim() : "";
        fields[label] = { value, paragraph: next?.index ?? paragraph.index };
      }
      continue;
    }

    if (currentContact !== null && currentContact.email === null) {
      const email = findEmails(paragraph.text)[0];
      if (email) currentContact.email = email.text;
    }
  }
  return fields;
}
