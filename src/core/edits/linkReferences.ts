/**
 * "Link references": every recognised reference whose registry entry has a safe url becomes a hyperlink. The
 * link covers the reference only ("177" of "TDs 177", never the word "TDs"); a revision goes to its own address,
 * or is not linked; the report's own number is not linked (it is this document); references that already carry a
 * hyperlink are left as they are.
 */
import { isSafeLink } from "../document/links";
import type { EditOperation, EditPlan } from "../document/editPlan";
import type { DocumentSnapshot } from "../document/snapshot";
import type { Reference } from "../references/types";
import type { RegistryIndex } from "../registry/types";
import { ownTdNumber } from "../document/reportNumber";

export interface LinkPlan {
  plan: EditPlan;
  /** References whose registry address was refused by the allow-list, for the user to see. */
  refused: { reference: Reference; address: string }[];
  /** References to a revision the registry has no address for (linking the original instead would mislead). */
  revisionWithoutAddress: Reference[];
}

/** A list's first reference is written with its plural word ("TDs 177"): the link starts at the number. */
const LIST_WORD = /^[A-Za-z-]+s\s+/;

function linkedSpan(text: string, reference: Reference): { start: number; length: number } {
  const written = text.slice(reference.start, reference.start + reference.length);
  const word = LIST_WORD.exec(written)?.[0].length ?? 0;
  return { start: reference.start + word, length: reference.length - word };
}

export function linkReferencesPlan(
  snapshot: DocumentSnapshot,
  references: readonly Reference[],
  registry: RegistryIndex,
  allowedHosts?: readonly string[],
): LinkPlan {
  const operations: EditOperation[] = [];
  const refused: LinkPlan["refused"] = [];
  const revisionWithoutAddress: Reference[] = [];
  const own = ownTdNumber(snapshot)?.replace(/R\d+$/, "") ?? null;
  for (const reference of references) {
    if (reference.id === own) continue;
    const entry = registry.document(reference.id);
    if (!entry?.url) continue;
    const address =
      reference.revision === null ? entry.url : entry.revisionUrls?.[String(reference.revision)];
    if (!address) {
      revisionWithoutAddress.push(reference);
      continue;
    }
    if (!isSafeLink(address, allowedHosts)) {
      refused.push({ reference, address });
      continue;
    }
    const paragraph = snapshot.paragraphs[reference.paragraph]!;
    const span = linkedSpan(paragraph.text, reference);
    const end = span.start + span.length;
    const linked = paragraph.hyperlinks.some(
      (link) => link.start < end && span.start < link.start + link.length,
    );
    if (linked) continue;
    operations.push({
      kind: "insertHyperlink",
      paragraph: reference.paragraph,
      expectedText: paragraph.text,
      ...span,
      address,
    });
  }
  return { plan: { label: "Link references", operations }, refused, revisionWithoutAddress };
}
