import { findingAt, type Rule } from "./types";

export const questionUnknown: Rule = {
  meta: {
    id: "question-unknown",
    title: "Questions not in the registry",
    severity: "error",
    description:
      "A Question that is not in the registry, or was deleted (unless the text introduces it as new).",
    docs: "docs/rules/question-unknown.md",
  },
  check(snapshot, { registry, references }) {
    if (!registry) return [];
    return references.flatMap((reference) => {
      if (reference.kind !== "Q" || reference.introducedAsNew) return [];
      const entry = registry.question(reference.id);
      if (entry?.status === "active") return [];
      const message = entry
        ? `${reference.id} was deleted.`
        : `${reference.id} is not in the registry's Questions.`;
      return [
        findingAt(
          snapshot,
          this.meta,
          reference,
          message,
          entry ? { registryEntry: { title: entry.title } } : {},
        ),
      ];
    });
  },
};
