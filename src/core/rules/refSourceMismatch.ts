import { sameSource } from "../references/sources";
import { findingAt, type Rule } from "./types";

export const refSourceMismatch: Rule = {
  meta: {
    id: "ref-source-mismatch",
    title: "Sources that differ from the registry",
    severity: "warning",
    description: 'The source named in the text ("TD286 (ITU-T SG11)") differs from the registry\'s.',
    docs: "docs/rules/ref-source-mismatch.md",
  },
  check(snapshot, { registry, registryDocuments }) {
    if (!registry) return [];
    return registryDocuments.flatMap((reference) => {
      const entry = registry.document(reference.id);
      const written = reference.attribution;
      if (!entry || !written || entry.source.trim() === "" || sameSource(written.text, entry.source))
        return [];
      return [
        findingAt(
          snapshot,
          this.meta,
          reference,
          `${reference.id} is attributed to "${written.text}" here, but the registry gives "${entry.source}".`,
          { registryEntry: { title: entry.title, source: entry.source } },
        ),
      ];
    });
  },
};
