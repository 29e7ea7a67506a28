/**
 * Does the agenda still say what the reports say? The secretariat's check of a closing-plenary agenda against the
 * Rapporteur Group reports it was built from, as findings on the agenda (each a click away in Word):
 * every numbered action of each report appears once, with its number, verb and documents; no agenda item names
 * an action its report does not have; each report is approved under its own TD number; the WP's own items are
 * numbered without gaps or repeats; placeholders (<TBD>, WP2-X) are listed. Each difference is reported once.
 *
 * As WPs really write agendas: an RG's action may be carried as the WP's own item in the group's clause
 * ("Anticipated Action WP2-1: WP2 agree to …"); two items in one paragraph are two items; "this report" in a
 * report is the report's own TD, which the agenda names by its number.
 */
import type { ActionItem } from "../actions/parse";
import { isReportApproval } from "../actions/numbering";
import type { DocumentSnapshot } from "../document/snapshot";
import { findReferences } from "../references/parse";
import { describeLocation } from "../document/location";
import { agendaWp } from "./insert";
import { agendaItems, agendaSections, groupClause } from "./items";
import { findingAt, type Finding } from "../document/findings";
import { AGENDA_CHECKS } from "./checkCatalogue";
import { documentsOf } from "../references/cited";
import type { Reference } from "../references/types";
import type { ReportAction, ReportForAgenda } from "./source";

interface AgendaEntry {
  action: ActionItem;
  /** Every RG number the item carries: "RG-WPR-2, 3, 4" → [2, 3, 4]. */
  numbers: number[];
  documents: string[];
}

const labelSpan = (action: ActionItem) => ({
  paragraph: action.paragraph,
  start: action.labelStart,
  length: action.label.length,
});

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

const base = (id: string) => id.replace(/R\d+$/, "");

/** The documents an item or action brings, the report's own number aside ("this report" names it in a report). */
const besidesReport = (documents: readonly string[], own: string | null) =>
  own === null ? [...documents] : documents.filter((document) => base(document) !== base(own));

const WORD = /[\p{L}\d]{4,}/gu;

/** Whether a WP item says what an RG action says: the same documents, or most of the action's words. */
function carries(item: ActionItem, action: ReportAction, own: string | null): boolean {
  const documents = besidesReport(action.documents, own);
  const itemDocuments = besidesReport(documentsOf(item.references), own);
  if (documents.length > 0) return sameSet(documents, itemDocuments);
  const words = [...new Set(action.wording.toLowerCase().match(WORD) ?? [])];
  if (words.length === 0) return false;
  const said = new Set(item.text.toLowerCase().match(WORD) ?? []);
  return words.filter((word) => said.has(word)).length >= 0.6 * words.length;
}

function describeAction(report: ReportForAgenda, action: ReportAction): string {
  const wording = action.wording.length > 80 ? `${action.wording.slice(0, 80)}…` : action.wording;
  return `${report.group}-${action.number} of ${report.report ?? report.name} (“${wording}”)`;
}

function checkNumbering(agenda: DocumentSnapshot, wp: readonly ActionItem[], findings: Finding[]): void {
  const seen = new Map<number, number>();
  let expected: number | null = null;
  for (const item of wp) {
    if (item.number === null) continue;
    const number = item.number;
    const group = item.group;
    if (expected === null || number === expected) {
      // in order
    } else if (seen.has(number)) {
      const missing = seen.has(expected) ? "" : `; ${group}-${expected} was expected here`;
      findings.push(
        findingAt(
          agenda,
          AGENDA_CHECKS.numbering,
          labelSpan(item),
          `${group}-${number} is used twice${missing}.`,
        ),
      );
    } else if (number > expected) {
      const gap =
        number - 1 === expected
          ? `${group}-${expected} is`
          : `${group}-${expected} to ${group}-${number - 1} are`;
      findings.push(
        findingAt(
          agenda,
          AGENDA_CHECKS.numbering,
          labelSpan(item),
          `${gap} missing before ${group}-${number}.`,
        ),
      );
    } else {
      findings.push(
        findingAt(
          agenda,
          AGENDA_CHECKS.numbering,
          labelSpan(item),
          `${group}-${number} comes after ${group}-${expected - 1}.`,
        ),
      );
    }
    seen.set(number, item.paragraph);
    expected = Math.max(expected ?? number, number) + 1;
  }
}

function checkPlaceholders(
  agenda: DocumentSnapshot,
  actions: readonly ActionItem[],
  findings: Finding[],
): void {
  for (const action of actions) {
    if (action.placeholder !== null)
      findings.push(
        findingAt(agenda, AGENDA_CHECKS.placeholder, labelSpan(action), `${action.label} has no number yet.`),
      );
  }
  for (const paragraph of agenda.paragraphs) {
    for (let at = paragraph.text.indexOf("<TBD>"); at >= 0; at = paragraph.text.indexOf("<TBD>", at + 5)) {
      const span = { paragraph: paragraph.index, start: at, length: 5 };
      findings.push(findingAt(agenda, AGENDA_CHECKS.placeholder, span, "<TBD> is still to be completed."));
    }
  }
}

/** The report's TD number where the agenda gives it: its approval item and the "Report – TD…" line of its clause. */
function checkReportNumber(
  agenda: DocumentSnapshot,
  report: ReportForAgenda,
  wp: readonly ActionItem[],
  clause: number | null,
  findings: Finding[],
): void {
  if (report.report === null) return;
  const own = report.report;
  const mentions = (text: string) => new RegExp(`\\b${report.group.replace(/-/g, "\\-")}\\b`).test(text);
  const approval = wp.find((item) => isReportApproval(item) && mentions(item.text));
  const places: { paragraph: number; references: Reference[]; what: string }[] = [];
  if (approval)
    places.push({ paragraph: approval.paragraph, references: approval.references, what: approval.label });
  if (clause !== null) {
    for (let index = clause + 1; index < agenda.paragraphs.length; index++) {
      const text = agenda.paragraphs[index]!.text;
      if (/^\s*\d+(?:\.\d+)*\.?\s/.test(text)) break;
      if (/^\s*(?:[·•▪–-]\s*)?Report\b/.test(text)) {
        places.push({ paragraph: index, references: findReferences(text, index), what: "The Report line" });
        break;
      }
    }
  }
  if (places.length === 0) {
    findings.push(
      findingAt(
        agenda,
        AGENDA_CHECKS.report,
        { paragraph: clause ?? 0, start: 0, length: 0 },
        `No agenda item approves the ${report.group} report, ${own}.`,
      ),
    );
    return;
  }
  for (const place of places) {
    const cited = place.references.filter((reference) => reference.kind === "TD");
    const tds = documentsOf(cited);
    if (tds.some((document) => base(document) === base(own))) continue;
    const at = cited[0] ?? { paragraph: place.paragraph, start: 0, length: 0 };
    findings.push(
      findingAt(
        agenda,
        AGENDA_CHECKS.report,
        at,
        `${place.what} gives ${tds.length > 0 ? tds.join(", ") : "no TD"} for the ${report.group} report; the report is ${own}.`,
      ),
    );
  }
}

function checkActions(
  agenda: DocumentSnapshot,
  report: ReportForAgenda,
  entries: readonly AgendaEntry[],
  clause: number | null,
  wpItems: readonly ActionItem[],
  findings: Finding[],
): void {
  const byNumber = new Map<number, AgendaEntry[]>();
  for (const entry of entries)
    for (const number of entry.numbers) byNumber.set(number, [...(byNumber.get(number) ?? []), entry]);
  const numbered = report.actions.filter((action) => action.number !== null);
  const known = new Set(numbered.map((action) => action.number!));
  const missing: ReportAction[] = [];
  for (const action of numbered) {
    const carriers = byNumber.get(action.number!) ?? [];
    if (carriers.length === 0) {
      missing.push(action);
      continue;
    }
    for (const repeat of carriers.slice(1)) {
      findings.push(
        findingAt(
          agenda,
          AGENDA_CHECKS.repeated,
          labelSpan(repeat.action),
          `${report.group}-${action.number} is already in the agenda (paragraph ${carriers[0]!.action.paragraph + 1}).`,
        ),
      );
    }
    const entry = carriers[0]!;
    const own = report.report;
    const listed = besidesReport(entry.documents, own);
    const wanted = besidesReport(action.documents, own);
    const documentsDiffer =
      entry.numbers.length === 1
        ? !sameSet(listed, wanted)
        : !wanted.every((document) => listed.includes(document));
    const verbDiffers =
      action.verb !== null && entry.action.verb !== null && action.verb !== entry.action.verb;
    if (documentsDiffer || verbDiffers) {
      const said = [
        verbDiffers ? `“${entry.action.verb}” where the report says “${action.verb}”` : "",
        documentsDiffer
          ? `${entry.documents.join(", ") || "no document"} where the report says ${action.documents.join(", ") || "none"}`
          : "",
      ].filter(Boolean);
      findings.push(
        findingAt(
          agenda,
          AGENDA_CHECKS.differs,
          labelSpan(entry.action),
          `${report.group}-${action.number} gives ${said.join(", and ")} (${report.report ?? report.name}).`,
        ),
      );
    }
  }
  const unknown = entries.filter((entry) => entry.numbers.some((number) => !known.has(number)));
  for (const entry of unknown) {
    const strays = entry.numbers.filter((number) => !known.has(number));
    // A stray number whose item says what a missing action says is that action, renumbered: one finding.
    const match = missing.find(
      (action) =>
        (entry.action.verb === null || action.verb === entry.action.verb) &&
        sameSet(action.documents, entry.documents),
    );
    if (match && strays.length === 1) {
      missing.splice(missing.indexOf(match), 1);
      findings.push(
        findingAt(
          agenda,
          AGENDA_CHECKS.renumbered,
          labelSpan(entry.action),
          `${report.group}-${strays[0]} is ${report.group}-${match.number} in ${report.report ?? report.name}.`,
        ),
      );
      continue;
    }
    findings.push(
      findingAt(
        agenda,
        AGENDA_CHECKS.unknown,
        labelSpan(entry.action),
        `${report.report ?? report.name} has no action ${strays.map((n) => `${report.group}-${n}`).join(", ")}.`,
      ),
    );
  }
  // An action the WP carries as its own item in the group's clause is in the agenda.
  const carried = new Set<ActionItem>();
  for (const action of [...missing]) {
    const item = wpItems.find(
      (candidate) => !carried.has(candidate) && carries(candidate, action, report.report),
    );
    if (!item) continue;
    carried.add(item);
    missing.splice(missing.indexOf(action), 1);
  }
  const lastItem = entries[entries.length - 1]?.action;
  for (const action of missing) {
    const at = lastItem ? labelSpan(lastItem) : { paragraph: clause ?? 0, start: 0, length: 0 };
    findings.push(
      findingAt(agenda, AGENDA_CHECKS.missing, at, `${describeAction(report, action)} is not in the agenda.`),
    );
  }
}

/** The WP's own items in a group's clause (up to the next clause of the same depth or less), approvals aside. */
function wpItemsOf(agenda: DocumentSnapshot, wp: readonly ActionItem[], clause: number | null): ActionItem[] {
  if (clause === null) return [];
  const depth = (text: string) => (/^\s*(\d+(?:\.\d+)*)/.exec(text)?.[1] ?? "").split(".").length;
  const own = depth(agenda.paragraphs[clause]!.text);
  let end = clause + 1;
  while (end < agenda.paragraphs.length) {
    const text = agenda.paragraphs[end]!.text;
    if (/^\s*\d+(?:\.\d+)*\.?\s+\S/.test(text) && depth(text) <= own) break;
    end++;
  }
  return wp.filter((item) => item.paragraph > clause && item.paragraph < end && !isReportApproval(item));
}

/** The working party whose agenda this is: the group most of its own items carry ("WP2-1" → WP2), or null. */
function workingPartyOf(wp: readonly ActionItem[]): string | null {
  const counts = new Map<string, number>();
  for (const item of wp) counts.set(item.group, (counts.get(item.group) ?? 0) + 1);
  let best: string | null = null;
  for (const [group, count] of counts) if (best === null || count > counts.get(best)!) best = group;
  return best;
}

/** The findings of an agenda against the reports, in agenda order, each with its location. */
export function checkAgenda(agenda: DocumentSnapshot, reports: readonly ReportForAgenda[]): Finding[] {
  const actions = agendaItems(agenda);
  const wp = actions.filter((action) => /^WP\d+$/.test(action.group));
  const findings: Finding[] = [];
  checkNumbering(agenda, wp, findings);
  checkPlaceholders(agenda, actions, findings);
  const ownWp = agendaWp(agenda) ?? workingPartyOf(wp);
  for (const report of reports) {
    // A report for another WP is that WP's business, as the agenda builder says too: one sentence, no check.
    if (ownWp !== null && report.wp !== null && report.wp !== ownWp) {
      findings.push(
        findingAt(
          agenda,
          AGENDA_CHECKS.otherWorkingParty,
          { paragraph: 0, start: 0, length: 0 },
          `${report.report ?? report.name}: the ${report.group} report is addressed to ${report.wp}, not ${ownWp}; it was not checked against this agenda.`,
        ),
      );
      continue;
    }
    const clause = groupClause(agenda, report.group);
    checkReportNumber(agenda, report, wp, clause, findings);
    const entries = actions
      .filter((action) => action.group === report.group && action.number !== null)
      .map((action) => ({
        action,
        numbers: [action.number!, ...action.moreNumbers],
        documents: documentsOf(action.references),
      }));
    checkActions(agenda, report, entries, clause, wpItemsOf(agenda, wp, clause), findings);
  }
  const sections = agendaSections(agenda);
  return findings
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map((finding) => ({ ...finding, location: describeLocation(agenda, sections, finding) }));
}
