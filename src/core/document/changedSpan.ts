/**
 * The one stretch where two versions of a text differ, after their common start and common end: replacing only
 * that stretch keeps the formatting (highlights, links) of everything around it.
 */
export interface ChangedSpan {
  /** Where the change starts in `before`. */
  start: number;
  /** How many characters of `before` it replaces. */
  length: number;
  /** What it puts in their place. */
  text: string;
}

export function changedSpan(before: string, after: string): ChangedSpan {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return { start, length: before.length - start - end, text: after.slice(start, after.length - end) };
}
