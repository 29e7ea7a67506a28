/**
 * Findings the author set aside, with a reason. A decision is keyed on the finding's own words, never on where
 * they are: the rule, the words the finding is about (the reference or field, as written) and the sentence around
 * them. So it survives edits elsewhere in the report (paragraphs added above, clauses renumbered) and lapses as
 * soon as those words change — the finding then comes back, to be looked at again.
 */
import type { Finding } from "../document/findings";
import type { DocumentSnapshot } from "../document/snapshot";

export interface IgnoreDecision {
  /** The rule's id ("ref-unknown"). */
  rule: string;
  /** The text the finding is about, as written ("TD999"); "" for a finding about a place rather than words. */
  words: string;
  /** The sentence around those words (at most CONTEXT_LIMIT characters each side of them). */
  sentence: string;
  /** Why the author set it aside, in their words. */
  reason: string;
  /** The day of the decision, YYYY-MM-DD (the author's local date). */
  date: string;
}

export interface IgnoredFinding {
  finding: Finding;
  decision: IgnoreDecision;
}

/** A reason is a sentence, not an essay: the pane's field and the part's reader both hold it to this. */
export const MAX_REASON_LENGTH = 200;
/** How far the sentence around the words may reach on each side (a paragraph with no full stop is one sentence). */
export const CONTEXT_LIMIT = 200;

/**
 * One line, as Word and the .docx reader may give the same words differently: tabs, line breaks (vertical tab),
 * field and footnote marks (control characters) and runs of spaces all become one space.
 */
export function normaliseWords(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  return text.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
}

const ENDS_SENTENCE = /[.!?]/;
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** The sentence holding [start, end) of `text`: from after the last ". " before it to the next ". " after it. */
export function sentenceAround(text: string, start: number, end: number): string {
  const floor = Math.max(0, start - CONTEXT_LIMIT);
  let from = start;
  while (from > floor && !(ENDS_SENTENCE.test(text[from - 2] ?? "") && isSpace(text[from - 1]))) from--;
  const ceiling = Math.min(text.length, end + CONTEXT_LIMIT);
  let to = Math.max(end, start);
  while (to < ceiling) {
    const char = text[to++];
    if (ENDS_SENTENCE.test(char ?? "") && (to === text.length || isSpace(text[to]))) break;
  }
  return normaliseWords(text.slice(from, to));
}

/** What a decision is keyed on, for a finding of this snapshot. */
export function wordsOf(
  snapshot: DocumentSnapshot,
  finding: Finding,
): Pick<IgnoreDecision, "rule" | "words" | "sentence"> {
  const text = snapshot.paragraphs[finding.paragraph]?.text ?? "";
  return {
    rule: finding.rule,
    words: normaliseWords(finding.excerpt),
    sentence: sentenceAround(text, finding.start, finding.start + finding.length),
  };
}

const keyOf = (words: Pick<IgnoreDecision, "rule" | "words" | "sentence">) =>
  `${words.rule}\u0000${words.words}\u0000${words.sentence}`;

/** "2026-12-07" in the author's local time zone: the day they took the decision. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The reason as it is kept: one line, trimmed; null when there is none or it is too long. */
export function cleanReason(reason: string): string | null {
  const cleaned = normaliseWords(reason);
  return cleaned === "" || cleaned.length > MAX_REASON_LENGTH ? null : cleaned;
}

/** The decision to set `finding` aside; throws when the reason is empty or too long (the pane checks first). */
export function decideToIgnore(
  snapshot: DocumentSnapshot,
  finding: Finding,
  reason: string,
  now: Date,
): IgnoreDecision {
  const cleaned = cleanReason(reason);
  if (cleaned === null) throw new Error(`Give a reason of 1 to ${MAX_REASON_LENGTH} characters.`);
  return { ...wordsOf(snapshot, finding), reason: cleaned, date: localIsoDate(now) };
}

/** The decisions with `decision` added; an earlier decision on the same words is replaced. */
export function withDecision(
  decisions: readonly IgnoreDecision[],
  decision: IgnoreDecision,
): IgnoreDecision[] {
  const key = keyOf(decision);
  return [...decisions.filter((d) => keyOf(d) !== key), decision];
}

/** The decisions without `decision` (the finding is restored). */
export function withoutDecision(
  decisions: readonly IgnoreDecision[],
  decision: IgnoreDecision,
): IgnoreDecision[] {
  const key = keyOf(decision);
  return decisions.filter((d) => keyOf(d) !== key);
}

export interface AppliedDecisions {
  /** The findings still to look at. */
  findings: Finding[];
  /** The findings the author set aside, each with its decision, in document order. */
  ignored: IgnoredFinding[];
  /**
   * Decisions of the rules that ran which no finding matches any more: their words changed (the finding, if it is
   * still there, is back among the findings) or the problem is gone. Kept in the document, in case the words
   * come back; listed so that nobody wonders where a decision went.
   */
  lapsed: IgnoreDecision[];
}

/**
 * Sets aside the findings the author decided to ignore. `rulesRun`: the rules of this check (a drafting check
 * runs fewer than the posting check: a decision on a rule that did not run has not lapsed). One pass each way.
 */
export function applyDecisions(
  snapshot: DocumentSnapshot,
  findings: readonly Finding[],
  decisions: readonly IgnoreDecision[],
  rulesRun?: readonly string[],
): AppliedDecisions {
  const byKey = new Map(decisions.map((decision) => [keyOf(decision), decision]));
  const used = new Set<string>();
  const kept: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const finding of findings) {
    const key = byKey.size === 0 ? "" : keyOf(wordsOf(snapshot, finding));
    const decision = byKey.get(key);
    if (decision) {
      ignored.push({ finding, decision });
      used.add(key);
    } else {
      kept.push(finding);
    }
  }
  const ran = rulesRun ? new Set(rulesRun) : null;
  const lapsed = [...byKey]
    .filter(([key, decision]) => !used.has(key) && (ran === null || ran.has(decision.rule)))
    .map(([, decision]) => decision);
  return { findings: kept, ignored, lapsed };
}
