/**
 * Word-level differences between two versions of a paragraph, for the preview ("changed words").
 * Longest common subsequence over words, bounded: beyond MAX_CELLS the whole text counts as replaced, so a
 * pathological paragraph cannot stall the pane.
 */
export interface WordChange {
  kind: "same" | "removed" | "added";
  text: string;
}

const MAX_CELLS = 250_000;

function words(text: string): string[] {
  return text.split(/(\s+)/).filter((part) => part !== "");
}

export function diffWords(before: string, after: string): WordChange[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: WordChange[] = start > 0 ? [{ kind: "same", text: a.slice(0, start).join("") }] : [];
  const tail: WordChange[] = endA < a.length ? [{ kind: "same", text: a.slice(endA).join("") }] : [];
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  let middle: WordChange[];
  if (midA.length * midB.length > MAX_CELLS) {
    middle = [
      ...(midA.length ? [{ kind: "removed" as const, text: midA.join("") }] : []),
      ...(midB.length ? [{ kind: "added" as const, text: midB.join("") }] : []),
    ];
  } else {
    middle = lcsDiff(midA, midB);
  }
  return merge([...head, ...middle, ...tail]);
}

function lcsDiff(a: string[], b: string[]): WordChange[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const changes: WordChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      changes.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) {
      changes.push({ kind: "removed", text: a[i++]! });
    } else {
      changes.push({ kind: "added", text: b[j++]! });
    }
  }
  for (; i < a.length; i++) changes.push({ kind: "removed", text: a[i]! });
  for (; j < b.length; j++) changes.push({ kind: "added", text: b[j]! });
  return changes;
}

function merge(changes: WordChange[]): WordChange[] {
  const merged: WordChange[] = [];
  for (const change of changes) {
    const last = merged[merged.length - 1];
    if (last && last.kind === change.kind) last.text += change.text;
    else merged.push({ ...change });
  }
  return merged;
}
