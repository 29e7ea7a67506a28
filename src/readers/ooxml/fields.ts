/**
 * Fields in the body: a complex field (`w:fldChar` begin … instruction … separate … result … end, possibly
 * across runs and paragraphs, possibly nested) shows only its result; a simple field (`w:fldSimple`) is its
 * result. A HYPERLINK field's result is a link, as Word shows it: its address is the field's URL, with `\l`'s
 * location after a "#" (or the location alone, "#_Toc123", for a link inside the document).
 */

/** The address a HYPERLINK field instruction points to, or null when the instruction is another field. */
export function hyperlinkAddress(instruction: string): string | null {
  const tokens: string[] = [];
  for (const match of instruction.matchAll(/"([^"]*)"|(\S+)/g)) tokens.push(match[1] ?? match[2]!);
  if (tokens[0]?.toUpperCase() !== "HYPERLINK") return null;
  let url: string | null = null;
  let location: string | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const sw = token.toLowerCase();
    if (sw === "\\l") location = tokens[++i] ?? null;
    else if (sw === "\\o" || sw === "\\t")
      i++; // screen tip, target frame: not part of the address
    else if (sw.startsWith("\\"))
      continue; // \m, \n: no argument
    else url ??= token.replace(/\\\\/g, "\\");
  }
  if (url && location) return `${url}#${location}`;
  return url ?? (location ? `#${location}` : null);
}
