/**
 * The pane and `tsag-check` agree on the same .docx: the playground opens each file, runs Validate for posting and
 * exports its findings as JSON; `tsag-check --format json` on the same file with the same registry must list the
 * same findings (rule, paragraph, excerpt, message). This proves the shared analysis, not Word: the playground reads
 * the file with the project's own reader, as the CLI does.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toDocx, type FixtureBlock, type FixtureParagraph } from "../../dev/fixtures/docxWriter";
import { SAMPLE_REPORT } from "../../dev/playground/sampleReport";
import type { SimParagraphSpec } from "../../dev/simulator";
import { pane, servePlayground } from "./support/playground";

const playground = servePlayground();
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.resolve("test-results", "pane-vs-cli");
const REGISTRY = path.join(ROOT, "assets/sample-registry.json");

interface ExportedFinding {
  rule: string;
  paragraph: number;
  excerpt: string;
  message: string;
}

/** The sample report's specs as a .docx: consecutive table cells become one table, highlights and styles kept. */
function sampleAsBlocks(specs: readonly SimParagraphSpec[]): FixtureBlock[] {
  const blocks: FixtureBlock[] = [];
  let table: FixtureParagraph[][][] | null = null;
  for (const spec of specs) {
    const highlight = spec.highlights?.[0];
    const paragraph: FixtureParagraph = {
      text: spec.text,
      ...(spec.style ? { style: spec.style } : spec.styleBuiltIn === "Heading1" ? { style: "Heading1" } : {}),
      ...(highlight
        ? { highlight: spec.text.slice(highlight.start, highlight.start + highlight.length) }
        : {}),
      ...(typeof spec.bookmarks?.[0] === "string" ? { bookmark: spec.bookmarks[0] } : {}),
    };
    if (!spec.table) {
      table = null;
      blocks.push(paragraph);
      continue;
    }
    if (!table || (spec.table.row === 0 && spec.table.cell === 0 && table.length > 0)) {
      table = [];
      blocks.push({ table });
    }
    const row = (table[spec.table.row] ??= []);
    (row[spec.table.cell] ??= []).push(paragraph);
  }
  return blocks;
}

const reportLines = (name: string): FixtureBlock[] =>
  readFileSync(path.join(ROOT, "test/fixtures/agenda", name), "utf8")
    .trimEnd()
    .split("\n")
    .map((text) => ({ text }));

const FIXTURES: Record<string, FixtureBlock[]> = {
  "sample-report.docx": sampleAsBlocks(SAMPLE_REPORT),
  "rg-wpr-report.docx": reportLines("rg-wpr-report.txt"),
  "rg-dt-report.docx": reportLines("rg-dt-report.txt"),
  "rg-iem-report.docx": reportLines("rg-iem-report.txt"),
};

function comparable(json: string): ExportedFinding[] {
  const parsed = JSON.parse(json) as { files: { findings: ExportedFinding[] }[] };
  return parsed.files[0]!.findings.map(({ rule, paragraph, excerpt, message }) => ({
    rule,
    paragraph,
    excerpt,
    message,
  }));
}

describe("the pane and tsag-check on the same .docx", () => {
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  it.each(Object.keys(FIXTURES))("%s: the same findings", async (name) => {
    const file = path.join(OUT, name);
    writeFileSync(file, await toDocx(FIXTURES[name]!));
    const cli = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/tsag-check.js"), "--registry", REGISTRY, "--format", "json", file],
      { encoding: "utf8" },
    );
    expect(cli.status).toBeLessThan(2); // 0 or 1 (blocking errors found); 2 would be a usage or reading failure
    const fromCli = comparable(cli.stdout);

    const { page, problems } = await playground.open("/playground.html");
    await pane(page).getByTestId("registry-description").getByText("updated").waitFor();
    await page.getByTestId("open-docx").setInputFiles(file);
    await page.getByText(new RegExp(`^${name.replace(".", "\\.")}: \\d+ paragraphs\\.`)).waitFor();
    await pane(page).getByRole("button", { name: "Validate for posting" }).click();
    await pane(page).getByTestId("verdict").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane(page).getByRole("button", { name: "Export as JSON" }).click(),
    ]);
    const saved = path.join(OUT, `${name}.pane.json`);
    await download.saveAs(saved);
    const fromPane = comparable(readFileSync(saved, "utf8"));

    expect(fromPane).toEqual(fromCli);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
