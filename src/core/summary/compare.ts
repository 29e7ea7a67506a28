/**
 * What a rebuild of the Executive Summary would change, paragraph by paragraph: unchanged, changed (with the
 * changed words), added, removed (a copy of an action the body no longer has) and written by hand (a paragraph
 * the build would not produce). Zotero's "you have modified this citation" is the model: what the rapporteur
 * wrote is shown, and kept unless they choose otherwise.
 */
import { actionKey, type ActionItem } from "../actions/parse";
import { isReportApproval } from "../actions/numbering";
import { analysisOf } from "../analysis/analyse";
import type { ReportAnalysis } from "../analysis/types";
import type { SummarySection } from "../document/structure";
import type { DocumentSnapshot } from "../document/snapshot";
import type { BuiltSummary, SummaryLine } from "./build";
import { diffWords, type WordChange } from "./diffWords";

export type EntryStatus = "unchanged" | "changed" | "added" | "removed" | "handwritten";

export interface SummaryEntry {
  status: EntryStatus;
  /** The line the build produces (null for removed and hand-written paragraphs). */
  line: SummaryLine | null;
  /** The paragraph of the document (null for an added line). */
  paragraph: number | null;
  existingText: string | null;
  /** For a changed paragraph: the words removed and added. */
  changes?: WordChange[];
}

export interface SummaryComparison {
  summary: SummarySection | null;
  entries: SummaryEntry[];
  upToDate: boolean;
}

const LEAD_IN = /is pleased to bring the following actions/i;

function openingKind(text: string): string | null {
  if (/\bchaired\b/i.test(text)) return "chair";
  if (/\bsessions? (?:were|was) held\b|\bmet (?:twice|once|on)\b/i.test(text)) return "sessions";
  return null;
}

/** Which built line each existing summary paragraph is (or null when the build would not produce it). */
/** Queues of the built lines, by what identifies them; each line is taken once. Linear in the summary's size. */
class LineIndex {
  private readonly taken = new Set<number>();
  private readonly byKey = new Map<string, { lines: number[]; next: number }>();

  constructor(built: BuiltSummary) {
    built.lines.forEach((line, i) => {
      const keys = [`kind:${line.kind}`];
      if (line.kind === "action" && line.actionText !== null)
        keys.push(`action:${actionKey({ text: line.actionText })}`);
      if (line.kind === "action" && line.number !== null) keys.push(`number:${line.number}`);
      if (line.kind === "opening")
        keys.push(`opening:${line.text}`, `opening-kind:${openingKind(line.text)}`);
      for (const key of keys) {
        const queue = this.byKey.get(key) ?? { lines: [], next: 0 };
        queue.lines.push(i);
        this.byKey.set(key, queue);
      }
    });
  }

  take(key: string): number | null {
    const queue = this.byKey.get(key);
    while (queue && queue.next < queue.lines.length) {
      const line = queue.lines[queue.next++]!;
      if (!this.taken.has(line)) {
        this.taken.add(line);
        return line;
      }
    }
    return null;
  }
}

function matchLines(
  snapshot: DocumentSnapshot,
  summary: SummarySection,
  built: BuiltSummary,
  actions: readonly ActionItem[],
) {
  const lines = new LineIndex(built);
  const actionAt = new Map(actions.map((action) => [action.paragraph, action]));
  const matches = new Map<number, number | null>(); // paragraph → line index
  for (let p = summary.heading + 1; p < summary.end; p++) {
    const text = snapshot.paragraphs[p]!.text;
    if (text.trim() === "") continue;
    const action = actionAt.get(p);
    let line: number | null;
    if (action && action.form === "block") {
      line =
        lines.take(`action:${actionKey(action)}`) ??
        (isReportApproval(action) ? lines.take("kind:approval") : null);
    } else if (LEAD_IN.test(text)) {
      line = lines.take("kind:lead-in");
    } else {
      const kind = openingKind(text);
      line = lines.take(`opening:${text}`) ?? (kind ? lines.take(`opening-kind:${kind}`) : null);
    }
    matches.set(p, line);
  }
  // A copy whose text no longer matches any body action is the same action if it carries the same number.
  for (const [p, line] of matches) {
    const action = actionAt.get(p);
    if (line !== null || !action || action.form !== "block" || action.number === null) continue;
    matches.set(p, lines.take(`number:${action.number}`));
  }
  return matches;
}

/** A listed summary's paragraphs against the build: each list line is the paragraph it was built from. */
function compareList(
  snapshot: DocumentSnapshot,
  summary: SummarySection,
  built: BuiltSummary,
): SummaryComparison {
  const bySource = new Map(built.lines.map((line) => [line.source, line]));
  const entries: SummaryEntry[] = [];
  for (let paragraph = summary.heading + 1; paragraph < summary.end; paragraph++) {
    const existingText = snapshot.paragraphs[paragraph]!.text;
    if (existingText.trim() === "") continue;
    const line = bySource.get(paragraph);
    if (!line) entries.push({ status: "handwritten", line: null, paragraph, existingText });
    else if (line.text === existingText) entries.push({ status: "unchanged", line, paragraph, existingText });
    else
      entries.push({
        status: "changed",
        line,
        paragraph,
        existingText,
        changes: diffWords(existingText, line.text),
      });
  }
  const upToDate = entries.every((entry) => entry.status === "unchanged" || entry.status === "handwritten");
  return { summary, entries, upToDate };
}

export function compareSummary(
  input: DocumentSnapshot | ReportAnalysis,
  built: BuiltSummary,
): SummaryComparison {
  const analysis = analysisOf(input);
  const { snapshot, actions } = analysis;
  const summary = analysis.structure.section;
  if (summary && built.convention === "list") return compareList(snapshot, summary, built);
  if (!summary) {
    const entries = built.lines.map((line): SummaryEntry => ({
      status: "added",
      line,
      paragraph: null,
      existingText: null,
    }));
    return { summary: null, entries, upToDate: false };
  }
  const matches = matchLines(snapshot, summary, built, actions);
  const blockParagraphs = new Set(actions.filter((a) => a.form === "block").map((a) => a.paragraph));

  // A paragraph matched out of the build's order is moved: removed where it is, added where it belongs.
  let last = -1;
  for (const [paragraph, line] of matches) {
    if (line === null) continue;
    if (line < last) matches.set(paragraph, null);
    else last = line;
  }
  const matchedLines = new Set([...matches.values()].filter((l): l is number => l !== null));

  const entries: SummaryEntry[] = [];
  let nextLine = 0;
  const emitAddedBefore = (limit: number) => {
    for (; nextLine < limit; nextLine++) {
      if (!matchedLines.has(nextLine)) {
        entries.push({ status: "added", line: built.lines[nextLine]!, paragraph: null, existingText: null });
      }
    }
  };
  for (const [paragraph, lineIndex] of matches) {
    const existingText = snapshot.paragraphs[paragraph]!.text;
    if (lineIndex === null) {
      const isAction = blockParagraphs.has(paragraph);
      entries.push({ status: isAction ? "removed" : "handwritten", line: null, paragraph, existingText });
      continue;
    }
    emitAddedBefore(lineIndex);
    nextLine = Math.max(nextLine, lineIndex + 1);
    const line = built.lines[lineIndex]!;
    entries.push(
      line.text === existingText
        ? { status: "unchanged", line, paragraph, existingText }
        : { status: "changed", line, paragraph, existingText, changes: diffWords(existingText, line.text) },
    );
  }
  emitAddedBefore(built.lines.length);
  const upToDate = entries.every((entry) => entry.status === "unchanged" || entry.status === "handwritten");
  return { summary, entries, upToDate };
}
