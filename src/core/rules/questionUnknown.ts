import type { Registry } from "../registry/types";
import { findingAt, type Rule } from "./types";

/** Inputs that list a group's Questions (not only those its documents happen to name). */
const QUESTION_LISTS = new Set(["questions", "itu-questions-html", "registry"]);

/**
 * Whether the registry's Questions come from a list of Questions. A registry built only from document lists
 * knows the Questions its documents name, not every Question: one it lacks is then no error.
 */
function listsQuestions(registry: Registry): boolean {
  return (
    registry.sources === undefined ||
    registry.sources.some((source) => QUESTION_LISTS.has(source.kind) && source.questions > 0)
  );
}

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
    const listed = listsQuestions(registry.registry);
    return references.flatMap((reference) => {
      if (reference.kind !== "Q" || reference.introducedAsNew) return [];
      const entry = registry.question(reference.id);
      if (entry?.status === "active") return [];
      if (!entry && !listed)
        return [
          findingAt(
            snapshot,
            this.meta,
            reference,
            `${reference.id} is not among the Questions the registry's documents name (it was built without a list of Questions).`,
            { severity: "info" },
          ),
        ];
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
