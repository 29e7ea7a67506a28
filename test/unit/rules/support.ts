/** Runs one rule over a few paragraphs, ESLint RuleTester-style: valid lines give nothing, invalid ones findings. */
import {
  createSnapshot,
  indexRegistry,
  analyseReport,
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
  return rule.check(snapshot, analyseReport(snapshot, { registry, ...choices }));
}

/** "rule severity excerpt" for each finding: short to read in expectations. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity} ${f.excerpt}`);
}

/**
 * The fixture registry as `tsag-registry build` would write it (version 2): as of `asOf`, serving a meeting that
 * ends on `end`, built from the named inputs; `partial` for a filtered list.
 */
export function datedRegistry(
  options: { asOf?: string; end?: string; partial?: boolean; withdrawnBy?: string } = {},
): RegistryIndex {
  const base = fixtureRegistry().registry;
  return indexRegistry({
    ...base,
    version: 2,
    updated: `${options.asOf ?? "2026-01-30"}T00:00:00Z`,
    meeting: { code: "T25-TSAG-260126", ...(options.end ? { end: options.end } : {}) },
    scope: options.partial ? "partial" : "complete",
    documents: base.documents.map((document) =>
      document.status === "withdrawn" && options.withdrawnBy
        ? { ...document, provenance: [options.withdrawnBy] }
        : document,
    ),
  });
}
