/**
 * tsag-agenda as the WP chair and the secretariat run it: build the RG-results section from three reports (text,
 * JSON, and a real .docx that LibreOffice opens and our reader reads back), and check agendas against the reports.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CliIo } from "../../src/cli/common";
import { main } from "../../src/cli/tsagAgenda";
import { readDocx } from "../../src/readers/docx";
import { libreOfficePath } from "../../scripts/testTools.cjs";
import { FIXTURES } from "./support/fixtures";

const DIRECTORY = path.join(FIXTURES, "agenda");
const REPORTS = ["rg-wpr-report.txt", "rg-dt-report.txt", "rg-iem-report.txt"].map((name) =>
  path.join(DIRECTORY, name),
);
const fixture = (name: string) => path.join(DIRECTORY, name);
const work = mkdtempSync(path.join(os.tmpdir(), "tsag-agenda-"));

const io = (out: string[], err: string[]): CliIo => ({
  stdout: (text) => out.push(text),
  stderr: (text) => err.push(text),
  readFile: (file) => readFile(file),
  listDirectory: async () => null,
  writeFile: async (file, content) => writeFileSync(file, content),
  now: () => new Date("2026-02-01T09:00:00Z"),
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, io(out, err));
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("tsag-agenda build", () => {
  it("prints the section for three reports, every action once and the WP's numbers continuous", async () => {
    const result = await run("build", "--wp", "WP2", "--start", "4", ...REPORTS);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(`${result.stdout}\n`).toBe(readFileSync(fixture("wp2-agenda-built.txt"), "utf8"));
  });

  it("gives the JSON the issue describes", async () => {
    const result = await run("build", "--wp", "WP2", "--format", "json", REPORTS[0]!);
    expect(JSON.parse(result.stdout)).toMatchObject({
      wp: "WP2",
      groups: [
        {
          group: "RG-WPR",
          report: "TD172",
          items: [{ label: "WP2-1", documents: ["TD172"] }, {}, {}, {}, {}],
        },
      ],
    });
  });

  it("writes a real .docx: our reader reads it back, the check finds nothing, and LibreOffice opens it", async () => {
    const docx = path.join(work, "wp2-agenda.docx");
    const result = await run(
      "build",
      "--wp",
      "WP2",
      "--start",
      "4",
      "--format",
      "docx",
      "--out",
      docx,
      ...REPORTS,
    );
    expect(result).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const snapshot = await readDocx(readFileSync(docx));
    const texts = snapshot.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain("WP2-4: Approve the RG-WPR meeting report – TD172.");
    expect(snapshot.paragraphs.find((p) => p.text.startsWith("RG-DT-1:"))!.list).not.toBeNull();
    expect(await run("check", docx, ...REPORTS)).toMatchObject({ code: 0 });

    // npm test's first step made sure LibreOffice is installed (scripts/test-prerequisites.mjs).
    execFileSync(libreOfficePath(), ["--headless", "--convert-to", "pdf", "--outdir", work, docx], {
      timeout: 120_000,
    });
    expect(existsSync(path.join(work, "wp2-agenda.pdf"))).toBe(true);
  });

  it("warns about an action without a number and keeps its placeholder", async () => {
    const report = path.join(work, "rg-dt-unnumbered.txt");
    writeFileSync(report, readFileSync(REPORTS[1]!, "utf8").replace(/RG-DT-2\t/g, "RG-DT-n\t"));
    const result = await run("build", "--wp", "WP2", report);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "· RG-DT-X: Approve Liaison Statement on work on Digital Transformation – TD148.",
    );
    expect(result.stderr).toMatch(/RG-DT has an action without a number/);
  });

  it.each([
    [["build", ...REPORTS], /build needs --wp/],
    [["build", "--wp", "WP2", "--format", "docx", ...REPORTS], /--format docx needs --out/],
    [["check", REPORTS[0]!], /check needs the agenda and at least one report/],
    [["agenda", "--wp", "WP2"], /say build or check first/],
  ])("refuses %j with one sentence (exit 2)", async (argv, message) => {
    const result = await run(...(argv as string[]));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("says which report it cannot read, and still builds from the others (exit 2)", async () => {
    const result = await run("build", "--wp", "WP2", path.join(work, "missing.docx"), REPORTS[2]!);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.docx: cannot read the file/);
    expect(result.stdout).toContain("RG-IEM-1:");
  });
});

describe("tsag-agenda check", () => {
  it("finds nothing in the agenda built from the same reports (exit 0)", async () => {
    const result = await run("check", fixture("wp2-agenda-built.txt"), ...REPORTS);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 error\(s\), 0 warning\(s\), 0 info; not checked against a registry$/);
  });

  it("reports each hand edit once, in tsag-check's JSON (exit 1)", async () => {
    const result = await run("check", "--format", "json", fixture("wp2-agenda-edited.txt"), ...REPORTS);
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout).files;
    expect(file.findings.map((finding: { rule: string }) => finding.rule)).toEqual([
      "agenda-action-number",
      "agenda-action-missing",
      "agenda-wp-numbering",
      "agenda-action-differs",
    ]);
  });

  it("runs as the installed command, exactly as the README writes it", () => {
    const bin = path.join(__dirname, "..", "..", "bin", "tsag-agenda.js");
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tsag-agenda build --wp WP2/);
    const checked = spawnSync(
      process.execPath,
      [bin, "check", fixture("wp2-agenda-edited.txt"), ...REPORTS],
      {
        encoding: "utf8",
      },
    );
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/4 error\(s\)/);
  });
});
