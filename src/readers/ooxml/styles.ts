/**
 * Paragraph styles from the styles part: display name, Word's language-independent name for built-in styles
 * (what Word's `styleBuiltIn` reports), and outline level, inherited through `basedOn` as Word inherits it.
 */
import { NamespaceScope } from "./namespaces";
import { streamXml } from "./xmlStream";

export interface StyleInfo {
  /** The name as Word shows it ("Heading 1", "TOC 2", or the custom name). */
  name: string;
  /** Word's built-in style name ("Heading1", "Toc2", …), or null for a custom style. */
  builtIn: string | null;
  /** 1–9, or null for body text. */
  outlineLevel: number | null;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  /** The style of a paragraph that names none. */
  defaultId: string | null;
}

/** Built-in styles by the lower-case name styles.xml gives them → Word's BuiltInStyleName and display name. */
const BUILT_IN = new Map<string, { id: string; display: string }>([
  ["normal", { id: "Normal", display: "Normal" }],
  ["title", { id: "Title", display: "Title" }],
  ["subtitle", { id: "Subtitle", display: "Subtitle" }],
  ["list paragraph", { id: "ListParagraph", display: "List Paragraph" }],
  ["toc heading", { id: "TocHeading", display: "TOC Heading" }],
  ["caption", { id: "Caption", display: "Caption" }],
  ["footnote text", { id: "FootnoteText", display: "Footnote Text" }],
  ["header", { id: "Header", display: "Header" }],
  ["footer", { id: "Footer", display: "Footer" }],
  ["quote", { id: "Quote", display: "Quote" }],
  ["intense quote", { id: "IntenseQuote", display: "Intense Quote" }],
  ["no spacing", { id: "NoSpacing", display: "No Spacing" }],
  ["bibliography", { id: "Bibliography", display: "Bibliography" }],
]);
for (let level = 1; level <= 9; level++) {
  BUILT_IN.set(`heading ${level}`, { id: `Heading${level}`, display: `Heading ${level}` });
  BUILT_IN.set(`toc ${level}`, { id: `Toc${level}`, display: `TOC ${level}` });
}

interface RawStyle {
  name: string;
  basedOn: string | null;
  /** As written: 0–8 for levels 1–9, 9 for body text; null when the style does not say. */
  outline: number | null;
}

/** An outline level as the snapshot keeps it: 1–9, null for body text or nonsense. */
export function outlineLevelFrom(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 8 ? value + 1 : null;
}

export function readStyles(xml: string | null): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultId: string | null = null;
  if (!xml) return { byId, defaultId };
  const raw = new Map<string, RawStyle>();
  const scopes: NamespaceScope[] = [NamespaceScope.root()];
  let current: RawStyle | null = null;
  let inParagraphProperties = false;
  streamXml(xml, {
    wantsText: false,
    text() {},
    open(name, attributes) {
      const scope = scopes[scopes.length - 1]!.enter(attributes);
      scopes.push(scope);
      const value = (key: string) => attributes.get(scope.attributeKey(key));
      switch (scope.name(name)) {
        case "w:style": {
          current = null;
          if (value("w:type") !== "paragraph") return;
          const id = value("w:styleId") ?? "";
          current = { name: id, basedOn: null, outline: null };
          raw.set(id, current);
          const isDefault = value("w:default");
          if (isDefault === "1" || isDefault === "true" || isDefault === "on") defaultId = id;
          return;
        }
        case "w:name":
          if (current) current.name = value("w:val") ?? current.name;
          return;
        case "w:basedOn":
          if (current) current.basedOn = value("w:val") ?? null;
          return;
        case "w:pPr":
          inParagraphProperties = true;
          return;
        case "w:outlineLvl":
          if (current && inParagraphProperties) current.outline = Number(value("w:val"));
          return;
      }
    },
    close(name) {
      const scope = scopes.pop()!;
      const canonical = scope.name(name);
      if (canonical === "w:pPr") inParagraphProperties = false;
      else if (canonical === "w:style") current = null;
    },
  });

  const outlineOf = (id: string, seen: Set<string>): number | null => {
    const style = raw.get(id);
    if (!style || seen.has(id)) return null; // a basedOn loop ends the inheritance
    seen.add(id);
    if (style.outline !== null) return style.outline;
    return style.basedOn ? outlineOf(style.basedOn, seen) : null;
  };
  for (const [id, style] of raw) {
    const builtIn = BUILT_IN.get(style.name.toLowerCase()) ?? null;
    byId.set(id, {
      name: builtIn ? builtIn.display : style.name,
      builtIn: builtIn ? builtIn.id : null,
      outlineLevel: outlineLevelFrom(outlineOf(id, new Set())),
    });
  }
  return { byId, defaultId };
}
