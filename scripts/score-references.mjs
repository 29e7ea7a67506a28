#!/usr/bin/env node
// npm run score:references — recall and precision of the reference recogniser, by kind (TD, C, LS, Q), on every
// part it finds:
//   1. the project's golden files (test/fixtures/references);
//   2. the hand-labelled real ITU-T texts of the shared folder, when present (reference material, never copied into
//      the project): real-texts (tuned to), real-texts-2 split by file number — odd numbers studied, even numbers
//      only measured — and all shared texts together;
//   3. any folder opened for study, given with `--study PATH` (repeatable), scored whole with details;
//   4. any other folder in the same format (README, index.json, expected.json) given with `--dir PATH` (repeatable)
//      or in TSAG_REFERENCE_TEXTS (paths separated by the system's path delimiter), scored whole as never tuned to.
// The shared folder is found next to the project or its parent, or given with `--shared PATH` / TSAG_SHARED.
// `--details` lists each miss and false find, but only on the parts marked as studied: the parts kept for
// measuring show their figures and nothing else, so that nobody tunes to them by accident.
// A measure, not a test: it prints, and exits 0 unless it cannot run.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const core = require(path.join(ROOT, "build/cli/core/index.js"));
const { readText } = require(path.join(ROOT, "build/cli/readers/text.js"));
const KINDS = ["TD", "C", "LS", "Q"];

const { values: options } = parseArgs({
  options: {
    dir: { type: "string", multiple: true, default: [] },
    study: { type: "string", multiple: true, default: [] },
    shared: { type: "string" },
    details: { type: "boolean", default: false },
  },
});

const labelOf = (id, revision) => (revision ? `${id}R${revision}` : id);
function kindOf(label) {
  if (/^(?:TSAG|SG\d+)-LS\d/.test(label)) return "LS";
  if (/^TD\d/.test(label)) return "TD";
  if (/^C\d/.test(label)) return "C";
  if (/^Q\d/.test(label)) return "Q";
  return null;
}

function newTally() {
  return Object.fromEntries(KINDS.map((kind) => [kind, { expected: 0, found: 0, matched: 0 }]));
}

function addTally(into, from) {
  for (const kind of KINDS)
    for (const key of ["expected", "found", "matched"]) into[kind][key] += from[kind][key];
}

/** Multiset of labels. */
function countOf(labels) {
  const counts = new Map();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/**
 * Adds one text's expected and found labels to the tally (multisets: duplicates count) and returns the misses and
 * the false finds (as indexes into `found`). A found reference left out of scoring, as the labels' README says of
 * "unsure" entries: one whose label an unsure entry names, or one written where an unsure entry's text is ("the
 * range Q.12-14/16: left unscored"), when no label is left for it. Found references written elsewhere are matched
 * first, so that one in an unsure place never takes a label from one outside.
 */
function score(tally, expected, found, unsure = []) {
  const left = countOf(expected);
  const excused = countOf(unsure);
  for (const label of expected) {
    const kind = kindOf(label);
    if (kind) tally[kind].expected++;
  }
  const extra = [];
  const order = [...found.keys()].sort(
    (a, b) => Number(found[a].inUnsurePlace) - Number(found[b].inUnsurePlace),
  );
  for (const index of order) {
    const { label, inUnsurePlace } = found[index];
    const kind = kindOf(label);
    if (!kind) continue;
    if ((left.get(label) ?? 0) > 0) {
      left.set(label, left.get(label) - 1);
      tally[kind].found++;
      tally[kind].matched++;
    } else if ((excused.get(label) ?? 0) > 0) {
      excused.set(label, excused.get(label) - 1);
    } else if (!inUnsurePlace) {
      tally[kind].found++;
      extra.push(index);
    }
  }
  const missed = [...left].flatMap(([label, n]) => (kindOf(label) ? Array(n).fill(label) : []));
  return { missed, extra: extra.sort((a, b) => a - b) };
}

const percent = (part, whole) => (whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)} %`);

function print(title, tally, extra = []) {
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
 * Where a trap (or an unsure entry) is written as a whole: "1/11" in "| 1/11 |", not inside "Q11/11" (which is a
 * reference that happens to contain the trap's characters).
 */
function wholePlaces(paragraph, written) {
  const isWordChar = (char) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  const places = [];
  for (let at = paragraph.indexOf(written); at >= 0; at = paragraph.indexOf(written, at + 1)) {
    const wholeBefore = !isWordChar(written[0]) || !isWordChar(paragraph[at - 1]);
    const wholeAfter =
      !isWordChar(written[written.length - 1]) || !isWordChar(paragraph[at + written.length]);
    if (wholeBefore && wholeAfter) places.push(at);
  }
  return places;
}

/** Whether a found reference is written over one of the places where `written` stands whole. */
function writtenOver(snapshot, reference, written) {
  const paragraph = snapshot.paragraphs[reference.paragraph].text;
  return wholePlaces(paragraph, written).some(
    (at) => reference.start < at + written.length && reference.start + reference.length > at,
  );
}

// 1. The project's golden files: each line's ⟦refs: …⟧ annotation lists what it cites; a line of
// false-positives.txt without one cites nothing.
function scoreGolden() {
  const golden = newTally();
  const goldenDir = path.join(ROOT, "test/fixtures/references");
  for (const file of ["forms.txt", "attributions.txt", "false-positives.txt"]) {
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
      const found = core
        .findReferences(text)
        .map((reference) => ({ label: labelOf(reference.id, reference.revision), inUnsurePlace: false }));
      score(golden, expected, found);
    }
  }
  print("The project's golden files (test/fixtures/references)", golden);
}

// 2 and 3. Folders of real texts in the format of ../shared/real-texts.

/** The file's number ("04-sg3-….txt" → 4), or null. */
const fileNumber = (file) => (/^(\d+)-/.test(file) ? Number(/^(\d+)-/.exec(file)[1]) : null);

/** One folder's texts scored, the files chosen by `keep`; returns the tally and prints it. */
function scoreFolder(directory, title, { keep = () => true, studied }) {
  const expected = JSON.parse(readFileSync(path.join(directory, "expected.json"), "utf8"));
  const tally = newTally();
  const trapsHit = [];
  const details = [];
  const files = Object.keys(expected).filter(
    (file) => file !== "traps" && file !== "unsure" && Array.isArray(expected[file]) && keep(file),
  );
  for (const file of files) {
    const snapshot = readText(readFileSync(path.join(directory, file), "utf8"));
    const found = core.findAllReferences(snapshot);
    const unsureEntries = expected.unsure?.[file] ?? [];
    const unsure = unsureEntries
      .filter((entry) => entry.id)
      .map((entry) => labelOf(entry.id, entry.revision));
    const { missed, extra } = score(
      tally,
      expected[file].map((reference) => labelOf(reference.id, reference.revision)),
      found.map((reference) => ({
        label: labelOf(reference.id, reference.revision),
        inUnsurePlace: unsureEntries.some(
          (entry) => entry.text && writtenOver(snapshot, reference, entry.text),
        ),
      })),
      unsure,
    );
    if (missed.length > 0) details.push(`  ${file} missed: ${missed.join(", ")}`);
    const falseFinds = extra.map((index) => found[index]);
    if (falseFinds.length > 0)
      details.push(
        `  ${file} found but not labelled: ${falseFinds.map((reference) => labelOf(reference.id, reference.revision)).join(", ")}`,
      );
    // A trap is taken only by a false find: a labelled reference may contain a trap's characters ("Q.4/13").
    for (const trap of expected.traps?.[file] ?? []) {
      for (const reference of falseFinds) {
        if (writtenOver(snapshot, reference, trap.text))
          trapsHit.push(`  trap taken in ${file}: "${trap.text}" (${trap.why}) read as ${reference.id}`);
      }
    }
  }
  const lines = [
    `${files.length} files; ${trapsHit.length === 0 ? "no trap was taken for a reference." : `${trapsHit.length} traps taken.`}`,
  ];
  if (options.details) {
    if (studied) lines.push(...details, ...trapsHit);
    else lines.push("(details withheld: this part is for measuring only)");
  }
  print(title, tally, lines);
  return tally;
}

function sharedDirectory() {
  const given = options.shared ?? process.env.TSAG_SHARED;
  if (given) return path.resolve(given);
  return [path.resolve(ROOT, "..", "shared"), path.resolve(ROOT, "..", "..", "shared")].find((candidate) =>
    existsSync(candidate),
  );
}

const hasLabels = (directory) => existsSync(path.join(directory, "expected.json"));

scoreGolden();

const shared = sharedDirectory();
const sharedTally = newTally();
let sharedParts = 0;
const tuned = shared && path.join(shared, "real-texts");
const second = shared && path.join(shared, "real-texts-2");
if (tuned && hasLabels(tuned)) {
  addTally(sharedTally, scoreFolder(tuned, `Real ITU-T texts, ${tuned} (tuned to)`, { studied: true }));
  sharedParts++;
}
if (second && hasLabels(second)) {
  const odd = (file) => fileNumber(file) % 2 === 1;
  addTally(
    sharedTally,
    scoreFolder(second, `${second}, odd numbers (the half studied)`, { keep: odd, studied: true }),
  );
  addTally(
    sharedTally,
    scoreFolder(second, `${second}, even numbers (the half kept for measuring, never studied)`, {
      keep: (file) => !odd(file),
      studied: false,
    }),
  );
  sharedParts++;
}
if (sharedParts > 0) print(`All the shared texts together (${shared})`, sharedTally);
else console.log("\nNo shared folder of real texts was found (give --shared PATH or TSAG_SHARED).");

const extraDirectories = [
  ...options.dir,
  ...(process.env.TSAG_REFERENCE_TEXTS ?? "").split(path.delimiter).filter(Boolean),
].map((directory) => path.resolve(directory));
for (const directory of extraDirectories) {
  if (!hasLabels(directory)) console.log(`\n${directory} has no expected.json: not scored.`);
  else scoreFolder(directory, `${directory} (measured only, never tuned to)`, { studied: false });
}
// A folder once held out and since opened for study (`--study PATH`): scored whole, with details.
for (const directory of options.study.map((given) => path.resolve(given))) {
  if (!hasLabels(directory)) console.log(`\n${directory} has no expected.json: not scored.`);
  else scoreFolder(directory, `${directory} (studied)`, { studied: true });
}
