/**
 * Telling a source ("ITU-T SG11", "Chair, ITU-T SG2", "ISO/IEC JTC4", "Korea (Rep. of)", "Rapporteur") from a
 * topic ("IoT security", "Trust", "all in TD270") in the parenthesis after a reference, and comparing sources.
 */

/** Words and codes that only sources contain. Matched as whole words, case-sensitively where codes are. */
const SOURCE_WORDS = new Set([
  "ITU-T",
  "ITU-R",
  "ITU-D",
  "ITU",
  "TSB",
  "BDT",
  "BR",
  "TSAG",
  "ISO",
  "IEC",
  "ISO/IEC",
  "IETF",
  "3GPP",
  "ETSI",
  "IEEE",
  "W3C",
  "ISCG",
  "Chair",
  "Chairs",
  "Vice-chair",
  "Vice-Chair",
  "Rapporteur",
  "Rapporteurs",
  "Director",
  "Directors",
  "Secretariat",
  "Counsellor",
  "Federation",
  "Republic",
  "Kingdom",
  "States",
  "Emirates",
  "Rep.",
]);

/** Group codes: SG11, SG 11, WP2, JTC4, FG-AINN, RG-WPR, CWG-SFP, JCA-IMT2020, APT, CEPT, CITEL, ATU, RCC, ASMG. */
function isGroupCode(word: string): boolean {
  if (/^(?:SG|WP|JTC|Q)\s?\d{1,3}$/.test(word)) return true;
  if (/^(?:FG|RG|CWG|JCA|JCG|JRG|CG|SC)-[A-Z0-9]{2,12}$/.test(word)) return true;
  return ["APT", "CEPT", "CITEL", "ATU", "RCC", "ASMG", "AFR"].includes(word);
}

function words(text: string): string[] {
  return text
    .split(/[\s,;:()]+/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}

/** Whether the text in a parenthesis (or after "from") names who wrote a document. */
export function looksLikeSource(text: string): boolean {
  const list = words(text);
  if (list.length === 0 || list.length > 12) return false;
  return list.some((word) => SOURCE_WORDS.has(word) || isGroupCode(word));
}

/** Study group numbers named in a source: "ITU-T SG11" → {11}; "SGs 2 and 20" is not a single source. */
function studyGroups(text: string): Set<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(/\bSG\s?(\d{1,2})\b/g)) found.add(Number(match[1]));
  return found;
}

/** A source without titles, sector prefixes, case, spaces and punctuation: "Chair, ITU-T SG2" → "sg2". */
function normalizedSource(text: string): string {
  return text
    .replace(/\bRep\.\s*of\b/gi, "Republic of")
    .replace(/\b(?:ITU-T|ITU)\b/g, " ")
    .replace(/\b(?:Chairs?|Vice-[Cc]hairs?|Director)\b/g, " ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ""); // "ISO/IEC JTC4" and "ISO/IEC JTC 4" are the same source
}

/**
 * Whether a source written in the text agrees with the registry's: the same study group when both name one
 * ("SG11", "ITU-T SG11" and "Chair, ITU-T SG11" all agree with "ITU-T SG11"), else one contains the other once
 * titles, punctuation and case are set aside ("Rapporteur" agrees with "Rapporteur, RG-WPR").
 */
export function sameSource(written: string, registered: string): boolean {
  const writtenGroups = studyGroups(written);
  const registeredGroups = studyGroups(registered);
  if (writtenGroups.size > 0 || registeredGroups.size > 0) {
    return [...writtenGroups].some((group) => registeredGroups.has(group));
  }
  const a = normalizedSource(written);
  const b = normalizedSource(registered);
  if (a.length === 0 || b.length === 0) return true;
  return a.includes(b) || b.includes(a);
}
