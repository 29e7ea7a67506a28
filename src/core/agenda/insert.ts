/**
 * The agenda in Word: is the open document a WP agenda, which working party, which WP number comes next, and the
 * EditPlan that inserts the RG-results section after the cursor's paragraph, each paragraph styled like its
 * kind's existing paragraphs in the agenda (the clause headings, the bulleted items, "Anticipated Actions").
 */
import { agendaItems, groupClause } from "./items";
import { styleLike, type EditPlan, type InsertParagraphsOperation } from "../document/editPlan";
import type { DocumentSnapshot, ParagraphSnapshot } from "../document/snapshot";
import type { AgendaSection } from "./build";
import { agendaParagraphs, type AgendaParagraphKind } from "./render";

export { looksLikeAgenda } from "../document/agendaLike";

const WP_NAME = /\bWorking Party (\d{1,2})\s*\/\s*TSAG\b|\b(WP\d{1,2})\/TSAG\b/;

/** "Working Party 2/TSAG" or "WP2/TSAG" in the first paragraphs → "WP2"; null when the agenda does not say. */
export function agendaWp(snapshot: DocumentSnapshot): string | null {
  for (const paragraph of snapshot.paragraphs.slice(0, 60)) {
    const named = WP_NAME.exec(paragraph.text);
    if (named) return named[2] ?? `WP${named[1]}`;
  }
  return null;
}

/** The WP number the next WP-level item takes when inserted after `paragraph`: one more than the last before it. */
export function nextWpNumber(snapshot: DocumentSnapshot, wp: string, paragraph: number): number {
  let last = 0;
  for (const action of agendaItems(snapshot)) {
    if (action.paragraph <= paragraph && action.group === wp && action.number !== null)
      last = Math.max(last, action.number);
  }
  return last + 1;
}

/** The style each kind of paragraph takes, from an example of that kind in the agenda (else the cursor's). */
function stylesFrom(snapshot: DocumentSnapshot, cursor: ParagraphSnapshot) {
  const items = agendaItems(snapshot);
  const clause = snapshot.paragraphs.find((p) => /^\s*\d+\.\d+\s+TSAG\s+RG-/.test(p.text));
  const heading = snapshot.paragraphs.find((p) => /^\s*Anticipated Actions\s*$/i.test(p.text));
  const item = items[0] ? snapshot.paragraphs[items[0].paragraph] : undefined;
  const document = snapshot.paragraphs.find((p) => /^\s*(?:[·•]\s*)?Report\s+[–-]\s+TD/.test(p.text));
  const like = (paragraph: ParagraphSnapshot | undefined) => styleLike(paragraph ?? cursor);
  const styles: Record<AgendaParagraphKind, ReturnType<typeof styleLike>> = {
    clause: like(clause),
    "actions-heading": like(heading ?? item),
    item: like(item),
    document: like(document ?? item),
  };
  return styles;
}

/** How the agenda's own items end: with a period or not, and a document after " – " or after ", ". */
export interface AgendaItemStyle {
  period: boolean;
  separator: " – " | ", ";
}

const CITED_LAST = /(\s[–-]\s|,\s)((?:TD|C)\s?\d{1,4}(?:-?R\d{1,2})?)(\.?)\s*$/;

/** The style most of the agenda's items follow; the build's own (" – ", a period) when it has none. */
export function agendaItemStyle(snapshot: DocumentSnapshot): AgendaItemStyle {
  let periods = 0;
  let dashes = 0;
  let commas = 0;
  const items = agendaItems(snapshot);
  for (const item of items) {
    const text = item.text.trimEnd();
    if (text.endsWith(".")) periods++;
    const cited = CITED_LAST.exec(text);
    if (cited && cited[1]!.includes(",")) commas++;
    else if (cited) dashes++;
  }
  return {
    period: items.length === 0 || periods * 2 >= items.length,
    separator: commas > dashes ? ", " : " – ",
  };
}

/** An item's text written in the agenda's style: its last document's separator and its final period. */
export function inItemStyle(text: string, style: AgendaItemStyle): string {
  let written = text.trimEnd().replace(/\.$/, "");
  written = written.replace(CITED_LAST, (_, __: string, document: string) => `${style.separator}${document}`);
  return style.period ? `${written}.` : written;
}

/**
 * Inserts the section after paragraph `cursor`, its items ended like the agenda's own. Paragraphs of one style go in one operation; the operations are
 * listed last run first: operations at one place are applied in plan order (orderForApplying), and each inserts
 * right after the cursor's paragraph, before the runs already inserted, so the section reads in order.
 */
export function agendaInsertPlan(
  snapshot: DocumentSnapshot,
  cursor: number,
  section: AgendaSection,
): EditPlan {
  const at = snapshot.paragraphs[cursor]!;
  const styles = stylesFrom(snapshot, at);
  const itemStyle = agendaItemStyle(snapshot);
  const runs: InsertParagraphsOperation[] = [];
  for (const written of agendaParagraphs(section)) {
    const paragraph =
      written.kind === "item" ? { ...written, text: inItemStyle(written.text, itemStyle) } : written;
    const style = styles[paragraph.kind];
    const last = runs[runs.length - 1];
    if (last && last.style === style.style && last.styleBuiltIn === style.styleBuiltIn) {
      last.texts.push(paragraph.text);
      continue;
    }
    runs.push({
      kind: "insertParagraphs",
      paragraph: cursor,
      expectedText: at.text,
      position: "after",
      texts: [paragraph.text],
      ...style,
    });
  }
  return { label: "Add RG results from reports", operations: runs.reverse() };
}

/**
 * Sentences for the groups of `section` that the agenda already has a clause for: adding the section puts a second
 * one beside it, which the user should see at once.
 */
export function groupsAlreadyInAgenda(agenda: DocumentSnapshot, section: AgendaSection): string[] {
  return section.groups.flatMap(({ group }) => {
    const clause = groupClause(agenda, group);
    if (clause === null) return [];
    const heading = agenda.paragraphs[clause]!.text.replace(/\s+/g, " ").trim();
    return [`The agenda already had a clause for ${group} (“${heading}”): delete the one you do not keep.`];
  });
}
