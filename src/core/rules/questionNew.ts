import { findingAt, type Rule } from "./types";

export const questionNew: Rule = {
  meta: {
    id: "question-new",
    title: "New Questions not yet in the registry",
    severity: "info",
    description:
      'A Question the text introduces as new ("new Question Q16/17") that the registry does not list yet.',
    docs: "docs/rules/question-new.md",
  },
  check(snapshot, { registry, references }) {
    if (!registry) return [];
    return references
      .filter(
        (reference) =>
          reference.kind === "Q" &&
          reference.introducedAsNew &&
          registry.question(reference.id)?.status !== "active",
      )
      .map((reference) =>
        findingAt(
          snapshot,
          this.meta,
          reference,
          `${reference.id} is introduced as a new Question; the registry does not list it yet.`,
        ),
      );
  },
};
