import { registryDate, stalenessNote } from "../registry/describe";
import { findingAt, type Rule } from "./types";

export const refUnknown: Rule = {
  meta: {
    id: "ref-unknown",
    title: "Documents not in the registry",
    severity: "error",
    description: "A TD, contribution or outgoing liaison that is not in the registry.",
    docs: "docs/rules/ref-unknown.md",
  },
  check(snapshot, { registry, registryDocuments }) {
    if (!registry) return [];
    return registryDocuments
      .filter((reference) => !registry.document(reference.id))
      .map((reference) => {
        const { body, studyPeriod, scope } = registry.registry;
        // A partial list (a filtered page, an Annex A) cannot say a document does not exist.
        if (scope === "partial")
          return findingAt(snapshot, this.meta, reference, `${reference.id} is not in this partial list.`, {
            severity: "info",
          });
        const date = registryDate(registry.registry);
        const stale = stalenessNote(registry.registry);
        const message = `${reference.id} is not in the registry of ${body} ${studyPeriod}${date ? ` (as of ${date})` : ""}.`;
        // An out-of-date registry may just not have it yet: a warning, with the reason.
        return stale
          ? findingAt(snapshot, this.meta, reference, `${message} ${stale}`, { severity: "warning" })
          : findingAt(snapshot, this.meta, reference, message);
      });
  },
};
