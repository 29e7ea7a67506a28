/**
 * Action blocks and the list forms of actions.
 *
 *   block: "Action TSAG RG-WPR-3<TAB>WP2 is invited to approve draft outgoing Liaison Statement … – TD328."
 *          the number may be a placeholder: RG-WPR-n, -x, -X, -?, -#, or missing ("Action TSAG RG-WPR<TAB>…").
 *   list:  "RG-IES-1: WP1 to request …", "WP2-4: Approve …", "Anticipated action WP2-9: …",
 *          "RG-WPR-2, 3, 4, 5: Adopt …", "Anticipated Action WP2-X: …" (listed and checked, never renumbered).
 *
 * Recognition is a hand-written scan of the paragraph's start: linear, no backtracking.
 */
import type { DocumentSnapshot, TextSpan } from "../document/snapshot";
import { findReferences } from "../references/parse";
import type { Reference } from "../references/types";
import { findExecutiveSummary, type SummarySection } from "../document/structure";

export interface ActionItem {
  paragraph: number;
  form: "block" | "list";
  group: string;
  /** The number, or null for a placeholder ("n", "X", "?", "#") or a missing number. */
  number: number | null;
  /** Further numbers of a list form that covers several actions ("RG-WPR-2, 3, 4, 5"). */
  moreNumbers: number[];
  /** The placeholder as written ("n", "X", "" when missing), or null when numbered. */
  placeholder: string | null;
  /**
   * Where the number (or placeholder) is written. For a missing number, a zero-length span right after the group,
   * where "-N" must be inserted.
   */
  numberSpan: TextSpan;
  /** The label as written: "Action TSAG RG-WPR-3", "RG-IES-1". */
  label: string;
  /** Where the label is written (after any bullet and "Anticipated action"). */
  labelStart: number;
  /** The action's text after the label and its separator. */
  text: string;
  textStart: number;
  /** Who is invited to act: "WP2", "TSAG", "TSAG/WP1"; null when the text does not say. */
  target: string | null;
  /** What it is invited to do, in lower case: "approve", "adopt", "agree", "note", "change"… */
  verb: string | null;
  references: Reference[];
  inSummary: boolean;
}

const PLACEHOLDERS = new Set(["n", "N", "x", "X", "?", "#"]);
const GROUP = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
const BULLET = /^(?:[·•▪◦‣∙*–-][ \t]+)/;

function isDigits(text: string): boolean {
  return text.length > 0 && text.length <= 4 && [...text].every((c) => c >= "0" && c <= "9");
}

/** Splits "RG-WPR-3" into group and number token; "RG-WPR" into group and a missing number. */
function splitLabel(token: string): { group: string; numberText: string | null } | null {
  const dash = token.lastIndexOf("-");
  const last = dash >= 0 ? token.slice(dash + 1) : "";
  if (dash > 0 && (isDigits(last) || PLACEHOLDERS.has(last) || last === "")) {
    const group = token.slice(0, dash);
    return GROUP.test(group) ? { group, numberText: last } : null;
  }
  return GROUP.test(token) ? { group: token, numberText: null } : null;
}

function targetAndVerb(text: string): { target: string | null; verb: string | null } {
  const invited = /^\s*(\S{1,20}) (?:is|are) invited to (\p{L}+)/u.exec(text);
  if (invited) return { target: invited[1]!, verb: invited[2]!.toLowerCase() };
  const to = /^\s*([A-Z][A-Za-z0-9/-]{0,19}) (?:to|agree to|agrees to) (\p{L}+)/u.exec(text);
  if (to && /\d|^TSAG/.test(to[1]!)) return { target: to[1]!, verb: to[2]!.toLowerCase() };
  const bare = /^\s*([A-Z][a-z]+)\b/.exec(text);
  const verb = bare?.[1]?.toLowerCase();
  const VERBS = [
    "approve",
    "adopt",
    "agree",
    "note",
    "change",
    "recommend",
    "consider",
    "endorse",
    "instruct",
    "request",
  ];
  return { target: null, verb: verb && VERBS.includes(verb) ? verb : null };
}

function parseBlock(text: string): Omit<ActionItem, "paragraph" | "references" | "inSummary"> | null {
  const prefix = "Action TSAG ";
  if (!text.startsWith(prefix)) return null;
  let end = prefix.length;
  while (end < text.length && text[end] !== "\t" && text[end] !== " ") end++;
  const token = text.slice(prefix.length, end);
  const parts = splitLabel(token);
  if (!parts) return null;
  let textStart = end;
  while (textStart < text.length && (text[textStart] === "\t" || text[textStart] === " ")) textStart++;
  const groupEnd = prefix.length + parts.group.length;
  const numberText = parts.numberText;
  const number = numberText !== null && isDigits(numberText) ? Number(numberText) : null;
  const body = text.slice(textStart);
  return {
    form: "block",
    group: parts.group,
    number,
    moreNumbers: [],
    placeholder: number === null ? (numberText ?? "") : null,
    numberSpan:
      numberText === null
        ? { start: groupEnd, length: 0 }
        : { start: groupEnd + 1, length: numberText.length },
    label: text.slice(0, end),
    labelStart: 0,
    text: body,
    textStart,
    ...targetAndVerb(body),
  };
}

function parseList(text: string): Omit<ActionItem, "paragraph" | "references" | "inSummary"> | null {
  let at = BULLET.exec(text)?.[0].length ?? 0;
  const anticipated = /^Anticipated [Aa]ctions? /.exec(text.slice(at));
  if (anticipated) at += anticipated[0].length;
  const colon = text.indexOf(":", at);
  if (colon < 0 || colon - at > 40) return null;
  const label = text.slice(at, colon);
  const firstComma = label.indexOf(",");
  const head = firstComma >= 0 ? label.slice(0, firstComma) : label;
  const parts = splitLabel(head.trim());
  if (!parts || parts.numberText === null || parts.numberText === "") return null;
  const more =
    firstComma >= 0
      ? label
          .slice(firstComma + 1)
          .split(",")
          .map((n) => n.trim())
      : [];
  if (!more.every(isDigits)) return null;
  if (!parts.group.includes("-") && !/^WP\d+$/.test(parts.group)) return null; // "TD7R1:" or "Note:" are no labels
  let textStart = colon + 1;
  while (textStart < text.length && text[textStart] === " ") textStart++;
  const number = isDigits(parts.numberText) ? Number(parts.numberText) : null;
  const body = text.slice(textStart);
  return {
    form: "list",
    group: parts.group,
    number,
    moreNumbers: more.map(Number),
    placeholder: number === null ? parts.numberText : null,
    numberSpan: { start: at + parts.group.length + 1, length: parts.numberText.length },
    label: text.slice(at, colon),
    labelStart: at,
    text: body,
    textStart,
    ...targetAndVerb(body),
  };
}

/** Whether a paragraph is an action block ("Action TSAG RG-WPR-3<TAB>…"), numbered or not. */
export function isActionBlock(text: string): boolean {
  return parseBlock(text) !== null;
}

/**
 * Every action of the document, in document order, with whether it sits in the summary of actions. The analysis
 * passes the summary it found and the references it parsed, so that neither is worked out twice.
 */
export function findActions(
  snapshot: DocumentSnapshot,
  summary: Pick<SummarySection, "heading" | "end"> | null = findExecutiveSummary(snapshot),
  references?: readonly Reference[],
): ActionItem[] {
  const byParagraph = new Map<number, Reference[]>();
  for (const reference of references ?? []) {
    const list = byParagraph.get(reference.paragraph);
    if (list) list.push(reference);
    else byParagraph.set(reference.paragraph, [reference]);
  }
  const actions: ActionItem[] = [];
  for (const paragraph of snapshot.paragraphs) {
    const parsed = parseBlock(paragraph.text) ?? parseList(paragraph.text);
    if (!parsed) continue;
    const found = references
      ? (byParagraph.get(paragraph.index) ?? [])
      : findReferences(paragraph.text, paragraph.index);
    actions.push({
      ...parsed,
      paragraph: paragraph.index,
      references: found.filter((r) => r.start >= parsed.textStart),
      inSummary: summary !== null && paragraph.index > summary.heading && paragraph.index < summary.end,
    });
  }
  return actions;
}

/** The text of an action without its label, with white space normalised: how copies are matched to originals. */
export function actionKey(action: Pick<ActionItem, "text">): string {
  return action.text.replace(/\s+/g, " ").trim();
}

/**
 * The list item whose label starts at `start` of a paragraph's text ("RG-WPR-6: Approve …" written after another
 * item in the same paragraph), with its positions in the paragraph; null when no item starts there.
 */
export function listItemAt(
  text: string,
  start: number,
): Omit<ActionItem, "paragraph" | "references" | "inSummary"> | null {
  const parsed = parseList(text.slice(start));
  if (!parsed || parsed.labelStart !== 0) return null;
  return {
    ...parsed,
    numberSpan: { start: parsed.numberSpan.start + start, length: parsed.numberSpan.length },
    labelStart: start,
    textStart: parsed.textStart + start,
  };
}
