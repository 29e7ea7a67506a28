#!/usr/bin/env node
// npm run accept — the acceptance run on the five real TSAG documents in ../shared/seeds (reference material, never
// copied into the project): it runs the built command-line tools as a rapporteur or a WP chair would, and asserts
// what they expect of each document (docs/acceptance.md says why each expectation holds). Exit status 1 when an
// expectation fails; 0 with a sentence when the seeds are not there (a fresh clone has no ../shared).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The repository's sibling folder, or (in a worktree one level deeper) its parent's; TSAG_SEEDS overrides both.
const CANDIDATES = [
  process.env.TSAG_SEEDS,
  path.resolve(ROOT, "..", "shared", "seeds"),
  path.resolve(ROOT, "..", "..", "shared", "seeds"),
].filter(Boolean);
const SEEDS = CANDIDATES.find((folder) => existsSync(folder));
if (!SEEDS) {
  console.log(`npm run accept: no seeds folder (looked in ${CANDIDATES.join(", ")}); nothing was checked.`);
  process.exit(0);
}

const files = readdirSync(SEEDS);
const seed = (prefix) => {
  const name = files.find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} is not in ${SEEDS}`);
  return path.join(SEEDS, name);
};
const S000 = seed("000"); // RG-WPR draft report (action blocks), text export
const S001 = seed("001"); // WP2 closing-plenary agenda, May 2025, text export
const S002 = seed("002"); // WP2 chair's proposal (no actions), text export
const S003 = seed("003"); // RG-IES draft report TD104R1 (actions listed for WP1), with its header table
const S004 = seed("004"); // WP2 closing-plenary agenda, August 2024, text export

function run(command, ...args) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin", `${command}.js`), ...args], {
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const json = (result) => JSON.parse(result.stdout);
const tmp = mkdtempSync(path.join(os.tmpdir(), "tsag-accept-"));

let failed = 0;
let passed = 0;
function expect(what, holds, detail = "") {
  if (holds) {
    passed++;
    console.log(`  ✓ ${what}`);
  } else {
    failed++;
    console.log(`  ✗ ${what}${detail ? `\n      ${detail}` : ""}`);
  }
}
function section(title) {
  console.log(`\n${title}`);
}

const findingsOf = (file, ...options) =>
  json(run("tsag-check", "--format", "json", ...options, file)).files[0];
const rules = (result) => result.findings.map((f) => f.rule);
const noReadyToPost = (file) => {
  const html = run("tsag-check", "--format", "html", file).stdout;
  const text = run("tsag-check", file).stdout;
  return !/Ready to post/.test(html) && !/Ready to post/.test(text);
};
const labels = (items) => items.map((item) => item.label);

/** The agenda section built from a report, checked against the same report, finds nothing. */
function expectBuiltAgendaChecksClean(wp, report) {
  const agenda = path.join(tmp, `${wp.toLowerCase()}-from-${path.basename(report)}`);
  writeFileSync(agenda, run("tsag-agenda", "build", "--wp", wp, report).stdout);
  const again = run("tsag-agenda", "check", "--format", "json", agenda, report);
  expect(
    "agenda check of the built agenda against the report: nothing to report",
    again.code === 0 && JSON.parse(again.stdout).files[0].findings.length === 0,
    again.stdout,
  );
}

// --- Seed 000: RG-WPR's report, action blocks, the header table lost in the text export.
section(`Seed 000 (RG-WPR report, action blocks, text export): ${path.basename(S000)}`);
{
  const checked = findingsOf(S000);
  const header = checked.findings.filter((f) => f.rule === "header-field");
  expect(
    "the lost header table gives one info, no header error",
    header.length === 1 && header[0].severity === "info",
    JSON.stringify(header),
  );
  expect(
    "RG-WPR-n is reported as a placeholder (an error before posting)",
    checked.findings.some((f) => f.rule === "action-placeholder" && /RG-WPR-n/.test(f.message)),
  );
  expect("no 'Ready to post' without a registry (text and HTML)", noReadyToPost(S000));
  const listed = json(run("tsag-check", "--actions", "--format", "json", S000)).files[0];
  const body = listed.actions.filter((a) => a.location === "body");
  expect(
    "--actions: convention blocks, body actions RG-WPR-1..4, none for the group itself",
    listed.convention === "blocks" &&
      labels(body).join() ===
        "Action TSAG RG-WPR-1,Action TSAG RG-WPR-2,Action TSAG RG-WPR-3,Action TSAG RG-WPR-4" &&
      listed.groupActions.length === 0,
    JSON.stringify(labels(listed.actions)),
  );
  const references = json(run("tsag-check", "--references", "--format", "json", S000)).files[0].references;
  const ids = new Set(references.map((r) => r.id));
  expect(
    "--references: the documents the report cites (TD172, TD270, TD327, TD328, TD263, C28)",
    ["TD172", "TD270", "TD327", "TD328", "TD263", "C28"].every((id) => ids.has(id)),
  );
  const summary = json(run("tsag-check", "--summary", "--format", "json", S000)).files[0].summary;
  const changed = summary.paragraphs.filter((p) => p.status !== "unchanged");
  expect(
    "--summary: the Executive Summary exists (blocks); only RG-WPR-n changes, to RG-WPR-5 citing TD172",
    summary.exists &&
      summary.convention === "blocks" &&
      changed.length === 1 &&
      changed[0].status === "changed" &&
      changed[0].text ===
        "Action TSAG RG-WPR-5\tWP2 is invited to approve the RG-WPR meeting report – TD172.",
    JSON.stringify(changed),
  );
  const built = run("tsag-agenda", "build", "--wp", "WP2", "--format", "json", S000);
  const group = JSON.parse(built.stdout).groups[0];
  expect(
    "agenda build --wp WP2: Report TD172, its approval WP2-1 cites TD172, then RG-WPR-1..4",
    group.report === "TD172" &&
      group.items[0].label === "WP2-1" &&
      group.items[0].documents.includes("TD172") &&
      labels(group.items.slice(1)).join() === "RG-WPR-1,RG-WPR-2,RG-WPR-3,RG-WPR-4",
    built.stdout,
  );
  expectBuiltAgendaChecksClean("WP2", S000);
}

// --- Seed 001: WP2's agenda (May 2025): items in the WPs' own style, two in one paragraph.
section(`Seed 001 (WP2 agenda, May 2025, text export): ${path.basename(S001)}`);
{
  const checked = findingsOf(S001);
  expect(
    "no header error in the text export (one info)",
    checked.findings.filter((f) => f.rule === "header-field").every((f) => f.severity === "info"),
  );
  expect("no 'Ready to post' without a registry (text and HTML)", noReadyToPost(S001));
  const against = json(run("tsag-agenda", "check", "--format", "json", S001, S000)).files[0].findings;
  expect(
    "checked against seed 000: approving TD106 where the report is TD172 is a finding",
    against.some(
      (f) => f.rule === "agenda-report-number" && /TD106/.test(f.message) && /TD172/.test(f.message),
    ),
  );
  const sixth = against.find((f) => /RG-WPR-6\b/.test(f.message));
  const fifth = against.find((f) => /RG-WPR-5\b/.test(f.message));
  expect(
    "“… (TD48) RG-WPR-6: Approve …” is a second item in the paragraph, not part of RG-WPR-2, 3, 4, 5",
    sixth !== undefined &&
      fifth !== undefined &&
      sixth.paragraph === fifth.paragraph &&
      sixth.start > fifth.start,
    JSON.stringify({ sixth, fifth }),
  );
  expect(
    "the WP's items WP2-4..WP2-9 are numbered without a finding",
    !against.some((f) => f.rule === "agenda-numbering"),
  );
  const withWp1Report = json(run("tsag-agenda", "check", "--format", "json", S001, S000, S003)).files[0]
    .findings;
  const aboutIes = withWp1Report.filter((f) => /RG-IES/.test(f.message));
  expect(
    "checked against seeds 000 and 003: the RG-IES report (WP1's) is named once, as an info, and not checked",
    aboutIes.length === 1 && aboutIes[0].rule === "agenda-report-other-wp" && aboutIes[0].severity === "info",
    JSON.stringify(aboutIes.map((f) => f.message)),
  );
}

// --- Seed 002: the WP2 chair's proposal: no actions, nothing to build.
section(`Seed 002 (WP2 chair's proposal, no actions, text export): ${path.basename(S002)}`);
{
  const result = run("tsag-check", "--format", "json", S002);
  const checked = JSON.parse(result.stdout).files[0];
  expect(
    "no error; the lost header gives one info; exit 0",
    result.code === 0 && checked.errors === 0 && rules(checked).join() === "header-field",
    result.stdout,
  );
  expect(
    "the verdict is 'Not checked against a registry' (JSON)",
    checked.verdict.status === "unchecked" &&
      checked.verdict.text.startsWith("Not checked against a registry"),
  );
  expect("no 'Ready to post' without a registry (text and HTML)", noReadyToPost(S002));
  const listed = json(run("tsag-check", "--actions", "--format", "json", S002)).files[0];
  expect("--actions: none", listed.actions.length === 0 && listed.groupActions.length === 0);
  const summary = json(run("tsag-check", "--summary", "--format", "json", S002)).files[0].summary;
  expect(
    "--summary: no summary of actions, nothing proposed",
    !summary.exists && summary.paragraphs.length === 0,
  );
}

// --- Seed 003: RG-IES's report TD104R1, actions listed for WP1, one action for the group itself.
section(`Seed 003 (RG-IES report TD104R1, actions listed for WP1): ${path.basename(S003)}`);
{
  const result = run("tsag-check", "--format", "json", S003);
  const checked = JSON.parse(result.stdout).files[0];
  expect(
    "the header table is read: no header finding, TD number TSAG-TD104R1",
    !rules(checked).includes("header-field") && checked.about.tdNumber === "TSAG-TD104R1",
    result.stdout,
  );
  expect(
    "no error, exit 0, verdict 'Not checked against a registry'",
    result.code === 0 && checked.errors === 0 && checked.verdict.status === "unchecked",
  );
  expect("no 'Ready to post' without a registry (text and HTML)", noReadyToPost(S003));
  const listed = json(run("tsag-check", "--actions", "--format", "json", S003)).files[0];
  expect(
    "--actions: convention list, RG-IES-1..5 for WP1, the group's own action (TD143) listed apart",
    listed.convention === "list" &&
      labels(listed.actions).join() === "RG-IES-1,RG-IES-2,RG-IES-3,RG-IES-4,RG-IES-5" &&
      listed.actions.every((a) => a.target === "WP1") &&
      listed.groupActions.length === 1 &&
      listed.groupActions[0].group === "RG-IES" &&
      listed.groupActions[0].documents.includes("TD143"),
    JSON.stringify(listed),
  );
  const summary = json(run("tsag-check", "--summary", "--format", "json", S003)).files[0].summary;
  const kept = summary.paragraphs.filter((p) => /RG-IES-[1-5]:/.test(p.text) && p.status === "unchanged");
  expect(
    "--summary: finds its summary (convention list), proposes no second one, keeps RG-IES-1..5",
    summary.exists &&
      summary.convention === "list" &&
      kept.length === 5 &&
      summary.paragraphs.every((p) => p.status === "unchanged" || p.status === "hand-written") &&
      !summary.paragraphs.some((p) => /approve the RG-IES meeting report/.test(p.text)),
    JSON.stringify(summary),
  );
  const built = JSON.parse(run("tsag-agenda", "build", "--wp", "WP1", "--format", "json", S003).stdout);
  const group = built.groups[0];
  expect(
    "agenda build --wp WP1: the WP1 approval of TD104R1, then RG-IES-1..5; not the group's own action",
    group.report === "TD104R1" &&
      group.items[0].label === "WP1-1" &&
      group.items[0].documents.includes("TD104R1") &&
      labels(group.items.slice(1)).join() === "RG-IES-1,RG-IES-2,RG-IES-3,RG-IES-4,RG-IES-5" &&
      !group.items.some((item) => item.documents.includes("TD143")),
    JSON.stringify(built),
  );
  const both = run("tsag-agenda", "build", "--wp", "WP2", S000, S003);
  expect(
    "agenda build --wp WP2 with seeds 000 and 003: seed 003 named as addressed to WP1, its actions left out",
    /addressed to WP1/.test(both.stderr) &&
      both.stderr.includes(path.basename(S003)) &&
      !/RG-IES/.test(both.stdout),
    both.stderr,
  );
  expectBuiltAgendaChecksClean("WP1", S003);
}

// --- Seed 004: WP2's agenda (August 2024): an RG's decisions carried as the WP's own items.
section(`Seed 004 (WP2 agenda, August 2024, text export): ${path.basename(S004)}`);
{
  const checked = findingsOf(S004);
  expect(
    "no header error in the text export (one info)",
    checked.findings.filter((f) => f.rule === "header-field").every((f) => f.severity === "info"),
  );
  const items = json(run("tsag-check", "--actions", "--format", "json", S004)).files[0].actions;
  expect(
    "“Anticipated Action WP2-1: WP2 agree to …” is the WP's item WP2-1, and RG-IEM-1 an RG item",
    items.some((a) => a.group === "WP2" && a.number === 1 && a.target === "WP2") &&
      items.some((a) => a.group === "RG-IEM" && a.number === 1),
  );
  const against = json(run("tsag-agenda", "check", "--format", "json", S004, S000)).files[0].findings;
  expect(
    "WP2-1..WP2-11 numbered without a finding; <TBD> and WP2-X listed as still to complete",
    !against.some((f) => f.rule === "agenda-numbering") &&
      against.filter((f) => f.rule === "agenda-placeholder").length === 2,
    JSON.stringify(against.map((f) => `${f.rule}: ${f.message}`)),
  );
  expect(
    "findings about the agenda name its clause, not “Start of the document”",
    against.every((f) => f.section && f.section !== "Start of the document"),
  );
}

console.log(`\nnpm run accept: ${passed} expectations held, ${failed} failed (seeds in ${SEEDS}).`);
process.exit(failed > 0 ? 1 : 0);
