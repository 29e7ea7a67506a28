/** tsag-check: in-process for every case, and once as a real process through bin/tsag-check.js. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main, type CliIo } from "../../src/cli/tsagCheck";
import { seedLikeReport, toDocx } from "../../dev/fixtures/docxWriter";
import { FIXTURES } from "./support/fixtures";

const REGISTRY = path.join(FIXTURES, "registry.json");
const dir = mkdtempSync(path.join(os.tmpdir(), "tsag-check-"));
const file = (name: string, content: string | Buffer) => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};

/** A complete header, so that only what a test plants is reported. */
const HEADER = [
  "[bookmark: dnum]TSAG-TD172",
  "Source:",
  "Rapporteur, RG-WPR",
  "Title:",
  "Draft report of TSAG RG-WPR meeting",
  "Contact:",
  "Ana Example",
  "E-mail:\tana@example.org",
  "Abstract:",
  "This TD contains the draft report.",
];
const REPORT = file(
  "report.txt",
  [...HEADER, "The meeting adopted the agenda in TD171R2 (Rapporteur).", "RG-WPR noted TD999.", ""].join(
    "\n",
  ),
);
const CLEAN = file(
  "clean.txt",
  [...HEADER, "RG-WPR noted TD177 (ITU-T SG17) and C28 (Korea (Rep. of)).", ""].join("\n"),
);

const io = (out: string[], err: string[]): CliIo => ({
  stdout: (t) => out.push(t),
  stderr: (t) => err.push(t),
  readFile: (f) => readFile(f),
  listDirectory: async (d) =>
    statSync(d, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(d).map((n) => path.join(d, n)) : null,
  writeFile: async (f, text) => writeFileSync(f, text),
  now: () => new Date("2026-01-30T18:00:00Z"),
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, io(out, err));
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("tsag-check", () => {
  it("prints findings as JSON in the documented shape and exits 1 when a file has an error", async () => {
    const { code, stdout } = await cli("--registry", REGISTRY, "--format", "json", REPORT);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      files: [
        {
          file: REPORT,
          about: {
            tdNumber: "TSAG-TD172",
            title: "Draft report of TSAG RG-WPR meeting",
            source: "Rapporteur, RG-WPR",
          },
          registry: { name: "TSAG 2025-2028", asOf: "2026-01-30T18:00:00Z", sample: false },
          findings: [
            {
              rule: "ref-unknown",
              severity: "error",
              message: "TD999 is not in the registry of TSAG 2025-2028.",
              paragraph: 12,
              start: 13,
              length: 5,
              excerpt: "TD999",
              section: "Start of the document",
              context: "RG-WPR noted TD999.",
            },
          ],
          errors: 1,
          warnings: 0,
          infos: 0,
          verdict: { status: "blocked", text: "1 blocking error, 0 warnings" },
        },
      ],
    });
  });

  it("exits 0 when no file has an error, and prints one line per finding in text format", async () => {
    const clean = await cli("--registry", REGISTRY, CLEAN);
    expect(clean).toMatchObject({ code: 0, stdout: `${CLEAN}: 0 error(s), 0 warning(s), 0 info` });
    const report = await cli("--registry", REGISTRY, REPORT, CLEAN);
    expect(report.stdout.split("\n")[0]).toBe(
      `${REPORT}:12:14: error ref-unknown: TD999 is not in the registry of TSAG 2025-2028. [Start of the document]`,
    );
  });

  it("lists references with --references, in the documented shape", async () => {
    const { code, stdout } = await cli("--references", "--format", "json", REPORT);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0].references).toEqual([
      { kind: "TD", id: "TD172", revision: null, paragraph: 1, start: 0, length: 10, attribution: null },
      {
        kind: "TD",
        id: "TD171",
        revision: 2,
        paragraph: 11,
        start: 34,
        length: 7,
        attribution: "Rapporteur",
      },
      { kind: "TD", id: "TD999", revision: null, paragraph: 12, start: 13, length: 5, attribution: null },
    ]);
  });

  it("says so when a listing finds nothing, and why a summary cannot be built, in one line", async () => {
    const empty = file("empty.txt", "Walking on imported air.\n");
    expect((await cli("--references", empty)).stdout).toBe(`${empty}: no reference found`);
    expect((await cli("--actions", empty)).stdout).toBe(`${empty}: no action found`);
    const summary = await cli("--summary", empty);
    expect(summary.stdout).toBe(
      `${empty}: has no summary of actions (action blocks); the report's group is not in its header, title or actions: the summary cannot be built.`,
    );
    expect(summary.stderr).toBe("");
    const json = JSON.parse((await cli("--summary", "--format", "json", empty)).stdout);
    expect(json.files[0].problem).toMatch(/the summary cannot be built/);
  });

  it.each([
    [["--format", "xml", REPORT], /--format must be text, json or html/],
    [["--bogus", REPORT], /unknown option --bogus/],
    [["--registry", "--format", "json", REPORT], /--registry needs a value/],
    [[], /no file or folder given/],
  ])("exits 2 on a usage error, naming the option: %j", async (argv, message) => {
    const { code, stderr, stdout } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: tsag-check/);
    expect(stderr).toContain("Run tsag-check --help");
    expect(stdout).toBe("");
  });

  it("explains every option with --help, on standard output, and exits 0", async () => {
    const { code, stdout, stderr } = await cli("--help");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const option of [
      "--registry",
      "--format",
      "--out",
      "--references",
      "--actions",
      "--help",
      "--version",
    ])
      expect(stdout).toMatch(new RegExp(`^  (-\\w, )?${option}\\b`, "m"));
    expect(stdout).toContain("Exit status:");
  });

  it("prints its version with --version", async () => {
    const out: string[] = [];
    const code = await main(["--version"], { ...io(out, []), version: "1.2.3" });
    expect(code).toBe(0);
    expect(out).toEqual(["tsag-check 1.2.3"]);
  });

  it("exits 2 naming the file it cannot read, after checking the others", async () => {
    const binary = file("binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const { code, stderr, stdout } = await cli(
      "--registry",
      REGISTRY,
      path.join(dir, "absent.txt"),
      binary,
      CLEAN,
    );
    expect(code).toBe(2);
    expect(stderr.split("\n")).toEqual([
      `tsag-check: [1/3] ${path.join(dir, "absent.txt")}`,
      `tsag-check: ${path.join(dir, "absent.txt")}: cannot read the file.`,
      `tsag-check: [2/3] ${binary}`,
      // Read by its bytes, not its name: a zip package goes to the .docx reader, which says what is wrong.
      `tsag-check: ${binary}: not a Word document (.docx): the file is not a valid zip package.`,
      `tsag-check: [3/3] ${CLEAN}`,
      "tsag-check: 2 of 3 files could not be read.",
    ]);
    expect(stdout).toContain(`${CLEAN}: 0 error(s)`);
  });

  it("exits 2 with a message saying what is wrong with a bad registry", async () => {
    const bad = file(
      "bad-registry.json",
      JSON.stringify({ ...JSON.parse(readFileSync(REGISTRY, "utf8")), format: "other" }),
    );
    const { code, stderr } = await cli("--registry", bad, REPORT);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'tsag-check: The registry is not valid: The registry\'s "format" must be "tsag-registry".',
    );
  });

  it("runs as a real command (bin/tsag-check.js)", () => {
    const bin = path.resolve(__dirname, "../../bin/tsag-check.js");
    const result = spawnSync(
      process.execPath,
      [bin, "--registry", REGISTRY, "--format", "json", REPORT, CLEAN],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).files.map((f: { errors: number }) => f.errors)).toEqual([1, 0]);
    expect(() => execFileSync(process.execPath, [bin, "--registry", REGISTRY, CLEAN])).not.toThrow();
  });
});

describe("tsag-check over .docx files", () => {
  it("checks a folder of 50 generated .docx reports in one command, reporting and skipping a corrupt one", async () => {
    const folder = path.join(dir, "batch");
    mkdirSync(folder);
    const report = await toDocx(seedLikeReport());
    for (let i = 1; i <= 50; i++)
      writeFileSync(path.join(folder, `report-${String(i).padStart(2, "0")}.docx`), report);
    writeFileSync(path.join(folder, "report-25b.docx"), Buffer.from("PK\u0003\u0004 this is a damaged file"));
    writeFileSync(path.join(folder, "notes.md"), "not a report");

    const { code, stdout, stderr } = await cli("--registry", REGISTRY, "--format", "json", folder);

    expect(code).toBe(2);
    const files = JSON.parse(stdout).files as { file: string; errors: number }[];
    expect(files).toHaveLength(50);
    expect(files.every((f) => f.file.endsWith(".docx"))).toBe(true);
    expect(stderr).toContain(
      `tsag-check: ${path.join(folder, "report-25b.docx")}: not a Word document (.docx): the file is not a valid zip package.`,
    );
    expect(stderr).toContain("tsag-check: [51/51]");
    expect(stderr).toContain("tsag-check: 1 of 51 files could not be read.");
  });

  it("writes a self-contained HTML report with --format html --out", async () => {
    const docx = path.join(dir, "report.docx");
    writeFileSync(docx, await toDocx(seedLikeReport()));
    const out = path.join(dir, "report.html");
    const { code, stdout } = await cli(
      "--registry",
      REGISTRY,
      "--format",
      "html",
      "--out",
      out,
      docx,
      REPORT,
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("1 blocking error, 0 warnings");
    expect(html).not.toMatch(/<script|<link|src=/);
    // Several files: an overview first, a row per file linking to its section, headed by the TD number and title.
    expect(html).toContain("<title>Posting check of 2 documents</title>");
    expect(html.indexOf("<h2>Overview</h2>")).toBeLessThan(html.indexOf('<section id="file-1">'));
    expect(html).toContain('<a href="#file-2">TSAG-TD172: Draft report of TSAG RG-WPR meeting</a>');
    expect(html).toContain("<dt>Checked against</dt><dd>the TSAG 2025-2028 registry as of 30 Jan 2026</dd>");
    expect(html).toContain('<h4>Documents not in the registry <span class="rule">(ref-unknown)</span></h4>');
  });
});
