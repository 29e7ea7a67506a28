import { analyseReport } from "../analysis/analyse";
import type { AnalysisOptions, ReportAnalysis } from "../analysis/types";
import type { DocumentSnapshot } from "../document/snapshot";
import { describeLocation } from "../document/location";
import { ALL_RULES } from "./all";
import type { Finding, Rule } from "./types";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

export interface CheckOptions extends AnalysisOptions {
  rules?: readonly Rule[];
}

/** Runs the rules over one analysis; findings in document order (then by severity), each with its location. */
export function checkReport(analysis: ReportAnalysis, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const { snapshot, sections } = analysis;
  return rules
    .flatMap((rule) => rule.check(snapshot, analysis))
    .sort(
      (a, b) =>
        a.paragraph - b.paragraph ||
        a.start - b.start ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    )
    .map((finding) => ({
      ...finding,
      location: finding.location ?? describeLocation(snapshot, sections, finding),
    }));
}

/** The analysis and the check in one call, for callers that hold only a snapshot (tests, benchmarks). */
export function checkDocument(snapshot: DocumentSnapshot, options: CheckOptions): Finding[] {
  return checkReport(analyseReport(snapshot, options), options.rules);
}
