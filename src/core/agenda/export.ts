/**
 * The report's actions as the WP chair pastes them into the closing-plenary agenda ("Anticipated actions"):
 *   WP2-X: Approve the RG-WPR meeting report – TD172.        (the WP's own item: the agenda gives its number)
 *   RG-WPR-1: Adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270) …
 * as plain text and as an HTML table with borders (action, text, documents). Either convention: the report's own
 * approval action, or — in a report that lists its actions — the approval its "Action required:" line asks for;
 * the group's own actions are never exported.
 */
import { analysisOf } from "../analysis/analyse";
import type { ReportAnalysis } from "../analysis/types";
import { escapeHtml } from "../document/escapeHtml";
import type { DocumentSnapshot } from "../document/snapshot";
import { reportForAgenda } from "./source";

export interface AgendaExport {
  text: string;
  html: string;
  /** How many items the export holds (the report approval included). */
  count: number;
}

interface AgendaRow {
  label: string;
  wording: string;
  documents: string[];
}

const CELL = 'style="border:1px solid #000;padding:2pt 4pt;vertical-align:top"';

/** `parent`: the working party ("WP2"); its item is labelled "WP2-X" because the agenda numbers the WP's items. */
export function exportForAgenda(input: DocumentSnapshot | ReportAnalysis, parent?: string): AgendaExport {
  const analysis = analysisOf(input);
  const wp = parent || analysis.parentGroup || "WP";
  const report = reportForAgenda(analysis, "");
  const rows: AgendaRow[] = [];
  if (report?.approval) {
    rows.push({ label: `${wp}-X`, wording: report.approval.wording, documents: report.approval.documents });
  } else if (
    report &&
    analysis.convention === "list" &&
    /\bapprov/i.test(analysis.structure.actionRequired?.text ?? "")
  ) {
    rows.push({
      label: `${wp}-X`,
      wording: `Approve the ${report.group} meeting report${report.report ? `, ${report.report}` : ""}.`,
      documents: report.report ? [report.report] : [],
    });
  }
  for (const action of report?.actions ?? []) {
    rows.push({
      label: `${report!.group}-${action.number ?? action.placeholder ?? "?"}`,
      wording: action.wording,
      documents: action.documents,
    });
  }
  const text = rows.map((row) => `${row.label}: ${row.wording}`).join("\n");
  const html = [
    '<table style="border-collapse:collapse;border:1px solid #000">',
    `<thead><tr><th ${CELL}>Action</th><th ${CELL}>Text</th><th ${CELL}>Documents</th></tr></thead>`,
    "<tbody>",
    ...rows.map(
      (row) =>
        `<tr><td ${CELL}>${escapeHtml(row.label)}</td><td ${CELL}>${escapeHtml(row.wording)}</td><td ${CELL}>${escapeHtml(row.documents.join(", "))}</td></tr>`,
    ),
    "</tbody>",
    "</table>",
  ].join("\n");
  return { text, html, count: rows.length };
}
