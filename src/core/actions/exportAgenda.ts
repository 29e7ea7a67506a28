/**
 * The actions as the WP chair pastes them into the closing-plenary agenda ("Anticipated actions"):
 *   RG-WPR-1: Adopt revised Questions Q7/17, Q10/17 and new Question Q16/17 (all in TD270) …
 * as plain text and as an HTML table (action, text, documents).
 */
import { escapeHtml } from "../report/html";
import type { ActionItem } from "./parse";

export interface AgendaExport {
  text: string;
  html: string;
}

/** "WP2 is invited to approve X" → "Approve X". */
export function agendaWording(action: Pick<ActionItem, "text">): string {
  const invited = /^\s*\S{1,20} (?:is|are) invited to (\p{L})/u.exec(action.text);
  if (!invited) return action.text.trim();
  const rest = action.text.slice(invited[0].length - 1);
  return rest.charAt(0).toUpperCase() + rest.slice(1).trimEnd();
}

export function exportForAgenda(actions: readonly ActionItem[]): AgendaExport {
  const rows = actions
    .filter((action) => action.form === "block" && !action.inSummary)
    .map((action) => ({
      label: `${action.group}-${action.number ?? action.placeholder ?? "?"}`,
      wording: agendaWording(action),
      documents: [
        ...new Set(
          action.references
            .filter((r) => r.kind === "TD" || r.kind === "C" || r.kind === "LS")
            .map((r) => (r.revision !== null ? `${r.id}R${r.revision}` : r.id)),
        ),
      ],
    }));
  const text = rows.map((row) => `${row.label}: ${row.wording}`).join("\n");
  const html = [
    "<table>",
    "<thead><tr><th>Action</th><th>Text</th><th>Documents</th></tr></thead>",
    "<tbody>",
    ...rows.map(
      (row) =>
        `<tr><td>${escapeHtml(row.label)}</td><td>${escapeHtml(row.wording)}</td><td>${escapeHtml(row.documents.join(", "))}</td></tr>`,
    ),
    "</tbody>",
    "</table>",
  ].join("\n");
  return { text, html };
}
