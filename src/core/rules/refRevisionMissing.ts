import { registryDate, stalenessNote } from "../registry/describe";
import { latestRevision, revisionKnowledge } from "../registry/types";
import { findingAt, type Rule } from "./types";

/**
 * A cited revision the registry does not have. Only a registry whose inputs list the document's revisions (a
 * listing's "(Rev.2)", a registry that lists them all) can say it does not exist; one built from lists that do
 * not show revisions (ITU's index XML, an annex list) says so in an info. A revision older than one the registry
 * knows is ref-superseded's.
 */
export const refRevisionMissing: Rule = {
  meta: {
    id: "ref-revision-missing",
    title: "Revisions that were never posted",
    severity: "error",
    description:
      "A revision that was never posted (TD171R3 when only R1 exists); an info when the lists used do not show revisions.",
    docs: "docs/rules/ref-revision-missing.md",
  },
  check(snapshot, { registry, registryDocuments }) {
    if (!registry) return [];
    return registryDocuments.flatMap((reference) => {
      const entry = reference.revision === null ? undefined : registry.document(reference.id);
      if (!entry || entry.revisions.includes(reference.revision!)) return [];
      const cited = `${reference.id}R${reference.revision}`;
      const registryEntry = { title: entry.title, source: entry.source };
      const latest = latestRevision(entry);
      if (revisionKnowledge(entry) === "none") {
        // A later revision is known: ref-superseded says so. Otherwise nothing can be said either way.
        if (latest !== null && latest > reference.revision!) return [];
        return [
          findingAt(snapshot, this.meta, reference, `${cited}: the lists used do not show revisions.`, {
            severity: "info",
            registryEntry,
          }),
        ];
      }
      const existing =
        entry.revisions.length === 0
          ? "it has no revisions"
          : `it has ${entry.revisions.map((r) => `R${r}`).join(", ")}`;
      const date = registryDate(registry.registry);
      const message = `${cited} does not exist: ${existing}${date ? ` (registry of ${date})` : ""}.`;
      // A registry older than its meeting's end may just not show a revision posted since: a warning that says so.
      const stale = stalenessNote(registry.registry);
      return [
        stale
          ? findingAt(snapshot, this.meta, reference, `${message} ${stale}`, {
              severity: "warning",
              registryEntry,
            })
          : findingAt(snapshot, this.meta, reference, message, { registryEntry }),
      ];
    });
  },
};
