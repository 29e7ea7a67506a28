/**
 * The decisions as they travel inside the .docx: a Custom XML Data Storage part (ECMA-376 Part 1, §15.2.4; its
 * properties part, §15.2.5 and §22.5 "Custom XML Data Properties"), which Word keeps under customXml/ in the
 * package and returns to add-ins through WordApi 1.4's `document.customXmlParts`
 * (https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection). The part is found by the
 * namespace of its root element (`getByNamespace`), so the namespace below is this format's name: change it only
 * with the format. docs/ignoring-findings.md describes the format for other tools.
 *
 *   <ignoredFindings xmlns="urn:tsag-report-assistant:ignored-findings:1">
 *     <decision rule="ref-unknown" date="2026-12-07">
 *       <words>TD999</words>
 *       <sentence>RG-WPR noted TD999.</sentence>
 *       <reason>Sent by SG17 after the deadline; the registry lists it next week.</reason>
 *     </decision>
 *   </ignoredFindings>
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MAX_REASON_LENGTH, normaliseWords, type IgnoreDecision } from "./decision";

export const IGNORED_FINDINGS_NAMESPACE = "urn:tsag-report-assistant:ignored-findings:1";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** XML's five predefined entities (XML 1.0 §4.6), which every reader decodes. */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The part's XML, UTF-8, one decision per element. */
export function ignoredFindingsXml(decisions: readonly IgnoreDecision[]): string {
  const items = decisions.map(
    (d) =>
      `  <decision rule="${escapeXml(d.rule)}" date="${escapeXml(d.date)}">\n` +
      `    <words>${escapeXml(d.words)}</words>\n` +
      `    <sentence>${escapeXml(d.sentence)}</sentence>\n` +
      `    <reason>${escapeXml(d.reason)}</reason>\n` +
      `  </decision>\n`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<ignoredFindings xmlns="${IGNORED_FINDINGS_NAMESPACE}">\n${items.join("")}</ignoredFindings>\n`
  );
}

export interface ReadDecisions {
  decisions: IgnoreDecision[];
  /** One sentence per decision or part that could not be read (the others are kept). */
  skipped: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === "decision" || name.endsWith(":decision"),
});

type Node = Record<string, unknown>;

const text = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "object" && value !== null && "#text" in value
      ? String((value as Node)["#text"])
      : "";

/**
 * The root element of this format and the prefix its elements carry ("" or "t:"): an element named
 * ignoredFindings whose prefix (or the default namespace) is bound to this format's namespace. Null otherwise.
 */
function rootOf(document: Node): { root: Node; prefix: string } | null {
  for (const [name, value] of Object.entries(document)) {
    const local = name.slice(name.indexOf(":") + 1);
    if (local !== "ignoredFindings" || typeof value !== "object" || value === null) continue;
    const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : "";
    const declaration = (value as Node)[prefix ? `@xmlns:${prefix}` : "@xmlns"];
    if (declaration === IGNORED_FINDINGS_NAMESPACE)
      return { root: value as Node, prefix: prefix ? `${prefix}:` : "" };
  }
  return null;
}

/**
 * Reads the decisions of one part. A part of another format gives none; a decision without its rule or words, or
 * with a reason too long, is skipped with one sentence. Unknown elements and attributes are left alone.
 */
export function parseIgnoredFindings(xml: string): ReadDecisions {
  const source = xml.replace(/^\uFEFF/, "");
  if (XMLValidator.validate(source) !== true) {
    return {
      decisions: [],
      skipped: ["The part of ignored findings is not well-formed XML: it was not read."],
    };
  }
  const document = parser.parse(source) as Node;
  const found = rootOf(document);
  if (!found) return { decisions: [], skipped: [] };
  const { root, prefix } = found;
  const decisions: IgnoreDecision[] = [];
  const skipped: string[] = [];
  const items = Array.isArray(root[`${prefix}decision`]) ? (root[`${prefix}decision`] as Node[]) : [];
  items.forEach((item, i) => {
    const rule = text(item["@rule"]).trim();
    const words = normaliseWords(text(item[`${prefix}words`]));
    const sentence = normaliseWords(text(item[`${prefix}sentence`]));
    const reason = normaliseWords(text(item[`${prefix}reason`]));
    const date = text(item["@date"]).trim();
    if (rule === "") {
      skipped.push(`Decision ${i + 1} names no rule: it was not read.`);
    } else if (reason === "" || reason.length > MAX_REASON_LENGTH) {
      skipped.push(
        `Decision ${i + 1} (${rule}) has no reason, or one over ${MAX_REASON_LENGTH} characters: it was not read.`,
      );
    } else {
      decisions.push({ rule, words, sentence, reason, date: ISO_DATE.test(date) ? date : "" });
    }
  });
  return { decisions, skipped };
}

/** The decisions of several parts (a document may hold more than one, e.g. after two copies were merged). */
export function parseIgnoredFindingsParts(parts: readonly string[]): ReadDecisions {
  const all = parts.map(parseIgnoredFindings);
  return { decisions: all.flatMap((p) => p.decisions), skipped: all.flatMap((p) => p.skipped) };
}
