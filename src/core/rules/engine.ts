import type { DocumentSnapshot } from "../model/snapshot";
import { findReferences } from "../references/parse";
import type { Reference } from "../references/types";
import type { RegistryIndex } from "../registry/types";
import { ALL_RULES } from "./all";
import type { Finding, Rule } from "./types";

export function findAllReferences(snapshot: DocumentSnapshot): Reference[] {
  return snapshot.paragraphs.flatMap((paragraph) => findReferences(paragraph.text, paragraph.index));
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/** Runs the rules over a snapshot; findings in document order (then by severity). */
export function checkDocument(
  snapshot: DocumentSnapshot,
  options: { registry: RegistryIndex | null; rules?: readonly Rule[] },
): Finding[] {
  const context = { registry: options.registry, references: findAllReferences(snapshot) };
  return (options.rules ?? ALL_RULES)
    .flatMap((rule) => rule.check(snapshot, context))
    .sort(
      (a, b) =>
        a.paragraph - b.paragraph ||
        a.start - b.start ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
}
