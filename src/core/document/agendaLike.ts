/**
 * Whether a document says it is an agenda. The agenda area offers its commands on it, and the report rules that
 * an agenda's shape would trip (an agenda item with no text under it is not an empty clause) stay quiet on it.
 */
import type { DocumentSnapshot } from "./snapshot";

const AGENDA_WORDS = /\bagenda\b/i;

/** Whether the document says it is an agenda: its title or abstract, or a heading near the top. */
export function looksLikeAgenda(snapshot: DocumentSnapshot): boolean {
  const { title, abstract } = snapshot.facts.header;
  if ((title && AGENDA_WORDS.test(title.value)) || (abstract && AGENDA_WORDS.test(abstract.value)))
    return true;
  return snapshot.paragraphs.slice(0, 60).some((paragraph) => /^\s*Agenda for\b/i.test(paragraph.text));
}
