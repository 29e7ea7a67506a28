/**
 * An agenda's items as the WPs write them: "WP2-4: Approve …", "RG-WPR-1: …", "Anticipated Action WP2-1: WP2 agree
 * to …" — and sometimes two in one paragraph ("… (TD48) RG-WPR-6: Approve …"), which are two items. Also the
 * agenda's clauses ("3.1  TSAG RG-WPR “…”"), so that a finding says which clause it is about.
 */
import { findActions, listItemAt, type ActionItem } from "../actions/parse";
import type { DocumentSnapshot } from "../document/snapshot";

/** An item label inside an item's text: a Rapporteur Group's or a working party's, right after a space. */
const EMBEDDED_LABEL = /\s((?:RG-[A-Z][A-Z0-9]{0,9}|WP\d{1,2})-(?:\d{1,3}|[Xx])(?:,\s*\d{1,3}){0,9}):\s/g;

function split(agenda: DocumentSnapshot, item: ActionItem): ActionItem[] {
  const text = agenda.paragraphs[item.paragraph]!.text;
  const starts: number[] = [];
  EMBEDDED_LABEL.lastIndex = item.textStart;
  for (let match = EMBEDDED_LABEL.exec(text); match; match = EMBEDDED_LABEL.exec(text))
    starts.push(match.index + 1);
  if (starts.length === 0) return [item];
  const items: ActionItem[] = [];
  let current = item;
  for (const start of starts) {
    const next = listItemAt(text, start);
    if (!next) continue;
    items.push({ ...current, text: text.slice(current.textStart, start).trimEnd() });
    current = { ...next, paragraph: item.paragraph, references: [], inSummary: false };
  }
  items.push(current);
  return items.map((one, i) => {
    const end = i + 1 < items.length ? items[i + 1]!.labelStart : text.length;
    return {
      ...one,
      references: item.references.filter((r) => r.start >= one.textStart && r.start < end),
    };
  });
}

/** Every item of the agenda, in order, two items written in one paragraph counted as two. */
export function agendaItems(agenda: DocumentSnapshot): ActionItem[] {
  return findActions(agenda)
    .filter((action) => action.form === "list")
    .flatMap((item) => split(agenda, item));
}

const AGENDA_CLAUSE = /^\s*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S/;

/** The agenda clause of every paragraph ("3.1 TSAG RG-WPR “…”"), else "Start of the agenda". */
export function agendaSections(agenda: DocumentSnapshot): string[] {
  let current = "Start of the agenda";
  return agenda.paragraphs.map((paragraph) => {
    if (paragraph.table === null && paragraph.text.length < 160 && AGENDA_CLAUSE.test(paragraph.text)) {
      const label = paragraph.text.replace(/\s+/g, " ").trim();
      current = label.length <= 60 ? label : `${label.slice(0, 59).trimEnd()}…`;
    }
    return current;
  });
}

/** The paragraph of a group's clause heading in the agenda ("3.1 TSAG RG-WPR “…”"), or null. */
export function groupClause(agenda: DocumentSnapshot, group: string): number | null {
  const heading = new RegExp(`^\\s*\\d+(?:\\.\\d+)*\\.?\\s+(?:TSAG\\s+)?${group.replace(/-/g, "\\-")}\\b`);
  return agenda.paragraphs.find((paragraph) => heading.test(paragraph.text))?.index ?? null;
}
