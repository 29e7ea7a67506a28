/**
 * The actions as the WP chair pastes them into the closing-plenary agenda ("Anticipated actions"):
 *   WP2-X: Approve the RG-WPR meeting report – TD172.        (the WP's own item: the agenda gives its number)
 *   RG-WPR-1: Adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270) …
 * as plain text and as an HTML table with borders (action, text, documents).
 */
import { documentsOf } from "../references/cited";
import { escapeHtml } from "../document/escapeHtml";
import { isReportApproval } from "./numbering";
import type { ActionItem } from "./parse";

export interface AgendaExport {
  text: string;
  html: string;
  /** How many items the export holds (the report approval included). */
  count: number;
}

/** "WP2 is invited to approve X" → "Approve X". */
export function agendaWording(action: Pick<ActionItem, "text">): string {
  const invited = /^\s*\S{1,20} (?:is|are) invited to (\p{L})/u.exec(action.text);
  if (!invited) return action.text.trim();
  const rest = action.text.slice(invited[0].length - 1);
  return rest.charAt(0).toUpperCase() + rest.slice(1).trimEnd();
}

interface AgendaRow {
  label: string;
  wording: string;
  documents: string[];
}

const CELL = 'style="border:1px solid #000;padding:2pt 4pt;vertical-align:top"';

/**
 * `parent`: the working party ("WP2"). The report-approval action is the WP's own item: it comes first, labelled
 * "WP2-X" because the agenda numbers the WP's items across all the reports.
 */
export function exportForAgenda(actions: readonly ActionItem[], parent = "WP"): AgendaExport {
  const blocks = actions.filter((action) => action.form === "block");
  const approval = blocks.find((action) => isReportApproval(action));
  const rows: AgendaRow[] = [];
  if (approval) {
    rows.push({
      label: `${parent}-X`,
      wording: agendaWording(approval),
      documents: documentsOf(approval.references),
    });
  }
  for (const action of blocks) {
    if (action.inSummary || action === approval) continue;
    rows.push({
      label: `${action.group}-${action.number ?? action.placeholder ?? "?"}`,
      wording: agendaWording(action),
      documents: documentsOf(action.references),
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
