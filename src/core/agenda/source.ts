/**
 * What the closing-plenary agenda needs from one Rapporteur Group report: the group, its title, the report's own
 * TD number, the working party it addresses, its approval action and its numbered actions — the body's blocks (the
 * Executive Summary only copies them), or the items of its "Actions for WPn:" list; never the group's own actions.
 * Read from the report's analysis, so a .docx, a .txt and the document open in Word give the same.
 */
import { agendaWording } from "../actions/exportAgenda";
import type { ActionItem } from "../actions/parse";
import { analysisOf } from "../analysis/analyse";
import type { ReportAnalysis } from "../analysis/types";
import type { DocumentSnapshot } from "../document/snapshot";
import { documentsOf } from "../references/cited";
import type { RegistryIndex } from "../registry/types";

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
  /** The report's own TD number, normalised: "TD172"; from the header, else its approval action; null if neither. */
  report: string | null;
  /** The working party the report addresses ("WP1"), as the analysis decided it; null when unknown. */
  wp: string | null;
  approval: ReportAction | null;
  actions: ReportAction[];
}

/** "this report", "this document", "this TD": the report itself, which the agenda names by its number. */
const THIS_REPORT = /\bthis (?:report|document|TD)\b/gi;

function toReportAction(action: ActionItem, own: string | null): ReportAction {
  const mentionsItself = own !== null && THIS_REPORT.test(action.text);
  THIS_REPORT.lastIndex = 0;
  const wording = agendaWording(action);
  return {
    number: action.number,
    placeholder: action.placeholder,
    wording: mentionsItself ? wording.replace(THIS_REPORT, own!) : wording,
    verb: action.verb,
    documents: [...new Set([...documentsOf(action.references), ...(mentionsItself ? [own!] : [])])],
    paragraph: action.paragraph,
  };
}

/** "Draft report of TSAG RG-WPR meeting (Rapporteur Group on …)": the group's name, where the title gives it. */
function titleFromHeader(title: string | null): string | null {
  if (!title) return null;
  const named = /Rapporteur Group on ([^)(]{3,200})/i.exec(title);
  return named ? `Rapporteur Group on ${named[1]!.trim()}` : null;
}

/** The lines that continue a listed action ("1) 16 September …" under "RG-IES-4: … e-meetings:"), by its paragraph. */
function continuations(analysis: ReportAnalysis): Map<number, string[]> {
  const items = new Set(analysis.actions.map((action) => action.paragraph));
  const found = new Map<number, string[]>();
  for (const list of analysis.structure.lists) {
    let item: number | null = null;
    for (const paragraph of list.paragraphs) {
      if (items.has(paragraph)) item = paragraph;
      else if (item !== null)
        found.set(item, [...(found.get(item) ?? []), analysis.snapshot.paragraphs[paragraph]!.text.trim()]);
    }
  }
  return found;
}

/** The report as the agenda sees it; null when it names no Rapporteur Group (no header source, title or actions). */
export function reportForAgenda(
  input: DocumentSnapshot | ReportAnalysis,
  name: string,
  registry: RegistryIndex | null = null,
): ReportForAgenda | null {
  const analysis = analysisOf(input);
  const group = analysis.documentGroup;
  if (!group) return null;
  const { header } = analysis.snapshot.facts;
  const own = analysis.reportNumber?.value ?? null;
  const numbered =
    analysis.convention === "list"
      ? analysis.actions.filter(
          (action) => action.form === "list" && action.inSummary && action.group === group,
        )
      : analysis.actions.filter(
          (action) => action.form === "block" && !action.inSummary && action.group === group,
        );
  const approval = analysis.approval;
  const continued = continuations(analysis);
  const withContinuation = (action: ActionItem, item: ReportAction): ReportAction => {
    const more = continued.get(action.paragraph);
    return more ? { ...item, wording: `${item.wording.trimEnd()} ${more.join(" ")}` } : item;
  };
  return {
    name,
    group,
    title:
      registry?.group(group)?.title ?? titleFromHeader(header.title?.value ?? header.abstract?.value ?? null),
    report: own,
    wp: analysis.parentGroup,
    approval: approval ? toReportAction(approval, own) : null,
    actions: numbered
      .filter((action) => action.paragraph !== approval?.paragraph)
      .map((action) => withContinuation(action, toReportAction(action, own))),
  };
}
