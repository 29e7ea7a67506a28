/**
 * Fields in the body: a complex field (`w:fldChar` begin … instruction … separate … result … end, possibly
 * across runs and paragraphs, possibly nested) shows only its result; a simple field (`w:fldSimple`) is its
 * result. A HYPERLINK field's result is a link, as Word shows it: its address is the field's URL, with `\l`'s
 * location after a "#" (or the location alone, "#_Toc123", for a link inside the document).
 */
import type { ParagraphText } from "./paragraphText";

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

interface Field {
  instruction: string;
  showingResult: boolean;
  /** Where the result began: the paragraph's text and the offset in it. */
  resultStart: { paragraph: ParagraphText; offset: number } | null;
}

const at = (paragraph: ParagraphText | null) =>
  paragraph ? { paragraph, offset: paragraph.text.length } : null;

/** The open fields and links while the walker reads (a field may span runs and paragraphs). */
export class FieldsAndLinks {
  private fields: Field[] = [];
  /** How many open fields show their instruction: text is hidden while any does. */
  private hiding = 0;
  private links: { start: number; address: string | undefined; paragraph: ParagraphText | null }[] = [];

  get hidesText(): boolean {
    return this.hiding > 0;
  }

  /** A `w:fldChar` of type begin, separate or end, in the paragraph being read. */
  character(type: string | undefined, paragraph: ParagraphText | null): void {
    if (type === "begin") {
      this.fields.push({ instruction: "", showingResult: false, resultStart: null });
      this.hiding++;
    } else if (type === "separate") {
      const field = this.fields[this.fields.length - 1];
      if (field && !field.showingResult) {
        field.showingResult = true;
        this.hiding--;
        field.resultStart = at(paragraph);
      }
    } else if (type === "end") this.end(paragraph);
  }

  /** A simple field (`w:fldSimple`): its content is its result. */
  simple(instruction: string, paragraph: ParagraphText | null): void {
    this.fields.push({ instruction, showingResult: true, resultStart: at(paragraph) });
  }

  /** `w:instrText`: the instruction of the innermost field, while it shows its instruction. */
  instruction(text: string): void {
    const field = this.fields[this.fields.length - 1];
    if (field && !field.showingResult) field.instruction += text;
  }

  /** The end of the innermost field: a HYPERLINK field links its result (the part of it in this paragraph). */
  end(paragraph: ParagraphText | null): void {
    const field = this.fields.pop();
    if (!field) return;
    if (!field.showingResult) {
      this.hiding--;
      return;
    }
    const address = hyperlinkAddress(field.instruction);
    if (address === null || !paragraph) return;
    const start = field.resultStart?.paragraph === paragraph ? field.resultStart.offset : 0;
    paragraph.link(start, address);
  }

  /** A `w:hyperlink` element: to its relationship's target, or to a place in the document ("#anchor"). */
  startLink(target: string | undefined, anchor: string | undefined, paragraph: ParagraphText | null): void {
    const address = target ? (anchor ? `${target}#${anchor}` : target) : anchor ? `#${anchor}` : undefined;
    // Pushed even outside a paragraph, so that its end tag closes this link and no other.
    this.links.push({ start: paragraph?.text.length ?? 0, address, paragraph });
  }

  endLink(paragraph: ParagraphText | null): void {
    const link = this.links.pop();
    if (!link || !link.address || !link.paragraph || link.paragraph !== paragraph) return;
    link.paragraph.link(link.start, link.address);
  }
}
