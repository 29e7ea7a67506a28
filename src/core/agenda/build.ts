/**
 * The "Review of the Results of Rapporteur Group meetings" section of a Working Party's closing-plenary agenda,
 * built from the RG reports (as seeds 001 and 004 write it):
 *
 *   3.1 TSAG RG-WPR “Rapporteur Group on Work Programme and Restructuring, SG work, SG Coordination”
 *   · Report – TD172
 *   · Documents – TD327, TD328
 *   Anticipated Actions
 *   · WP2-4: Approve the RG-WPR meeting report – TD172.
 *   · RG-WPR-1: Adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270) …
 *
 * The WP's own items (one per report: its approval) are numbered across the agenda from `start`; the RG's actions
 * keep their report's numbers. An action the report has not numbered yet keeps a placeholder and gives a warning:
 * a number is never guessed.
 */
import type { ReportAction, ReportForAgenda } from "./source";

export interface AgendaItem {
  /** "WP2-4", "RG-WPR-1", "RG-WPR-2, 3, 4", "RG-WPR-X". */
  label: string;
  text: string;
  documents: string[];
}

export interface AgendaGroup {
  group: string;
  title: string | null;
  /** The report's TD number, or null when the report's header has none. */
  report: string | null;
  /** The documents the group's actions bring, the report's own excepted. */
  documents: string[];
  items: AgendaItem[];
}

export interface AgendaSection {
  wp: string;
  /** The clause the section's groups are numbered under ("3" → 3.1, 3.2, …). */
  clause: string;
  groups: AgendaGroup[];
  /** One sentence each: what the agenda could not say for sure (placeholders, a report without a number). */
  warnings: string[];
}

export interface BuildOptions {
  /** The working party: "WP2". */
  wp: string;
  /** The first WP-level number (the agenda's earlier items use the ones before). */
  start?: number;
  clause?: string;
  /** Merge consecutive actions with the same verb and documents into one item ("RG-WPR-2, 3, 4: …"). */
  merge?: boolean;
}

/** What stands for a number the agenda cannot give yet. */
export const PLACEHOLDER = "X";

function approvalItem(report: ReportForAgenda, label: string, warnings: string[]): AgendaItem {
  if (report.approval) return { label, text: report.approval.wording, documents: report.approval.documents };
  if (report.report === null) {
    warnings.push(
      `${report.name}: neither the header nor an approval action gives the report's TD number; its approval item says <TBD>.`,
    );
    return { label, text: `Approve the ${report.group} meeting report, <TBD>.`, documents: [] };
  }
  return {
    label,
    text: `Approve the ${report.group} meeting report, ${report.report}.`,
    documents: [report.report],
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

function actionItems(report: ReportForAgenda, merge: boolean, warnings: string[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  let previous: { action: ReportAction; item: AgendaItem } | null = null;
  for (const action of report.actions) {
    if (action.number === null) {
      warnings.push(
        `${report.name}: ${report.group} has an action without a number ("${action.wording.slice(0, 60)}…"); ` +
          `it is ${report.group}-${PLACEHOLDER} in the agenda until the report is renumbered.`,
      );
      items.push({
        label: `${report.group}-${PLACEHOLDER}`,
        text: action.wording,
        documents: action.documents,
      });
      previous = null;
      continue;
    }
    const mergeable =
      merge &&
      previous !== null &&
      previous.action.number !== null &&
      action.verb !== null &&
      action.verb === previous.action.verb &&
      action.documents.length > 0 &&
      sameList(action.documents, previous.action.documents);
    if (mergeable && previous) {
      previous.item.label += `, ${action.number}`;
      previous.item.text = `${previous.item.text.replace(/\.$/, "")}; ${lowerFirst(action.wording)}`;
      previous.action = action;
      continue;
    }
    const item = {
      label: `${report.group}-${action.number}`,
      text: action.wording,
      documents: action.documents,
    };
    items.push(item);
    previous = { action, item };
  }
  return items;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The section for the reports addressed to the working party, in the order given. A report addressed to another
 * working party is named in one sentence and left out: its actions are that WP's business.
 */
export function buildAgendaSection(
  reports: readonly ReportForAgenda[],
  options: BuildOptions,
): AgendaSection {
  const warnings: string[] = [];
  let next = options.start ?? 1;
  const addressed = reports.filter((report) => {
    if (report.wp === null || report.wp === options.wp) return true;
    warnings.push(
      `${report.name}: the ${report.group} report is addressed to ${report.wp}, not ${options.wp}; its actions are not in this section.`,
    );
    return false;
  });
  const groups = addressed.map((report): AgendaGroup => {
    const items = [approvalItem(report, `${options.wp}-${next++}`, warnings)];
    items.push(...actionItems(report, options.merge ?? false, warnings));
    const documents = [...new Set(report.actions.flatMap((action) => action.documents))].filter(
      (document) => document !== report.report,
    );
    return { group: report.group, title: report.title, report: report.report, documents, items };
  });
  return { wp: options.wp, clause: options.clause ?? "3", groups, warnings };
}
