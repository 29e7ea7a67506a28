/**
 * A rule is a module: `meta` (id, default severity, one line, its page under docs/rules/) and
 * `check(snapshot, context)` returning findings. Rule ids are part of the public interface (CLI output, docs).
 */
import type { DocumentSnapshot } from "../model/snapshot";
import type { EditPlan } from "../model/editPlan";
import type { Reference } from "../references/types";
import type { RegistryIndex } from "../registry/types";
import type { ActionItem } from "../actions/parse";
import type { Location } from "../report/location";

export type Severity = "error" | "warning" | "info";

export interface RuleMeta {
  id: string;
  /** What is wrong, in the rapporteur's words: the heading of the rule's findings ("Documents not in the registry"). */
  title: string;
  severity: Severity;
  description: string;
  /** Path of the rule's page, relative to the repository root. */
  docs: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** 0-based paragraph index in the snapshot (the CLI prints it 1-based). */
  paragraph: number;
  start: number;
  length: number;
  /** The text the finding is about, as written. */
  excerpt: string;
  /** Where it is, as Word users see it (the clause and the words around it); set by checkDocument. */
  location?: Location;
  /** What the registry says of the cited document or Question, shown with the finding. */
  registryEntry?: { title: string; source?: string };
  /** A safe correction, applied through the Word adapter like any EditPlan. */
  fix?: EditPlan;
  suggestions?: string[];
}

export interface RuleContext {
  /** Null when no registry is loaded: registry rules then report nothing. */
  registry: RegistryIndex | null;
  /** Every reference in the document, parsed once per check and shared by all rules. */
  references: readonly Reference[];
  /**
   * The TD, contribution and liaison references the registry speaks for: all of them but those naming another
   * group ("SG17-TD580" in a TSAG report), which are not checked against it. Empty when no registry is loaded.
   */
  registryDocuments: readonly Reference[];
  /** Every action (blocks and list forms), parsed once per check. */
  actions: readonly ActionItem[];
  /** The report's own group ("RG-WPR"): chosen in the pane, or detected from the document; null if unknown. */
  documentGroup: string | null;
  /** The working party the group reports to ("WP2"): chosen in the pane, or from the registry; null if unknown. */
  parentGroup: string | null;
}

export interface Rule {
  meta: RuleMeta;
  check(snapshot: DocumentSnapshot, context: RuleContext): Finding[];
}

/** A finding located at a reference, with the excerpt taken from the paragraph text. */
export function findingAt(
  snapshot: DocumentSnapshot,
  meta: RuleMeta,
  reference: Pick<Reference, "paragraph" | "start" | "length">,
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  const text = snapshot.paragraphs[reference.paragraph]?.text ?? "";
  return {
    rule: meta.id,
    severity: meta.severity,
    message,
    paragraph: reference.paragraph,
    start: reference.start,
    length: reference.length,
    excerpt: text.slice(reference.start, reference.start + reference.length),
    ...extra,
  };
}
