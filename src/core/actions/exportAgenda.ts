/**
 * An action in the wording of a WP agenda ("Anticipated actions"): the imperative, without the invited body. The
 * agenda's build and the pane's "Export for WP agenda" (agenda/export.ts) write every action this way.
 */
import type { ActionItem } from "./parse";

/** "WP2 is invited to approve X" → "Approve X"; "WP1 to request X" (a listed action) → "Request X". */
export function agendaWording(action: Pick<ActionItem, "text">): string {
  const invited =
    /^\s*\S{1,20} (?:is|are) invited to (\p{L})/u.exec(action.text) ??
    /^\s*(?:TSAG\/)?WP ?\d{1,2} (?:to|agrees? to) (\p{L})/u.exec(action.text);
  if (!invited) return action.text.trim();
  const rest = action.text.slice(invited[0].length - 1);
  return rest.charAt(0).toUpperCase() + rest.slice(1).trimEnd();
}
