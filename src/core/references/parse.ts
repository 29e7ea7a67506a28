/**
 * Every reference in one paragraph, with exact positions: TD, contribution, outgoing liaison, Question, WTSA
 * Action and Resolution, in the forms ITU-T people write them (the table of forms, forms.ts), and the source each
 * document is attributed to ("TD286 (ITU-T SG11)", "TD219 from FG-AINN").
 *
 * Two stages, each linear in the length of the paragraph: the text becomes tokens (tokens.ts), then the grammar
 * (documents.ts, questions.ts, numbered.ts) reads a reference wherever a word of the table may start one.
 */
import { parseDocuments } from "./documents";
import { parseActions, parseResolutions } from "./numbered";
import { parseQuestions } from "./questions";
import { startsReference, TokenStream } from "./stream";
import { groupBeforeSlash } from "./scopes";
import { tokenize, Tokens } from "./tokens";
import type { DocumentSnapshot } from "../document/snapshot";
import type { Reference } from "./types";

/**
 * Marks after which no reference starts: inside a code, an address or a path ("RG-TD1", "a/TD2", "#TD3"). A colon
 * is not one: a label and its value run together ("Source:TD12") when a table is flattened.
 */
const GLUED_MARKS = "-_@./\\#&=+%";

const HAS_DIGIT = /[0-9]/;
const SCRATCH = new Tokens("");

/** All references in a paragraph's text, in order. */
export function findReferences(text: string, paragraph = 0): Reference[] {
  if (!HAS_DIGIT.test(text)) return []; // every reference has a number: most prose is passed over in one scan
  // One Tokens for every paragraph: nothing of it outlives this call (references keep positions and strings).
  const s = new TokenStream(tokenize(text, SCRATCH), paragraph);
  const found: Reference[] = [];
  let consumed = 0; // tokens before this one belong to a reference already read
  for (let i = 0; i < s.count;) {
    if (!startsReference(s, i) || !mayStartAt(s, i, consumed)) {
      i++;
      continue;
    }
    const parsed = parseAt(s, i);
    if (parsed && parsed.end > i) {
      found.push(...parsed.references);
      i = consumed = parsed.end;
    } else {
      i++;
    }
  }
  return found;
}

function parseAt(s: TokenStream, i: number) {
  switch (s.at(i)!.role!.role) {
    case "question":
      return parseQuestions(s, i);
    case "resolution":
      return parseResolutions(s, i);
    case "assembly":
      return parseActions(s, i);
    default:
      return parseDocuments(s, i);
  }
}

/**
 * A reference starts after a space, a break or a bracket, right after another reference (cells run together:
 * "Q2/11Q9/11"), after a word the tokenizer split it from ("TD604/GENTD525", "NetworkSG11-TD513", "ReportQ4/5":
 * two words side by side only come from such a split), or right after a number for a word of two letters or more
 * ("12/12TD869": a Question cell glued to a TD cell) and a Question with its n/sg ("K.20Q4/5"); not inside a code
 * or an address ("RG-TD1", "a/TD2").
 */
function mayStartAt(s: TokenStream, i: number, consumed: number): boolean {
  const previous = s.at(i - 1);
  if (!previous || previous.type === "space" || previous.type === "break") return true;
  if (i === consumed) return true;
  // "TD12/TD13", "TD12&TD13", "Q7/17-Q9/17": one mark between a reference just read and the next.
  if (i - 1 === consumed && previous.type === "mark" && (s.isMark(i - 1, "/+&") || s.isHyphen(i - 1)))
    return true;
  // "Annex C-TD 702": a document named in an annex's label.
  if (s.isHyphen(i - 1) && s.at(i - 2)?.type === "word" && afterAnnex(s, i - 2)) return true;
  // "SG15/Q4", "SG 15/Q4": a Question after its group and a slash.
  if (s.role(i, "question") && groupBeforeSlash(s, i) !== null) return true;
  // "1.Q2/11": a row's number glued to a Question cell.
  if (s.isMark(i - 1, ".") && s.number(i - 2) !== null) return wholeQuestion(s, i);
  if (previous.type === "mark") return !GLUED_MARKS.includes(s.text[previous.start]!);
  if (previous.type === "word") return true;
  // After a number: a word of two letters or more, or a Question with its whole n/sg ("G.8275.1Q13/15").
  const word = s.at(i)!;
  if (word.end - word.start > 1) return true;
  return wholeQuestion(s, i);
}

/** The word at token i is an annex's label: "Annex C", "Annex A1". */
function afterAnnex(s: TokenStream, i: number): boolean {
  const before = s.space(i - 1) === i ? i - 2 : i - 1;
  return s.role(before, "annex") !== null && before < i - 1;
}

/** "Q13/15" at token i: the letter, a number, "/" and a number. */
function wholeQuestion(s: TokenStream, i: number): boolean {
  return (
    s.role(i, "question") !== null &&
    s.number(i + 1) !== null &&
    s.isMark(i + 2, "/") &&
    s.number(i + 3) !== null
  );
}

/** Every reference of a document, paragraph by paragraph: the analysis calls this once per read. */
export function findAllReferences(snapshot: DocumentSnapshot): Reference[] {
  return snapshot.paragraphs.flatMap((paragraph) => findReferences(paragraph.text, paragraph.index));
}
