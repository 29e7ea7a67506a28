/**
 * A rule is a module: `meta` (id, default severity, one line, its page under docs/rules/) and
 * `check(snapshot, context)` returning findings. Rule ids are part of the public interface (CLI output, docs).
 */
import type { DocumentSnapshot } from "../document/snapshot";
import type { Reference } from "../references/types";
import type { RegistryIndex } from "../registry/types";
import type { ActionItem } from "../actions/parse";
import type { Finding, RuleMeta } from "../document/findings";

// What a rule file needs to report findings, from the one place that defines them.
export { findingAt, type Finding, type RuleMeta, type Severity } from "../document/findings";

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
