import { detectGroup, parentOf } from "../actions/rapporteurGroup";
import { findActions } from "../actions/parse";
import type { DocumentSnapshot } from "../document/snapshot";
import { findReferences } from "../references/parse";
import type { Reference } from "../references/types";
import { registrySpeaksFor } from "../registry/describe";
import type { RegistryIndex } from "../registry/types";
import { describeLocation, sectionsOf } from "../document/location";
import { ownTdNumber } from "../document/reportNumber";
import { ALL_RULES } from "./all";
import type { Finding, Rule, RuleContext } from "./types";

export function findAllReferences(snapshot: DocumentSnapshot): Reference[] {
  return snapshot.paragraphs.flatMap((paragraph) => findReferences(paragraph.text, paragraph.index));
}

const isDocument = (reference: Reference) =>
  reference.kind === "TD" || reference.kind === "C" || reference.kind === "LS";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

export interface CheckOptions {
  registry: RegistryIndex | null;
  rules?: readonly Rule[];
  /** The report's group and its working party, when the user chose them in the pane. */
  group?: string | null;
  parent?: string | null;
}

export function ruleContext(snapshot: DocumentSnapshot, options: CheckOptions): RuleContext {
  const actions = findActions(snapshot);
  const documentGroup = options.group || detectGroup(snapshot, actions)?.group || null;
  const parentGroup = options.parent || (documentGroup ? parentOf(documentGroup, options.registry) : null);
  const references = findAllReferences(snapshot);
  const registry = options.registry;
  // The report's own number (TD104R1 in the header) is never checked against the registry: a revision of the
  // report being written is not posted yet, and a registry built from its own annex lists it unrevised.
  const own = ownTdNumber(snapshot)?.replace(/R\d+$/, "") ?? null;
  return {
    registry,
    references,
    registryDocuments: registry
      ? references.filter(
          (reference) =>
            isDocument(reference) &&
            registrySpeaksFor(registry.registry, reference) &&
            !(reference.kind === "TD" && reference.id === own),
        )
      : [],
    actions,
    documentGroup,
    parentGroup,
  };
}

/** Runs the rules over a snapshot; findings in document order (then by severity), each with its location. */
export function checkDocument(snapshot: DocumentSnapshot, options: CheckOptions): Finding[] {
  const context = ruleContext(snapshot, options);
  const sections = sectionsOf(snapshot);
  return (options.rules ?? ALL_RULES)
    .flatMap((rule) => rule.check(snapshot, context))
    .sort(
      (a, b) =>
        a.paragraph - b.paragraph ||
        a.start - b.start ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    )
    .map((finding) => ({ ...finding, location: describeLocation(snapshot, sections, finding) }));
}
