/**
 * The other way TSAG Rapporteur Groups write their actions (besides action blocks): a list at the top of the
 * report, before clause 1, under a heading naming whom it addresses, often after an "Action required:" line:
 *
 *   Action required:<TAB>TSAG/WP1 is invited to consider the following actions and to approve this report …
 *   Actions for WP1:
 *   · RG-IES-1: WP1 to request TSAG Plenary to approve …
 *   Action for RG-IES:
 *   RG-IES to discuss by correspondence TD143 …
 *
 * This file finds the headings and the paragraphs under each; which list addresses the working party and which the
 * group itself is the analysis's business (it knows the group).
 */
import type { DocumentSnapshot } from "./snapshot";

export interface ActionList {
  /** The "Actions for WP1:" paragraph. */
  heading: number;
  /** Whom it addresses, as written: "WP1", "RG-IES", "TSAG/WP1". */
  addressee: string;
  /** The paragraphs under the heading (empty ones excepted), up to the next heading, a blank line or a clause. */
  paragraphs: number[];
}

export interface ActionRequired {
  /** The paragraph holding the "Action required:" label. */
  paragraph: number;
  /** The paragraph holding its text: the same one in a text export ("Action required:<TAB>…"), else the next. */
  textParagraph: number;
  text: string;
}

/** "Actions for WP1:", "Action for RG-IES:", "Actions for TSAG/WP1:" — a short heading ending with its colon. */
const LIST_HEADING = /^\s*Actions? for ([A-Za-z][\w/ -]{0,39}?)\s*:\s*$/;
/** "Action required:<TAB>…" or the label alone (its text in the next cell). */
const ACTION_REQUIRED = /^\s*Actions? required\s*:?[ \t]*(.*)$/i;

export function listHeadingAddressee(text: string): string | null {
  return LIST_HEADING.exec(text)?.[1]?.trim() ?? null;
}

export function findActionRequired(
  snapshot: DocumentSnapshot,
  before: number = snapshot.paragraphs.length,
): ActionRequired | null {
  for (let i = 0; i < before; i++) {
    const match = ACTION_REQUIRED.exec(snapshot.paragraphs[i]!.text);
    if (!match) continue;
    const inline = match[1]!.trim();
    if (inline !== "") return { paragraph: i, textParagraph: i, text: inline };
    const next = snapshot.paragraphs[i + 1];
    return next ? { paragraph: i, textParagraph: i + 1, text: next.text.trim() } : null;
  }
  return null;
}

/**
 * The action lists that start before `before` (the first clause), each with its paragraphs. A list ends at a blank
 * paragraph, the next heading or `before`; the lists are linear in the paragraphs they span.
 */
export function findActionLists(snapshot: DocumentSnapshot, before: number): ActionList[] {
  const lists: ActionList[] = [];
  const paragraphs = snapshot.paragraphs;
  for (let i = 0; i < before; i++) {
    const addressee = listHeadingAddressee(paragraphs[i]!.text);
    if (addressee === null) continue;
    const list: ActionList = { heading: i, addressee, paragraphs: [] };
    let j = i + 1;
    for (; j < before; j++) {
      const text = paragraphs[j]!.text;
      if (listHeadingAddressee(text) !== null) break;
      if (text.trim() === "") {
        if (list.paragraphs.length > 0) break;
        continue;
      }
      list.paragraphs.push(j);
    }
    lists.push(list);
    i = j - 1;
  }
  return lists;
}
