/**
 * A rule is a module: `meta` (id, default severity, one line, its page under docs/rules/) and
 * `check(snapshot, context)` returning findings. Rule ids are part of the public interface (CLI output, docs).
 */
import type { DocumentSnapshot } from "../document/snapshot";
import type { ReportAnalysis } from "../analysis/types";
import type { Finding, RuleMeta } from "../document/findings";

// What a rule file needs to report findings, from the one place that defines them.
export { findingAt, type Finding, type RuleMeta, type Severity } from "../document/findings";

/** What a rule knows of the document besides its snapshot: the one analysis of this read (analysis/types.ts). */
export type RuleContext = ReportAnalysis;

export interface Rule {
  meta: RuleMeta;
  check(snapshot: DocumentSnapshot, context: RuleContext): Finding[];
}
