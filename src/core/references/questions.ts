/**
 * Questions: "Q7/17", "Qs 2/11, Q9/11 and Q11/11", "Questions 1, 2 and 3/17", "Q12-14/16".
 *
 *   questions  := [scope " "] ("Q" | "Question" | "Questions" | "Qs") question (separator ["Question(s)"] question)*
 *                 [" of " scope]
 *   question   := ["Q" ["." | " "]] number ["-" number] ["/" group]
 *
 * The group of a Question written without one is the next Question's ("Q16 and 17/16"), else the scope's
 * (scopes.ts); a Question whose group is nowhere written is not read (a person could not tell it either).
 */
import { parenthesisSaysNew, precededByWord } from "./attribution";
import { readGroupAfterSlash, scopeAfter, scopeBefore } from "./scopes";
import { ofOtherSector } from "./trap-checks";
import { endsCleanly, MAX_RANGE, readSeparator, reference, type Parsed, type TokenStream } from "./stream";
import type { Reference } from "./types";

interface QuestionItem {
  start: number;
  from: number;
  to: number;
  group: number | null;
  end: number;
  /** Where the Question ends in the text: before the next cell's digits glued to its group ("Q2/12|1"). */
  endsAt: number;
  isNew: boolean;
}

/** "Q7/17", "Q.13/16", "Q 3/16", "7/17", "12-14/16", "1" (a group to come: "Questions 1, 2 and 3/17"). */
function readQuestion(s: TokenStream, i: number, bare: boolean): QuestionItem | null {
  let k = i;
  let dotted = false;
  const letter = s.role(k, "question");
  if (letter?.letter) {
    k++;
    if (s.isMark(k, ".")) {
      dotted = true;
      k++;
    } else k = s.space(k);
  } else if (!bare) return null;
  const from = s.number(k);
  if (!from) return null;
  k++;
  let to = from.value;
  // "Q12-14/16", "Q13-Q14/16", "Q.12-Q.14/16": a range of Questions of one study group.
  let rangeEnd = k + 1;
  if (s.isWord(rangeEnd, "Q")) rangeEnd += s.isMark(rangeEnd + 1, ".") ? 2 : 1;
  if (s.isHyphen(k) && s.number(rangeEnd) && s.isMark(rangeEnd + 1, "/")) {
    to = s.number(rangeEnd)!.value;
    if (to <= from.value || to - from.value >= MAX_RANGE) return null;
    k = rangeEnd + 1;
  }
  let group: number | null = null;
  let endsAt = s.endOf(k);
  if (s.isMark(k, "/")) {
    const written = readGroupAfterSlash(s, k);
    if (!written) return null;
    // "1/2/3" is a date or a path; "Q2/111/11" is Q2/11 with the next cell's working party "1/11" glued on.
    const workingParty = written.endsAt !== null && s.number(written.next + 1)?.value === written.group;
    if (s.isMark(written.next, "/") && !workingParty) return null;
    group = written.group;
    k = written.next;
    endsAt = written.endsAt ?? s.endOf(k);
    if (written.endsAt !== null)
      return { start: i, from: from.value, to, group, end: k, endsAt, isNew: false };
  }
  // "Q.850", "Q.1912.5" are Recommendations: the dotted form is a Question only with its study group.
  if (dotted && group === null) return null;
  if (!endsCleanly(s, k)) return null;
  return { start: i, from: from.value, to, group, end: k, endsAt, isNew: false };
}

/** " of 2024" at token k: "Q1 of 2024" is a quarter of a year, whatever group is named before it. */
function ofANumber(s: TokenStream, k: number): boolean {
  const of = s.space(k);
  return of > k && s.isWord(of, "of") && s.space(of + 1) > of + 1 && s.number(s.space(of + 1)) !== null;
}

/**
 * "Questions 1/13 to 5/13", "Q1 to Q5/13" (not "Q5/13 to Q7/13": a sender and a recipient): a range written with "to" widens the item to the last Question, of
 * the same study group.
 */
function readRangeTo(s: TokenStream, item: QuestionItem): void {
  const to = s.space(item.end);
  if (to === item.end || !s.isWord(to, "to") || s.space(to + 1) === to + 1) return;
  // "from Q5/13 to Q7/13" names a sender and a recipient: a range's end is a bare number unless its start
  // awaits the group ("Q1 to Q5/13").
  const lastAt = s.space(to + 1);
  if (item.group !== null && s.role(lastAt, "question") !== null) return;
  const last = readQuestion(s, lastAt, true);
  if (!last || last.group === null || (item.group !== null && item.group !== last.group)) return;
  if (item.from !== item.to || last.from !== last.to) return;
  if (last.to <= item.to || last.to - item.from >= MAX_RANGE) return;
  item.to = last.to;
  item.group = last.group;
  item.end = last.end;
  item.endsAt = last.endsAt;
}

/**
 * "Questions 4/15–6/15", "Q7/17-Q9/17": after a Question with its group, a dash before another whole Question
 * joins the two like a comma (whether the writer meant the two or the range between cannot be told).
 */
function dashBeforeWholeQuestion(s: TokenStream, k: number, item: QuestionItem): { next: number } | null {
  if (item.group === null || !s.isHyphen(k)) return null;
  const next = readQuestion(s, k + 1, true);
  return next !== null && next.group !== null ? { next: k + 1 } : null;
}

/**
 * "Questions D, F, G, 2, 3 and 5/16": a lettered Question (2001-2004's new Questions, a draft for the next study
 * period) carries the list on to the numbered ones. It is not cited itself: no list of Questions holds it. Returns
 * the token after its separator, or null when token k is not one.
 */
function skipLetteredQuestion(s: TokenStream, k: number): number | null {
  const letter = s.textOf(k);
  if (s.at(k)?.type !== "word" || letter.length !== 1 || letter < "A" || letter > "Z") return null;
  return readSeparator(s, k + 1)?.next ?? null;
}

/** A list of Questions from token i ("Qs 2/11, Q9/11 and Q11/11", "Questions 1, 2 and 3/17"); null if none. */
export function parseQuestions(s: TokenStream, i: number): Parsed | null {
  if (ofOtherSector(s, i)) return null; // "ITU-D Q.22/1"
  const word = s.role(i, "question")!;
  let plural = word.plural;
  let k = i;
  let bare = false;
  if (!word.letter) {
    // "Questions 1, 2 and 3/17", "Qs. 1 and 2/13", "Question(s): 6/17" (a document's header): the word, then a
    // space or the header's tab, then the numbers.
    let after = s.isWord(i, "Qs") && s.isMark(i + 1, ".") ? i + 2 : i + 1;
    if (s.isMark(after, "(") && s.isWord(after + 1, "s") && s.isMark(after + 2, ")")) after += 3;
    if (s.isMark(after, ":")) after++;
    k = s.space(after);
    if (k === after && s.at(after)?.type === "break" && s.textOf(after) === "\t") k++;
    // "Qs5/13": the word glued to a Question written whole.
    const glued = k === after && s.number(after) !== null && s.isMark(after + 1, "/") && s.number(after + 2);
    if (k === after && !glued) return null;
    bare = true;
  }
  let isNew = precededByWord(s.text, s.position(i), "new");
  const items: QuestionItem[] = [];
  let end = i;
  for (;;) {
    const afterLetter = bare ? skipLetteredQuestion(s, k) : null;
    if (afterLetter !== null) {
      k = afterLetter;
      continue;
    }
    const item = readQuestion(s, k, bare);
    if (!item) break;
    const previous = items[items.length - 1];
    // After a single Question, a bare "5/16" continues the list only in the same study group ("Q 3/16 and 5/16").
    const prefixed = s.role(k, "question") !== null;
    // After a single Question, a bare number continues the list with its own group ("Q 3/16 and 5/16",
    // "Q1/13, 5/12"), or takes the next one's after a Question without a group ("Q16 and 17/16").
    // "Q2, 3, 6 and 13/17": while the Questions before it still wait for their group, a bare number joins them.
    if (previous && !prefixed && !plural && item.group === null && previous.group !== null) break;
    item.isNew = isNew || parenthesisSaysNew(s.text, s.endOf(item.end));
    if (items.length === 0 && !prefixed) item.start = i; // "Qs 7/17" spans its word
    readRangeTo(s, item);
    items.push(item);
    end = item.end;

    const separator = readSeparator(s, end) ?? dashBeforeWholeQuestion(s, end, item);
    if (!separator) break;
    let next = separator.next;
    const status = s.role(next, "status");
    if (status) {
      isNew = status.isNew;
      next = s.space(next + 1);
    }
    const again = s.role(next, "question");
    if (again && !again.letter) {
      plural ||= again.plural;
      next = s.space(next + 1);
    }
    k = next;
    bare = true;
  }
  if (items.length === 0) return null;
  // "Questions 1, 2 and 3/17", "Q7 and Q10/17": a number without its group takes the next one's; the last ones
  // take the scope's: "Questions 1 and 2 of SG15", "SG15 Q9".
  let group: number | null = null;
  if (items[items.length - 1]!.group === null) {
    const after = scopeAfter(s, end);
    if (after) end = after.next;
    group = after?.group ?? (ofANumber(s, end) ? null : scopeBefore(s, i));
  }
  const references: Reference[] = [];
  for (let n = items.length - 1; n >= 0; n--) {
    const item = items[n]!;
    group = item.group ?? group;
    if (group === null) continue;
    for (let q = item.to; q >= item.from; q--) {
      references.push(
        reference(s, "Q", `Q${q}/${group}`, item.start, item.end, {
          introducedAsNew: item.isNew,
          length: item.endsAt - s.position(item.start),
        }),
      );
    }
  }
  return { references: references.reverse(), end };
}
