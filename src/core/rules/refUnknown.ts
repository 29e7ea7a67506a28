import { findingAt, type Rule } from "./types";

export const refUnknown: Rule = {
  meta: {
    id: "ref-unknown",
    title: "Documents not in the registry",
    severity: "error",
    description: "A TD, contribution or outgoing liaison that is not in the registry.",
    docs: "docs/rules/ref-unknown.md",
  },
  check(snapshot, { registry, references }) {
    if (!registry) return [];
    return references
      .filter(
        (reference) =>
          reference.kind !== "Q" && reference.kind !== "WTSA-Action" && reference.kind !== "Resolution",
      )
      .filter((reference) => !registry.document(reference.id))
      .map((reference) =>
        findingAt(
          snapshot,
          this.meta,
          reference,
          `${reference.id} is not in the registry of ${registry.registry.body} ${registry.registry.studyPeriod}.`,
        ),
      );
  },
};
