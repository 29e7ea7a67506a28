/**
 * The Executive Summary the body implies, as data:
 *   1. the opening paragraphs of clause 1 that say who chaired and when the sessions were held;
 *   2. "<GROUP> is pleased to bring the following actions to the attention of <WP>:";
 *   3. every body action of the group, in document order, as written in the body;
 *   4. "Action TSAG <GROUP>-<N+1><TAB><WP> is invited to approve the <GROUP> meeting report – TD<own number>."
 * Like a table of contents, it is rebuilt on demand; compare.ts says what would change.
 *
 * A report that lists its actions ("Actions for WP1:" then "RG-IES-1: WP1 to …") has its summary already: the list
 * is where its actions are written. Its build is that list with consecutive numbers, and no approval action (the
 * "Action required:" line asks for the approval).
 */
import { analysisOf } from "../analysis/analyse";
import type { ActionConvention, ReportAnalysis } from "../analysis/types";
import { isClauseStart } from "../document/structure";
import type { DocumentSnapshot } from "../document/snapshot";
import { listSummaryLines } from "./buildList";
import type { SummaryLine } from "./line";

export type { SummaryLine, SummaryLineKind } from "./line";

export interface BuiltSummary {
  /** The way the summary is written: the report's own convention ("blocks" for a report without actions yet). */
  convention: ActionConvention;
  lines: SummaryLine[];
  /** The report's own number ("TD172"), or null when the header does not give it. */
  ownNumber: string | null;
  /** Clause-1 paragraphs the user may choose to copy, and which of them the build picked by content. */
  openingCandidates: { paragraph: number; text: string; picked: boolean }[];
  /** The heading of the clause they come from, as the document writes it ("1 General", "0 Introduction"). */
  openingClause: string | null;
  /** Sentences about what the build could not do (an unknown own number, an unknown working party). */
  warnings: string[];
}

export interface SummaryOptions {
  group: string;
  /** The working party the group reports to ("WP2"). */
  parent: string;
  /** Clause-1 paragraphs to copy; when omitted, those that say who chaired and when the sessions were held. */
  openings?: readonly number[];
}

export const OWN_NUMBER_PLACEHOLDER = "TD???";

function isOpeningFact(text: string): boolean {
  return (
    /\bchaired\b/i.test(text) ||
    /\bsessions? (?:were|was) held\b/i.test(text) ||
    /\bmet (?:twice|once|on)\b/i.test(text)
  );
}

/** Paragraphs of the first numbered clause after the summary (clause 1, "General" or "Opening"), but its actions. */
function clauseOneParagraphs(
  snapshot: DocumentSnapshot,
  from: number,
  actionParagraphs: ReadonlySet<number>,
): { heading: string | null; found: number[] } {
  const paragraphs = snapshot.paragraphs;
  let start = from;
  while (start < paragraphs.length && !isClauseStart(paragraphs[start]!, snapshot)) start++;
  const found: number[] = [];
  for (let i = start + 1; i < paragraphs.length && !isClauseStart(paragraphs[i]!, snapshot); i++) {
    if (paragraphs[i]!.text.trim() !== "" && !actionParagraphs.has(i)) found.push(i);
  }
  const heading = paragraphs[start]?.text.replace(/\s+/g, " ").trim() || null;
  return { heading, found };
}

export function leadIn(group: string, parent: string): string {
  return `${group} is pleased to bring the following actions to the attention of ${parent}:`;
}

export function approvalText(
  group: string,
  number: number,
  parent: string,
  ownNumber: string | null,
): string {
  return `Action TSAG ${group}-${number}\t${parent} is invited to approve the ${group} meeting report – ${ownNumber ?? OWN_NUMBER_PLACEHOLDER}.`;
}

export function buildSummary(
  input: DocumentSnapshot | ReportAnalysis,
  options: SummaryOptions,
): BuiltSummary {
  const analysis = analysisOf(input);
  const { snapshot, actions } = analysis;
  if (analysis.convention === "list") {
    return {
      convention: "list",
      lines: listSummaryLines(analysis, options.group),
      ownNumber: analysis.reportNumber?.value ?? null,
      openingCandidates: [],
      openingClause: null,
      warnings: [],
    };
  }
  const summary = analysis.structure.section;
  const afterSummary = summary ? summary.end : 0;
  const blocks = new Set(actions.filter((a) => a.form === "block").map((a) => a.paragraph));
  const opening = clauseOneParagraphs(snapshot, afterSummary, blocks);
  const candidates = opening.found.map((paragraph) => ({
    paragraph,
    text: snapshot.paragraphs[paragraph]!.text,
    picked: isOpeningFact(snapshot.paragraphs[paragraph]!.text),
  }));
  const openings = options.openings ?? candidates.filter((c) => c.picked).map((c) => c.paragraph);
  const body = actions.filter((a) => a.form === "block" && !a.inSummary && a.group === options.group);
  const ownNumber = analysis.reportNumber?.value ?? null;

  const lines: SummaryLine[] = [
    ...openings.map((paragraph) => ({
      kind: "opening" as const,
      text: snapshot.paragraphs[paragraph]!.text,
      source: paragraph,
      actionText: null,
      number: null,
    })),
    {
      kind: "lead-in",
      text: leadIn(options.group, options.parent),
      source: null,
      actionText: null,
      number: null,
    },
    ...body.map((action) => ({
      kind: "action" as const,
      text: snapshot.paragraphs[action.paragraph]!.text,
      source: action.paragraph,
      actionText: action.text,
      number: action.number,
    })),
    {
      kind: "approval",
      text: approvalText(options.group, body.length + 1, options.parent, ownNumber),
      source: body[0]?.paragraph ?? null,
      actionText: null,
      number: null,
    },
  ];
  const warnings: string[] = [];
  if (!ownNumber) {
    warnings.push(
      `The report's own TD number is neither in the header nor in an approval action; the approval action carries "${OWN_NUMBER_PLACEHOLDER}".`,
    );
  }
  return {
    convention: "blocks",
    lines,
    ownNumber,
    openingCandidates: candidates,
    openingClause: opening.heading,
    warnings,
  };
}
