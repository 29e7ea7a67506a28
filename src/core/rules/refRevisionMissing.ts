import { findingAt, type Rule } from "./types";

export const refRevisionMissing: Rule = {
  meta: {
    id: "ref-revision-missing",
    title: "Revisions that were never posted",
    severity: "error",
    description: "A revision that was never posted (TD171R3 when only R1 exists).",
    docs: "docs/rules/ref-revision-missing.md",
  },
  check(snapshot, { registry, registryDocuments }) {
    if (!registry) return [];
    return registryDocuments.flatMap((reference) => {
      const entry = reference.revision === null ? undefined : registry.document(reference.id);
      if (!entry || entry.revisions.includes(reference.revision!)) return [];
      const existing =
        entry.revisions.length === 0
          ? "it has no revisions"
          : `it has ${entry.revisions.map((r) => `R${r}`).join(", ")}`;
      return [
        findingAt(
          snapshot,
          this.meta,
          reference,
          `${reference.id}R${reference.revision} does not exist: ${existing}.`,
          {
            registryEntry: { title: entry.title, source: entry.source },
          },
        ),
      ];
    });
  },
};
