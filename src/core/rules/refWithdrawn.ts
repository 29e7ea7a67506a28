import { findingAt, type Rule } from "./types";

export const refWithdrawn: Rule = {
  meta: {
    id: "ref-withdrawn",
    title: "Withdrawn documents cited",
    severity: "warning",
    description: "A document the registry marks as withdrawn.",
    docs: "docs/rules/ref-withdrawn.md",
  },
  check(snapshot, { registry, references }) {
    if (!registry) return [];
    return references.flatMap((reference) => {
      const entry = registry.document(reference.id);
      if (entry?.status !== "withdrawn") return [];
      return [
        findingAt(snapshot, this.meta, reference, `${reference.id} was withdrawn.`, {
          registryEntry: { title: entry.title, source: entry.source },
        }),
      ];
    });
  },
};
