import { accordingTo } from "../registry/describe";
import type { RegistryDocument } from "../registry/types";
import { findingAt, type Rule } from "./types";

function withdrawnMessage(id: string, entry: RegistryDocument): string {
  const inputs = accordingTo(entry);
  return inputs ? `${id} was withdrawn (according to ${inputs}).` : `${id} was withdrawn.`;
}

export const refWithdrawn: Rule = {
  meta: {
    id: "ref-withdrawn",
    title: "Withdrawn documents cited",
    severity: "warning",
    description: "A document the registry marks as withdrawn.",
    docs: "docs/rules/ref-withdrawn.md",
  },
  check(snapshot, { registry, registryDocuments }) {
    if (!registry) return [];
    return registryDocuments.flatMap((reference) => {
      const entry = registry.document(reference.id);
      if (entry?.status !== "withdrawn") return [];
      return [
        findingAt(snapshot, this.meta, reference, withdrawnMessage(reference.id, entry), {
          registryEntry: { title: entry.title, source: entry.source },
        }),
      ];
    });
  },
};
