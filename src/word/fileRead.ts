/**
 * Reading the document through the file Word saves (documentFile.ts) and the same reader as `tsag-check`
 * (src/readers), then finding each of the file's paragraphs among Word's live paragraphs.
 *
 * The two differ where changes are tracked: the file's paragraphs are read with every change accepted (a deleted
 * paragraph is gone, a deleted paragraph mark joins two paragraphs), while Word's live paragraphs still hold the
 * deleted text and marks. Each file paragraph is matched to the live paragraph whose text, with the changes
 * accepted, is its text: first the paragraphs whose text is the same in both (in order, within a window), then,
 * between two such anchors, each file paragraph to the next live one that holds its characters in order, alone
 * or joined with the ones after it (deleted text and deleted paragraph marks only take characters away). A file paragraph with no live counterpart keeps the nearest live paragraph
 * before it, for navigation; its fixes are dropped.
 */
import {
  createSnapshot,
  type DocumentSnapshot,
  type EditPlan,
  type Finding,
  type ParagraphInput,
  type ParagraphSnapshot,
  type TrackChangesMode,
} from "../core/document";

/** How far ahead (in live paragraphs) a same-text paragraph is looked for before it is taken for a coincidence. */
const ANCHOR_WINDOW = 200;
/** At most this many live paragraphs are taken for one file paragraph joined by deleted paragraph marks. */
const MAX_JOINED = 20;

/** For each file paragraph, the index of its live paragraph (null: none found). Linear in both lengths. */
export function alignToWord(fileTexts: readonly string[], liveTexts: readonly string[]): (number | null)[] {
  const positions = new Map<string, number[]>();
  liveTexts.forEach((text, index) => {
    const list = positions.get(text);
    if (list) list.push(index);
    else positions.set(text, [index]);
  });
  const used = new Map<string, number>(); // how far each text's list has been consumed
  const liveOf: (number | null)[] = fileTexts.map(() => null);
  let cursor = 0;
  let gapStart = 0; // the first file paragraph since the last anchor
  const fillGap = (fileEnd: number, liveEnd: number) => {
    let live = cursor;
    for (let f = gapStart; f < fileEnd; f++) {
      for (let l = live; l < liveEnd; l++) {
        if (holdsInOrder(liveTexts, l, Math.min(liveEnd, l + MAX_JOINED), fileTexts[f]!)) {
          liveOf[f] = l;
          live = l + 1;
          break;
        }
      }
    }
  };
  fileTexts.forEach((text, f) => {
    const list = positions.get(text) ?? [];
    let k = used.get(text) ?? 0;
    while (k < list.length && list[k]! < cursor) k++;
    used.set(text, k);
    const at = list[k];
    if (at === undefined || at - cursor > ANCHOR_WINDOW) return;
    fillGap(f, at);
    liveOf[f] = at;
    used.set(text, k + 1);
    cursor = at + 1;
    gapStart = f + 1;
  });
  fillGap(fileTexts.length, liveTexts.length);
  return liveOf;
}

/**
 * Whether the live paragraph `from` — joined with the ones after it, up to `end`, as a deleted paragraph mark
 * joins them — holds the characters of `part` in order, starting in `from` itself (tracked deletions only take
 * characters away).
 */
function holdsInOrder(liveTexts: readonly string[], from: number, end: number, part: string): boolean {
  if (part.length > 0 && !liveTexts[from]!.includes(part[0]!)) return false;
  let at = 0;
  for (let l = from; l < end && at < part.length; l++) {
    const whole = liveTexts[l]!;
    for (let i = 0; i < whole.length && at < part.length; i++) if (whole[i] === part[at]) at++;
  }
  return at === part.length;
}

export interface MappedFileCheck {
  /** The pane's snapshot: Word's live paragraphs, each holding its file paragraph's content where it has one. */
  snapshot: DocumentSnapshot;
  /** The findings made on the file, placed at Word's paragraphs. */
  findings: Finding[];
  /** File paragraphs with no live counterpart (their findings point at the paragraph before). */
  unplaced: number;
}

/** What the file path reads of Word's live paragraphs: their texts, and the document's state. */
export interface LiveTexts {
  texts: readonly string[];
  readOnly: boolean;
  trackChanges: TrackChangesMode;
}

/**
 * Places findings made on the file's snapshot at Word's live paragraphs. The pane's snapshot has Word's
 * paragraphs, each with its file paragraph's content; one with none (deleted under tracking) reads as empty.
 */
export function mapFileCheck(
  file: DocumentSnapshot,
  findings: readonly Finding[],
  live: LiveTexts,
): MappedFileCheck {
  const liveOf = alignToWord(
    file.paragraphs.map((p) => p.text),
    live.texts,
  );
  const fileAt = new Map<number, ParagraphSnapshot>();
  liveOf.forEach((index, f) => {
    if (index !== null) fileAt.set(index, file.paragraphs[f]!);
  });
  const inputs: ParagraphInput[] = live.texts.map((_, index) => {
    const content = fileAt.get(index);
    if (!content) return { text: "" };
    return {
      text: content.text,
      style: content.style,
      styleBuiltIn: content.styleBuiltIn,
      outlineLevel: content.outlineLevel,
      list: content.list,
      table: content.table,
      highlights: content.highlights,
      bookmarks: content.bookmarks,
      hyperlinks: content.hyperlinks,
    };
  });
  const nearest = (f: number): number => {
    for (let i = f; i >= 0; i--) if (liveOf[i] !== null && liveOf[i] !== undefined) return liveOf[i]!;
    return 0;
  };
  const placed = findings.map((finding): Finding => {
    const index = liveOf[finding.paragraph] ?? null;
    const { fix, ...rest } = finding;
    const movedFix = index !== null && fix ? remapPlan(fix, liveOf) : null;
    return {
      ...rest,
      paragraph: index ?? nearest(finding.paragraph),
      ...(movedFix ? { fix: movedFix } : {}),
    };
  });
  return {
    snapshot: createSnapshot(inputs, {
      readOnly: live.readOnly,
      trackChanges: live.trackChanges,
      source: "file",
    }),
    findings: placed,
    unplaced: liveOf.filter((index) => index === null).length,
  };
}

/** A fix's operations moved to Word's paragraphs; null when one of its paragraphs has no live counterpart. */
function remapPlan(plan: EditPlan, liveOf: readonly (number | null)[]): EditPlan | null {
  const operations = [];
  for (const operation of plan.operations) {
    const index = liveOf[operation.paragraph];
    if (index === null || index === undefined) return null;
    operations.push({ ...operation, paragraph: index });
  }
  return { ...plan, operations };
}
