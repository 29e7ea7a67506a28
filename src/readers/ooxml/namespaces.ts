/**
 * XML namespaces as a streaming reader needs them. OOXML fixes namespaces, not prefixes: a valid file may bind
 * WordprocessingML to `w:`, `ns0:` or the default namespace, and Strict OOXML uses other namespace names. Every
 * element name is turned into a canonical one ("w:p", "m:t", "r:id") by the namespace it is bound to, so that the
 * walker compares canonical names only. Elements of namespaces the reader does not know keep a prefix of their own
 * ("?:local") that matches nothing the walker looks for: they are walked through, never mistaken for ours.
 */
import type { XmlAttributes } from "./xmlStream";

/** Namespace name → canonical prefix (Transitional and Strict forms). */
const KNOWN: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/package/2006/relationships": "pr",
};

const UNKNOWN = "?";

/** The bindings in force at one element: raw prefix ("" for the default namespace) → canonical prefix. */
export class NamespaceScope {
  private readonly names = new Map<string, string>();
  private readonly attributeKeys = new Map<string, string>();
  /** Canonical prefix → a raw prefix bound to it (attributes need a prefix: the default namespace never applies). */
  private readonly rawFor = new Map<string, string>();
  /** Whether `w:` means WordprocessingML here, as in nearly every file: most names are then already canonical. */
  private readonly wordIsW: boolean;

  private constructor(private readonly canonicalFor: Map<string, string>) {
    // Declarations come after the conventional prefixes in the map: the file's own prefix wins.
    for (const [raw, canonical] of canonicalFor) if (raw !== "") this.rawFor.set(canonical, raw);
    this.wordIsW = canonicalFor.get("w") === "w";
  }

  /**
   * The scope of a document's root before it declares anything: `xml:`, and the conventional prefixes, which a
   * part that forgot to declare them means (its own declarations replace these).
   */
  static root(): NamespaceScope {
    return new NamespaceScope(new Map(["xml", "w", "r", "m", "mc"].map((prefix) => [prefix, prefix])));
  }

  /** The scope inside an element, or this one when the element declares no namespace. */
  enter(attributes: XmlAttributes): NamespaceScope {
    if (!attributes.declaresNamespace) return this;
    const bindings = new Map(this.canonicalFor);
    for (let i = 0; i < attributes.count; i++) {
      const key = attributes.name(i);
      if (key === "xmlns" || key.startsWith("xmlns:"))
        bindings.set(key === "xmlns" ? "" : key.slice(6), KNOWN[attributes.value(i)] ?? UNKNOWN);
    }
    return new NamespaceScope(bindings);
  }

  /** "ns0:p" → "w:p" when ns0 is WordprocessingML; unknown namespaces give "?:p". */
  name(raw: string): string {
    // "w:…" in a scope where w is WordprocessingML: no look-up (a Map would hash every fresh name).
    if (this.wordIsW && raw.charCodeAt(1) === 58 && raw.charCodeAt(0) === 119) return raw;
    let canonical = this.names.get(raw);
    if (canonical === undefined) {
      const colon = raw.indexOf(":");
      const prefix = colon < 0 ? "" : raw.slice(0, colon);
      canonical = `${this.canonicalFor.get(prefix) ?? UNKNOWN}:${raw.slice(colon + 1)}`;
      this.names.set(raw, canonical);
    }
    return canonical;
  }

  /** The key under which the attribute with canonical name `canonical` ("w:val") is written in this scope. */
  attributeKey(canonical: string): string {
    let key = this.attributeKeys.get(canonical);
    if (key === undefined) {
      const colon = canonical.indexOf(":");
      const raw = this.rawFor.get(canonical.slice(0, colon));
      key = raw === undefined ? canonical : `${raw}:${canonical.slice(colon + 1)}`;
      this.attributeKeys.set(canonical, key);
    }
    return key;
  }
}
