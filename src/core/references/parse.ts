/**
 * Every reference in one paragraph, with exact positions: TD, contribution, outgoing liaison, Question, WTSA
 * Action and Resolution, in the forms ITU-T people write them (the table of forms, forms.ts), and the source each
 * document is attributed to ("TD286 (ITU-T SG11)", "TD219 from FG-AINN").
 *
 * Two stages, each linear in the length of the paragraph: the text becomes tokens (tokens.ts), then the grammar
 * (grammar.ts) reads a reference wherever a word of the table may start one.
 */
import {
  parseActions,
  parseDocuments,
  parseQuestions,
  parseResolutions,
  startsReference,
  TokenStream,
} from "./grammar";
import { tokenize } from "./tokens";
import type { DocumentSnapshot } from "../document/snapshot";
import type { Reference } from "./types";

/** Marks after which no reference starts: inside a code, an address or a path ("RG-TD1", "a/TD2", "#TD3"). */
const GLUED_MARKS = "-_@./\\:#&=+%";

/** All references in a paragraph's text, in order. */
export function findReferences(text: string, paragraph = 0): Reference[] {
  const s = new TokenStream(tokenize(text), paragraph);
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
 * "Q2/11Q9/11"), or after a series mark glued to it ("TD604/GENTD525"); not inside a word, code or address.
 */
function mayStartAt(s: TokenStream, i: number, consumed: number): boolean {
  const previous = s.at(i - 1);
  if (!previous || previous.type === "space" || previous.type === "break") return true;
  if (i === consumed) return true;
  if (previous.type === "mark") return !GLUED_MARKS.includes(s.text[previous.start]!);
  return previous.type === "word" && previous.role?.role === "series";
}

/** Every reference of a document, paragraph by paragraph: the analysis calls this once per read. */
export function findAllReferences(snapshot: DocumentSnapshot): Reference[] {
  return snapshot.paragraphs.flatMap((paragraph) => findReferences(paragraph.text, paragraph.index));
}
