import { latestRevision, revisionKnowledge } from "../registry/types";
import { registryDate } from "../registry/describe";
import { findingAt, type Rule } from "./types";

/** "TD171R1 is superseded by TD171R2."; with a dated registry, "TD171R1 is cited; TD171R2 exists (registry of …)". */
function supersededMessage(cited: string, latest: string, date: string | null): string {
  return date
    ? `${cited} is cited; ${latest} exists (registry of ${date}).`
    : `${cited} is superseded by ${latest}.`;
}

export const refSuperseded: Rule = {
  meta: {
    id: "ref-superseded",
    title: "Documents cited in an older revision",
    severity: "warning",
    description:
      "A revision older than the latest one (TD171R1 when R2 exists); a bare number when revisions exist is info.",
    docs: "docs/rules/ref-superseded.md",
  },
  check(snapshot, { registry, registryDocuments }) {
    if (!registry) return [];
    return registryDocuments.flatMap((reference) => {
      const entry = registry.document(reference.id);
      const latest = entry ? latestRevision(entry) : null;
      if (!entry || latest === null) return [];
      const registryEntry = { title: entry.title, source: entry.source };
      if (reference.revision === null) {
        if (reference.annex !== null) return []; // "TD171 Annex B" names a part of the document, whatever its revision
        return [
          findingAt(
            snapshot,
            this.meta,
            reference,
            revisionKnowledge(entry) === "none"
              ? `${reference.id} has revisions; the latest the lists used show is ${reference.id}R${latest}.`
              : `${reference.id} has revisions; the latest is ${reference.id}R${latest}.`,
            {
              severity: "info",
              registryEntry,
              suggestions: [`Cite ${reference.id}R${latest} if the revision is meant.`],
            },
          ),
        ];
      }
      // A later revision is known: superseded. Only a registry that lists every revision can say that a cited
      // older one never existed (ref-revision-missing's finding, then, not this one).
      if (
        reference.revision >= latest ||
        (revisionKnowledge(entry) === "exactly" && !entry.revisions.includes(reference.revision)) ||
        !reference.revisionDigits
      )
        return [];
      const paragraph = snapshot.paragraphs[reference.paragraph]!;
      return [
        findingAt(
          snapshot,
          this.meta,
          reference,
          supersededMessage(
            `${reference.id}R${reference.revision}`,
            `${reference.id}R${latest}`,
            registryDate(registry.registry),
          ),
          {
            registryEntry,
            fix: {
              label: `Cite ${reference.id}R${latest}`,
              operations: [
                {
                  kind: "replaceText",
                  paragraph: reference.paragraph,
                  expectedText: paragraph.text,
                  start: reference.revisionDigits.start,
                  length: reference.revisionDigits.length,
                  text: String(latest),
                },
              ],
            },
          },
        ),
      ];
    });
  },
};
