/**
 * One paragraph's text and spans while the walker reads its runs. A paragraph whose mark was deleted under
 * track changes keeps its builder open: the next paragraph's runs continue it (the two are one paragraph once
 * the changes are accepted).
 */
import type { HighlightSpan, HyperlinkSpan } from "../../core";

let serial = 0;

export class ParagraphText {
  /** Tells builders apart, so that a field that began in an earlier paragraph links only what is in this one. */
  readonly id = ++serial;
  text = "";
  readonly highlights: HighlightSpan[] = [];
  readonly hyperlinks: HyperlinkSpan[] = [];
  readonly bookmarks: string[] = [];

  constructor(bookmarks: readonly string[]) {
    for (const name of bookmarks) this.addBookmark(name);
  }

  append(text: string, highlight: string | null): void {
    if (text === "") return;
    const start = this.text.length;
    this.text += text;
    if (highlight) {
      const last = this.highlights[this.highlights.length - 1];
      if (last && last.color === highlight && last.start + last.length === start) last.length += text.length;
      else this.highlights.push({ start, length: text.length, color: highlight });
    }
  }

  addBookmark(name: string): void {
    if (!this.bookmarks.includes(name)) this.bookmarks.push(name);
  }

  /** A link over the text from `start` to the end so far (nothing when that is empty). */
  link(start: number, address: string): void {
    if (this.text.length > start) this.hyperlinks.push({ start, length: this.text.length - start, address });
  }
}

/** Word's highlight colour name from the OOXML value ("yellow" → "Yellow"); null for none. */
export function highlightName(value: string | undefined): string | null {
  if (!value || value === "none") return null;
  return value.charAt(0).toUpperCase() + value.slice(1);
}
