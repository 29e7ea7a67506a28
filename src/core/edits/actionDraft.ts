/** What the user types for a new action, and how it is written in each of the report's conventions. */

export interface ActionDraft {
  group: string;
  /** Who is invited: "WP2". */
  target: string;
  /** "approve", "adopt", "agree", "note"… */
  verb: string;
  /** What follows the verb: "draft outgoing Liaison Statement on closure of …". */
  text: string;
  /** Cited documents, appended as "– TD327" / "– TD327, TD328". */
  documents: string[];
}

/** An action block's text: "WP2 is invited to approve draft outgoing Liaison Statement on … – TD328." */
export function composeActionText(draft: ActionDraft): string {
  const body = `${draft.target} is invited to ${draft.verb} ${draft.text.trim().replace(/\.$/, "")}`;
  return draft.documents.length > 0 ? `${body} – ${draft.documents.join(", ")}.` : `${body}.`;
}

/** A list item: "RG-IES-6: WP1 to approve the revised ToR (TD140R1)." */
export function listItemText(bullet: string, draft: ActionDraft, number: number): string {
  const body = `${draft.target} to ${draft.verb} ${draft.text.trim().replace(/\.$/, "")}`;
  const documents = draft.documents.length > 0 ? ` (${draft.documents.join(", ")})` : "";
  return `${bullet}${draft.group}-${number}: ${body}${documents}.`;
}
