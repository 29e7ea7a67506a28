/**
 * A lean streaming XML reader on htmlparser2's tokenizer (XML mode, entities decoded). htmlparser2's Parser
 * builds an object of every element's attributes; a Word document carries several on almost every element
 * (revision ids, fonts, sizes) that the reader never looks at. Here an element's attributes stay positions in the
 * source until one is asked for by name, and text is cut out only when the reader wants it.
 */
import { Tokenizer } from "htmlparser2";

/** An element's attributes, read from the source only when asked for. */
export class XmlAttributes {
  count = 0;
  private source = "";
  private readonly names: number[] = [];
  private readonly values: number[] = [];
  /** The decoded value, for the rare value that holds an entity (&amp;, &quot;…); null otherwise. */
  private readonly decoded: (string | null)[] = [];
  /** Whether one of them declares a namespace (xmlns or xmlns:…). */
  declaresNamespace = false;

  reset(source: string): void {
    this.source = source;
    this.count = 0;
    this.declaresNamespace = false;
  }

  add(
    nameStart: number,
    nameEnd: number,
    valueStart: number,
    valueEnd: number,
    decoded: string | null,
  ): void {
    const i = this.count++;
    this.names[2 * i] = nameStart;
    this.names[2 * i + 1] = nameEnd;
    this.values[2 * i] = valueStart;
    this.values[2 * i + 1] = valueEnd;
    this.decoded[i] = decoded;
    if (this.source.startsWith("xmlns", nameStart)) this.declaresNamespace = true;
  }

  name(i: number): string {
    return this.source.slice(this.names[2 * i], this.names[2 * i + 1]);
  }

  value(i: number): string {
    return this.decoded[i] ?? this.source.slice(this.values[2 * i], this.values[2 * i + 1]);
  }

  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) {
      const start = this.names[2 * i]!;
      if (this.names[2 * i + 1]! - start === name.length && this.source.startsWith(name, start))
        return this.value(i);
    }
    return undefined;
  }
}

export interface XmlEvents {
  open(name: string, attributes: XmlAttributes): void;
  /** Called only while `wantsText` is true. */
  text(data: string): void;
  close(name: string): void;
  readonly wantsText: boolean;
}

/** Streams `xml` to `events`; returns the number of elements left open at the end (0 for a complete document). */
export function streamXml(xml: string, events: XmlEvents): number {
  const attributes = new XmlAttributes();
  const open: string[] = [];
  let name = "";
  let nameStart = -1;
  let nameEnd = -1;
  let valueStart = -1;
  let valueEnd = -1;
  let decoded: string | null = null;
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      onopentagname(start, end) {
        name = xml.slice(start, end);
        attributes.reset(xml);
      },
      onattribname(start, end) {
        nameStart = start;
        nameEnd = end;
        valueStart = valueEnd = -1;
        decoded = null;
      },
      onattribdata(start, end) {
        if (decoded !== null) decoded += xml.slice(start, end);
        else if (valueStart < 0) {
          valueStart = start;
          valueEnd = end;
        } else decoded = xml.slice(valueStart, valueEnd) + xml.slice(start, end);
      },
      onattribentity(codepoint) {
        decoded =
          (decoded ?? (valueStart < 0 ? "" : xml.slice(valueStart, valueEnd))) +
          String.fromCodePoint(codepoint);
      },
      onattribend() {
        attributes.add(
          nameStart,
          nameEnd,
          valueStart < 0 ? 0 : valueStart,
          valueStart < 0 ? 0 : valueEnd,
          decoded,
        );
      },
      onopentagend() {
        open.push(name);
        events.open(name, attributes);
      },
      onselfclosingtag() {
        events.open(name, attributes);
        events.close(name);
      },
      onclosetag(start, end) {
        const closing = xml.slice(start, end);
        // Well-formed XML closes the innermost element; anything else closes up to its match, as a parser would.
        const at = open.lastIndexOf(closing);
        if (at < 0) return;
        while (open.length > at) events.close(open.pop()!);
      },
      ontext(start, end) {
        if (events.wantsText) events.text(xml.slice(start, end));
      },
      ontextentity(codepoint) {
        if (events.wantsText) events.text(String.fromCodePoint(codepoint));
      },
      oncdata(start, end, offset) {
        if (events.wantsText) events.text(xml.slice(start, end - offset));
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(xml);
  tokenizer.end();
  return open.length;
}
