/**
 * Numbered texts of the assembly: WTSA Actions ("WTSA-24 Action 9") and Resolutions ("Resolutions 7, 11 and 18").
 *
 *   numbered   := ["WTSA" ["-" yy] " " ["Action plan "]] ("Action(s)" | "Resolution(s)") number (separator number)*
 */
import { readParenthesis } from "./attribution";
import { endsCleanly, readSeparator, reference, type Parsed, type TokenStream } from "./stream";
import type { Reference } from "./types";

/** "WTSA-24 Action 9", "WTSA Action plan Action 3", "WTSA-24 Actions 3, 5 and 6"; null if none. */
export function parseActions(s: TokenStream, i: number): Parsed | null {
  let k = i + 1;
  let edition = "";
  if (s.isMark(k, "-")) {
    const year = s.number(k + 1, 2);
    if (!year || year.digits !== 2) return null;
    edition = `-${s.textOf(k + 1)}`;
    k += 2;
  }
  k = s.space(k);
  // "WTSA Action plan Action 3": the plan is named before the action.
  if (s.isWord(k, "Action") && s.space(k + 1) > k + 1 && s.isWord(s.space(k + 1), "plan")) {
    k = s.space(s.space(k + 1) + 1);
  }
  if (!s.role(k, "action")) return null;
  return readNumberList(
    s,
    i,
    s.role(k, "action")!.plural,
    k + 1,
    (n) => `WTSA${edition} Action ${n}`,
    "WTSA-Action",
  );
}

/** "Resolution 2", "Res. 1", "Resolutions 7, 11 and 18", "Resolution 81 (Dubai, 2012)"; null if none. */
export function parseResolutions(s: TokenStream, i: number): Parsed | null {
  const word = s.role(i, "resolution")!;
  const k = s.isWord(i, "Res") && s.isMark(i + 1, ".") ? i + 2 : i + 1;
  return readNumberList(s, i, word.plural, k, (n) => `Resolution ${n}`, "Resolution");
}

function readNumberList(
  s: TokenStream,
  start: number,
  plural: boolean,
  afterWord: number,
  id: (n: number) => string,
  kind: "WTSA-Action" | "Resolution",
): Parsed | null {
  let k = s.space(afterWord);
  if (k === afterWord) return null;
  const references: Reference[] = [];
  let itemStart = start;
  let end = k;
  for (;;) {
    const number = s.number(k, 4);
    // "Resolution 1/2" or "1.2" is something else; a full stop after the number ends the sentence.
    if (
      !number ||
      s.isMark(k + 1, "/") ||
      (s.isMark(k + 1, ".") && s.number(k + 2)) ||
      !endsCleanly(s, k + 1)
    )
      break;
    references.push(reference(s, kind, id(number.value), itemStart, k + 1));
    end = k + 1;
    // "Resolution 81 (Dubai, 2012)": the place and year of the assembly belong to it.
    const parenthesis = readParenthesis(s.text, s.position(s.space(end)));
    if (parenthesis && parenthesis.content.length < 40 && /\d{4}$/.test(parenthesis.content.trimEnd()))
      end = s.tokenAt(parenthesis.close + 1);
    const separator = readSeparator(s, end);
    if (!plural || !separator || !s.number(separator.next)) break;
    itemStart = separator.next;
    k = separator.next;
  }
  return references.length > 0 ? { references, end } : null;
}
