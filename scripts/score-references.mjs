#!/usr/bin/env node
// npm run score:references — recall and precision of the reference recogniser, by kind (TD, C, LS, Q), on the
// project's golden files (test/fixtures/references) and, when the folder is present, on the hand-labelled real
// ITU-T texts in ../shared/real-texts (which are reference material, never copied into the project). A measure,
// not a test: it prints, and exits 0 unless it cannot run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const core = require(path.join(ROOT, "build/cli/core/index.js"));
const { readText } = require(path.join(ROOT, "build/cli/readers/text.js"));
const KINDS = ["TD", "C", "LS", "Q"];

const labelOf = (id, revision) => (revision ? `${id}R${revision}` : id);
function kindOf(label) {
  if (label.startsWith("TSAG-LS")) return "LS";
  if (/^TD\d/.test(label)) return "TD";
  if (/^C\d/.test(label)) return "C";
  if (/^Q\d/.test(label)) return "Q";
  return null;
}

/** Adds one text's expected and found labels to the tallies (multisets: duplicates count). */
function score(tally, expected, found) {
  const left = new Map();
  for (const label of expected) left.set(label, (left.get(label) ?? 0) + 1);
  for (const label of expected) {
    const kind = kindOf(label);
    if (kind) tally[kind].expected++;
  }
  for (const label of found) {
    const kind = kindOf(label);
    if (!kind) continue;
    tally[kind].found++;
    if ((left.get(label) ?? 0) > 0) {
      left.set(label, left.get(label) - 1);
      tally[kind].matched++;
    }
  }
}

function newTally() {
  return Object.fromEntries(KINDS.map((kind) => [kind, { expected: 0, found: 0, matched: 0 }]));
}

const foundIn = (text) =>
  core
    .findAllReferences(readText(text))
    .map((reference) => ({ reference, label: labelOf(reference.id, reference.revision) }));

function print(title, tally, extra = []) {
  const percent = (part, whole) => (whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)} %`);
  const all = KINDS.reduce(
    (sum, kind) => ({
      expected: sum.expected + tally[kind].expected,
      found: sum.found + tally[kind].found,
      matched: sum.matched + tally[kind].matched,
    }),
    { expected: 0, found: 0, matched: 0 },
  );
  console.log(`\n${title}`);
  console.log("kind  expected  found  matched  recall    precision");
  for (const [kind, row] of [...KINDS.map((kind) => [kind, tally[kind]]), ["all", all]])
    console.log(
      `${kind.padEnd(6)}${String(row.expected).padStart(8)}${String(row.found).padStart(7)}${String(row.matched).padStart(9)}  ${percent(row.matched, row.expected).padEnd(9)} ${percent(row.matched, row.found)}`,
    );
  for (const line of extra) console.log(line);
}

/**
 * Where a trap is written as a whole: "1/11" in "| 1/11 |", not inside "Q11/11" (which is a reference that
 * happens to contain the trap's characters).
 */
function trapPlaces(paragraph, trap) {
  const isWordChar = (char) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  const places = [];
  for (let at = paragraph.indexOf(trap); at >= 0; at = paragraph.indexOf(trap, at + 1)) {
    const wholeBefore = !isWordChar(trap[0]) || !isWordChar(paragraph[at - 1]);
    const wholeAfter = !isWordChar(trap[trap.length - 1]) || !isWordChar(paragraph[at + trap.length]);
    if (wholeBefore && wholeAfter) places.push(at);
  }
  return places;
}

// 1. The project's golden files: each line's ⟦refs: …⟧ annotation lists what it cites; a line of
// false-positives.txt without one cites nothing.
const golden = newTally();
const goldenDir = path.join(ROOT, "test/fixtures/references");
for (const file of readdirSync(goldenDir).filter((name) => name.endsWith(".txt"))) {
  for (const line of readFileSync(path.join(goldenDir, file), "utf8").split(/\r?\n/)) {
    const annotation = /⟦refs:([^⟧]*)⟧/.exec(line);
    if (!annotation && !(file === "false-positives.txt" && line.trim() && !line.includes("⟦"))) continue;
    const text = line.split("⟦")[0];
    const expected = annotation
      ? annotation[1]
          .split("|")
          .map((part) => part.trim().split("@")[0].split("+")[0])
          .filter(Boolean)
      : [];
    score(
      golden,
      expected,
      foundIn(text).map(({ label }) => label),
    );
  }
}
print("The project's golden files (test/fixtures/references)", golden);

// 2. Real ITU-T texts, hand-labelled, when present.
const realDir = path.resolve(ROOT, "..", "shared", "real-texts");
if (!existsSync(path.join(realDir, "expected.json"))) {
  console.log(`\n${realDir} is not present: only the project's golden files were scored.`);
} else {
  const expected = JSON.parse(readFileSync(path.join(realDir, "expected.json"), "utf8"));
  const real = newTally();
  const trapsHit = [];
  for (const [file, references] of Object.entries(expected)) {
    if (file === "traps" || !Array.isArray(references)) continue;
    const content = readFileSync(path.join(realDir, file), "utf8");
    const snapshot = readText(content);
    const found = core.findAllReferences(snapshot);
    score(
      real,
      references.map((reference) => labelOf(reference.id, reference.revision)),
      found.map((reference) => labelOf(reference.id, reference.revision)),
    );
    for (const trap of expected.traps?.[file] ?? []) {
      for (const reference of found) {
        const paragraph = snapshot.paragraphs[reference.paragraph].text;
        const taken = trapPlaces(paragraph, trap.text).some(
          (at) => reference.start < at + trap.text.length && reference.start + reference.length > at,
        );
        if (taken)
          trapsHit.push(`  trap taken in ${file}: "${trap.text}" (${trap.why}) read as ${reference.id}`);
      }
    }
  }
  print(`Real ITU-T texts (${realDir}), "unsure" cases not scored`, real, [
    trapsHit.length === 0 ? "No trap was taken for a reference." : `${trapsHit.length} traps taken:`,
    ...trapsHit,
  ]);
}
