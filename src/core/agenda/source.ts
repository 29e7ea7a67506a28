/**
 * What the closing-plenary agenda needs from one Rapporteur Group report: the group, its title, the report's own
 * TD number, its approval action and its numbered actions (the body's blocks: the Executive Summary only copies
 * them). Read from the report's snapshot, so a .docx, a .txt and the document open in Word give the same.
 */
import { agendaWording } from "../actions/exportAgenda";
import { detectGroup } from "../actions/rapporteurGroup";
import { isReportApproval } from "../actions/numbering";
import { findActions, type ActionItem } from "../actions/parse";
import type { DocumentSnapshot } from "../document/snapshot";
import { documentsOf } from "../references/cited";
import type { RegistryIndex } from "../registry/types";
import { ownTdNumber } from "../document/reportNumber";

export interface ReportAction {
  /** The number, or null for a placeholder (RG-WPR-n) or a missing number. */
  number: number | null;
  placeholder: string | null;
  /** In the agenda's imperative style: "Approve draft outgoing Liaison Statement on … – TD328." */
  wording: string;
  /** "approve", "adopt", "agree", …; null when the text does not say. */
  verb: string | null;
  /** The documents it brings, as cited: "TD328", "TD171R1". */
  documents: string[];
  paragraph: number;
}

export interface ReportForAgenda {
  /** A name for messages: the file name, or "the open document". */
  name: string;
  group: string;
  /** The group's name, from the registry or the report's title; null when neither says it. */
  title: string | null;
  /** The report's own TD number, normalised: "TD172"; null when the header has none. */
  report: string | null;
  approval: ReportAction | null;
  actions: ReportAction[];
}

function toReportAction(action: ActionItem): ReportAction {
  return {
    number: action.number,
    placeholder: action.placeholder,
    wording: agendaWording(action),
    verb: action.verb,
    documents: documentsOf(action.references),
    paragraph: action.paragraph,
  };
}

/** "Draft report of TSAG RG-WPR meeting (Rapporteur Group on …)": the group's name, where the title gives it. */
function titleFromHeader(title: string | null): string | null {
  if (!title) return null;
  const named = /Rapporteur Group on ([^)(]{3,200})/i.exec(title);
  return named ? `Rapporteur Group on ${named[1]!.trim()}` : null;
}

/** The report as the agenda sees it; null when it names no Rapporteur Group (no header source, title or blocks). */
export function reportForAgenda(
  snapshot: DocumentSnapshot,
  name: string,
  registry: RegistryIndex | null = null,
): ReportForAgenda | null {
  const actions = findActions(snapshot);
  const group = detectGroup(snapshot, actions)?.group;
  if (!group) return null;
  const { header } = snapshot.facts;
  const blocks = actions.filter(
    (action) => action.form === "block" && !action.inSummary && action.group === group,
  );
  const approvalBlock =
    blocks.find((action) => isReportApproval(action)) ??
    actions.find((action) => action.form === "block" && action.group === group && isReportApproval(action)) ??
    null;
  return {
    name,
    group,
    title:
      registry?.group(group)?.title ?? titleFromHeader(header.title?.value ?? header.abstract?.value ?? null),
    report: ownTdNumber(snapshot),
    approval: approvalBlock ? toReportAction(approvalBlock) : null,
    actions: blocks.filter((action) => action !== approvalBlock).map(toReportAction),
  };
}
