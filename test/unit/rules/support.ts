/** Runs one rule over a few paragraphs, ESLint RuleTester-style: valid lines give nothing, invalid ones findings. */
import {
  createSnapshot,
  findAllReferences,
  type Finding,
  type RegistryIndex,
  type Rule,
} from "../../../src/core";
import { fixtureRegistry } from "../support/fixtures";

export function run(
  rule: Rule,
  lines: string[],
  registry: RegistryIndex | null = fixtureRegistry(),
): Finding[] {
  const snapshot = createSnapshot(lines.map((text) => ({ text })));
  return rule.check(snapshot, { registry, references: findAllReferences(snapshot) });
}

/** "rule severity excerpt" for each finding: short to read in expectations. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity} ${f.excerpt}`);
}
