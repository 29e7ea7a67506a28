/**
 * The style of each kind of paragraph a summary build writes. Every generated paragraph names its style, so that
 * none takes the style of whatever paragraph it lands next to: Word gives a new paragraph its neighbour's style,
 * and a lead-in styled as the clause heading after it would end the summary there on the next build.
 */
import { isActionBlock } from "../actions/parse";
import { isClauseStart } from "../document/structure";
import { styleLike } from "../document/editPlan";
import type { DocumentSnapshot, ParagraphSnapshot } from "../document/snapshot";
import type { SummaryLine } from "./build";

export interface ParagraphStyle {
  style?: string;
  styleBuiltIn?: string;
}

export interface SummaryStyles {
  /** "Executive Summary": the ITU template's unnumbered heading ("Headingb") when used, else Heading 1. */
  title: ParagraphStyle;
  /** The lead-in: the style most body paragraphs have, else Normal. */
  bodyText: ParagraphStyle;
  /** Actions without a body paragraph to copy (the approval action): the existing action blocks' style. */
  action: ParagraphStyle;
}

const UNNUMBERED_HEADING = /^heading\s*_?b$/i;

function isBodyText(paragraph: ParagraphSnapshot, snapshot: DocumentSnapshot): boolean {
  return (
    paragraph.text.trim() !== "" &&
    paragraph.table === null &&
    paragraph.list === null &&
    !isClauseStart(paragraph, snapshot) &&
    !isActionBlock(paragraph.text)
  );
}

/** The most frequent style among body-text paragraphs (one pass), or null in a document without body text. */
function commonBodyStyle(snapshot: DocumentSnapshot): ParagraphSnapshot | null {
  const counts = new Map<string, { count: number; example: ParagraphSnapshot }>();
  let best: { count: number; example: ParagraphSnapshot } | null = null;
  for (const paragraph of snapshot.paragraphs) {
    if (!isBodyText(paragraph, snapshot)) continue;
    const entry = counts.get(paragraph.style) ?? { count: 0, example: paragraph };
    entry.count++;
    counts.set(paragraph.style, entry);
    if (!best || entry.count > best.count) best = entry;
  }
  return best?.example ?? null;
}

export function summaryStyles(snapshot: DocumentSnapshot): SummaryStyles {
  const unnumbered = snapshot.paragraphs.find((p) => UNNUMBERED_HEADING.test(p.style));
  const body = commonBodyStyle(snapshot);
  const bodyText = body ? styleLike(body) : { styleBuiltIn: "Normal" };
  const action = snapshot.paragraphs.find((p) => isActionBlock(p.text));
  return {
    title: unnumbered ? styleLike(unnumbered) : { styleBuiltIn: "Heading1" },
    bodyText,
    action: action ? styleLike(action) : bodyText,
  };
}

/** The style of one built line: its body paragraph's when it copies one, else its kind's. */
export function lineStyle(
  snapshot: DocumentSnapshot,
  line: SummaryLine,
  styles: SummaryStyles,
): ParagraphStyle {
  if (line.kind === "approval") return styles.action;
  if (line.source !== null) return styleLike(snapshot.paragraphs[line.source]!);
  return line.kind === "lead-in" ? styles.bodyText : styles.action;
}
