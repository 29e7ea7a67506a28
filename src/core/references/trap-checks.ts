/**
 * The checks behind the documents' traps that need one (traps.ts names each and gives its examples): a group of
 * another ITU sector, a part of a document named before a code, hex bytes.
 */
import type { Reference } from "./types";
import type { TokenStream } from "./stream";

/** The "other-sector" trap: "ITU-D " or "ITU-R " (or "ITU-D-") right before the group at token k. */
export function ofOtherSector(s: TokenStream, k: number): boolean {
  const letter = s.isHyphen(k - 1) || s.at(k - 1)?.type === "space" ? k - 2 : k - 1;
  return (
    (s.isWord(letter, "D") || s.isWord(letter, "R")) && s.isHyphen(letter - 1) && s.isWord(letter - 2, "ITU")
  );
}

/** "Annex C1", "Table C3": the word before a letter-and-number code names a part of a document. */
export function afterPartName(s: TokenStream, i: number): boolean {
  const before = s.at(i - 1)?.type === "space" ? i - 2 : i - 1;
  return s.role(before, "part") !== null || s.role(before, "annex") !== null;
}

const isHex = (char: string | undefined) =>
  char !== undefined && ((char >= "0" && char <= "9") || (char >= "A" && char <= "F"));

/** Two hex characters between `from` and `to`, alone between spaces, and not themselves "C" and a digit. */
function hexByte(text: string, from: number, to: number): boolean {
  const alone = (at: number) => at < 0 || at >= text.length || /\s/.test(text[at]!);
  return (
    to - from === 2 &&
    isHex(text[from]) &&
    isHex(text[from + 1]) &&
    !(text[from] === "C" && text[from + 1]! <= "9") &&
    alone(from - 1) &&
    alone(to)
  );
}

/** The hex-bytes trap: "1D C7 0A" — a two-character reference with a hex byte on either side. */
export function amongHexBytes(s: TokenStream, reference: Reference): boolean {
  const { start, length } = reference;
  if (length !== 2 || !isHex(s.text[start]) || !isHex(s.text[start + 1])) return false;
  return hexByte(s.text, start - 3, start - 1) || hexByte(s.text, start + 3, start + 5);
}
