/**
 * Findings as the pane and the exports list them: by severity (errors first), then by rule under its title, in
 * the order the rules first appear, each rule's findings in document order.
 */
import { ruleMeta } from "../rules/all";
import type { Finding, Severity } from "../document/findings";

export interface RuleGroup {
  rule: string;
  /** The rule's title ("Documents not in the registry"), or its id for a rule this build does not know. */
  title: string;
  /** The rule's page, relative to the repository root ("docs/rules/ref-unknown.md"). */
  docs: string | null;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  /** "Errors", "Warnings", "Information". */
  title: string;
  rules: RuleGroup[];
  count: number;
}

export const SEVERITY_TITLES: Record<Severity, string> = {
  error: "Errors",
  warning: "Warnings",
  info: "Information",
};

const byPlace = (a: Finding, b: Finding) => a.paragraph - b.paragraph || a.start - b.start;

export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const rules = new Map<string, RuleGroup>();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      let group = rules.get(finding.rule);
      if (!group) {
        const meta = ruleMeta(finding.rule);
        group = {
          rule: finding.rule,
          title: meta?.title ?? finding.rule,
          docs: meta?.docs ?? null,
          findings: [],
        };
        rules.set(finding.rule, group);
      }
      group.findings.push(finding);
    }
    const ruleGroups = [...rules.values()];
    for (const group of ruleGroups) group.findings.sort(byPlace);
    const count = ruleGroups.reduce((sum, group) => sum + group.findings.length, 0);
    if (count > 0) groups.push({ severity, title: SEVERITY_TITLES[severity], rules: ruleGroups, count });
  }
  return groups;
}
