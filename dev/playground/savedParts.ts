/**
 * The simulated document's custom XML parts, kept in localStorage so that they survive a reload as a saved
 * document's parts do (Word writes them into the .docx under customXml/). Like the document settings, they belong
 * to the playground's one document: "Open a .docx…" replaces them with the file's own.
 */
import { customXmlPartsOf, type SimCustomXmlPart, type WordSimulator } from "../simulator";

const STORAGE_KEY = "tsag-playground:custom-xml-parts";

const isPart = (value: unknown): value is SimCustomXmlPart =>
  typeof value === "object" &&
  value !== null &&
  ["id", "namespaceUri", "xml"].every((key) => typeof (value as Record<string, unknown>)[key] === "string");

/** Loads the parts saved by an earlier visit, then saves them whenever a batch or the user changed them. */
export function keepCustomXmlParts(sim: WordSimulator): void {
  const parts = customXmlPartsOf(sim.document);
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    if (Array.isArray(saved)) parts.push(...saved.filter(isPart));
  } catch {
    // A damaged entry: the document starts without parts, as a new one does.
  }
  let last = JSON.stringify(parts);
  sim.subscribe(() => {
    const now = JSON.stringify(parts);
    if (now === last) return;
    last = now;
    localStorage.setItem(STORAGE_KEY, now);
  });
}
