/**
 * E-mail addresses found by a hand-written scan instead of a regular expression: each character is looked at a
 * bounded number of times, so a long paragraph without an "@" costs one pass (a regex such as /[\w.]+@/ retried
 * at every start position would cost quadratic time).
 */
import type { TextSpan } from "./span";

export interface EmailMatch extends TextSpan {
  text: string;
}

function isLocalChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 46 || // .
    code === 95 || // _
    code === 37 || // %
    code === 43 || // +
    code === 45 // -
  );
}

function isDomainChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45 ||
    code === 46
  );
}

/** A well-formed address: local part, "@", at least two dot-separated labels, a final label of 2+ letters. */
export function isWellFormedEmail(candidate: string): boolean {
  const found = findEmails(candidate);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.length === candidate.length;
}

export function findEmails(text: string): EmailMatch[] {
  const matches: EmailMatch[] = [];
  let searchFrom = 0;
  let consumedUpTo = 0; // characters before this belong to an earlier address or were already scanned leftwards
  while (true) {
    const at = text.indexOf("@", searchFrom);
    if (at < 0) break;
    let start = at;
    while (start > consumedUpTo && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 46) start++; // no leading dot
    let end = at + 1;
    while (end < text.length && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--; // no trailing "." or "-"
    const domain = text.slice(at + 1, end);
    const lastDot = domain.lastIndexOf(".");
    const topLevel = lastDot >= 0 ? domain.slice(lastDot + 1) : "";
    if (start < at && lastDot > 0 && /^[A-Za-z]{2,}$/.test(topLevel) && !domain.includes("..")) {
      matches.push({ start, length: end - start, text: text.slice(start, end) });
      consumedUpTo = end;
    } else {
      consumedUpTo = at + 1;
    }
    searchFrom = Math.max(end, at + 1);
  }
  return matches;
}
