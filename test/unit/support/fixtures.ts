/** Shared test fixtures: the fixture registry and the golden-file marker syntax (test/fixtures/references/README.md). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { indexRegistry, validateRegistry, type RegistryIndex } from "../../../src/core";

export const FIXTURES = path.resolve(__dirname, "../../fixtures");

export function fixtureRegistry(): RegistryIndex {
  const validation = validateRegistry(JSON.parse(readFileSync(path.join(FIXTURES, "registry.json"), "utf8")));
  if (!validation.ok) throw new Error(`test/fixtures/registry.json is invalid: ${validation.problem}`);
  return indexRegistry(validation.registry);
}

export interface GoldenLine {
  /** 1-based line number in the fixture file. */
  line: number;
  text: string;
  /** The references expected on the line ("TD171R1@Rapporteur", "Q16/17+new"), or [] when there is no marker. */
  references: string[];
  /** The findings expected on the line, as "rule: excerpt". */
  findings: string[];
}

const MARKER = /\s*⟦([^⟧]*)⟧/g;

export function readGolden(file: string): GoldenLine[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line, index, all) => index < all.length - 1 || line !== "")
    .map((raw, index) => {
      const markers = [...raw.matchAll(MARKER)].map((match) => match[1]!.trim());
      const references = markers
        .filter((m) => m.startsWith("refs:"))
        .flatMap((m) =>
          m
            .slice(5)
            .split("|")
            .map((r) => r.trim()),
        );
      const findings = markers.filter((m) => !m.startsWith("refs:"));
      return { line: index + 1, text: raw.replace(MARKER, ""), references, findings };
    });
}
