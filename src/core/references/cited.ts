/** How agendas and listings name the documents a text cites: "TD171R1" with its revision, "TD270" without. */
import type { Reference } from "./types";

export function citedAs(reference: Pick<Reference, "id" | "revision">): string {
  return reference.revision !== null ? `${reference.id}R${reference.revision}` : reference.id;
}

/** The TD, contribution and liaison references among `references`, each once, in order, as cited. */
export function documentsOf(references: readonly Reference[]): string[] {
  const kinds = new Set(["TD", "C", "LS"]);
  return [...new Set(references.filter((r) => kinds.has(r.kind)).map(citedAs))];
}
