/**
 * "Link references": every recognised reference whose registry entry has a safe url becomes a hyperlink.
 * References that already carry a hyperlink are left as they are.
 */
import { isSafeLink } from "../links";
import type { EditOperation, EditPlan } from "../model/editPlan";
import type { DocumentSnapshot } from "../model/snapshot";
import type { Reference } from "../references/types";
import type { RegistryIndex } from "../registry/types";

export interface LinkPlan {
  plan: EditPlan;
  /** References whose registry address was refused by the allow-list, for the user to see. */
  refused: { reference: Reference; address: string }[];
}

export function linkReferencesPlan(
  snapshot: DocumentSnapshot,
  references: readonly Reference[],
  registry: RegistryIndex,
  allowedHosts?: readonly string[],
): LinkPlan {
  const operations: EditOperation[] = [];
  const refused: LinkPlan["refused"] = [];
  for (const reference of references) {
    const address = registry.document(reference.id)?.url;
    if (!address) continue;
    if (!isSafeLink(address, allowedHosts)) {
      refused.push({ reference, address });
      continue;
    }
    const paragraph = snapshot.paragraphs[reference.paragraph]!;
    const end = reference.start + reference.length;
    const linked = paragraph.hyperlinks.some(
      (link) => link.start < end && reference.start < link.start + link.length,
    );
    if (linked) continue;
    operations.push({
      kind: "insertHyperlink",
      paragraph: reference.paragraph,
      expectedText: paragraph.text,
      start: reference.start,
      length: reference.length,
      address,
    });
  }
  return { plan: { label: "Link references", operations }, refused };
}
