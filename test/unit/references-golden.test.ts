/**
 * Golden fixtures: every reference form, attribution and false positive of test/fixtures/references, with the
 * references and findings each line must yield written inline (markdownlint-style).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { checkDocument, createSnapshot, findReferences, type Reference } from "../../src/core";
import { FIXTURES, fixtureRegistry, readGolden } from "./support/fixtures";

const DIRECTORY = path.join(FIXTURES, "references");
/** These fixtures are about references; the action and summary rules have their own tests. */
const REFERENCE_RULE = /^(?:ref|question)-/;
const FILES = readdirSync(DIRECTORY).filter((file) => file.endsWith(".txt"));

function describeReference(reference: Reference): string {
  return (
    reference.id +
    (reference.revision !== null ? `R${reference.revision}` : "") +
    (reference.attribution ? `@${reference.attribution.text}` : "") +
    (reference.introducedAsNew ? "+new" : "")
  );
}

describe.each(FILES)("golden fixture %s", (file) => {
  const lines = readGolden(path.join(DIRECTORY, file));
  const snapshot = createSnapshot(lines.map((line) => ({ text: line.text })));
  const findings = checkDocument(snapshot, { registry: fixtureRegistry() });

  it.each(lines.map((line) => [line.line, line] as const))("line %i", (_, line) => {
    const references = findReferences(line.text, line.line - 1).map(describeReference);
    expect(references).toEqual(line.references);
    const onLine = findings
      .filter((f) => f.paragraph === line.line - 1 && REFERENCE_RULE.test(f.rule))
      .map((f) => `${f.rule}: ${f.excerpt}`);
    expect(onLine.sort()).toEqual([...line.findings].sort());
  });
});

it("has the three fixture files (forms, attributions, false positives)", () => {
  expect(FILES.sort()).toEqual(["attributions.txt", "false-positives.txt", "forms.txt"]);
});
