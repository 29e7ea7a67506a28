/** Runs one rule over a few paragraphs, ESLint RuleTester-style: valid lines give nothing, invalid ones findings. */
import {
  createSnapshot,
  ruleContext,
  type Finding,
  type ParagraphInput,
  type RegistryIndex,
  type Rule,
} from "../../../src/core";
import { fixtureRegistry } from "../support/fixtures";

export function run(
  rule: Rule,
  lines: (string | ParagraphInput)[],
  registry: RegistryIndex | null = fixtureRegistry(),
  choices: { group?: string; parent?: string } = {},
): Finding[] {
  const snapshot = createSnapshot(lines.map((line) => (typeof line === "string" ? { text: line } : line)));
  return rule.check(snapshot, ruleContext(snapshot, { registry, ...choices }));
}

/** "rule severity excerpt" for each finding: short to read in expectations. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity} ${f.excerpt}`);
}
