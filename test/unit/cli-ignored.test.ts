/**
 * tsag-check and the author's decisions to ignore findings: a .docx "saved by Word" with the documented custom XML
 * part (built here, the part written out literally) lists the finding apart with its reason; --no-ignored shows it
 * as a finding again; changed words bring it back.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { withCustomXmlPart } from "../../dev/fixtures/customXmlPart";
import { seedLikeReport, toDocx, type FixtureBlock } from "../../dev/fixtures/docxWriter";
import { main, type CliIo } from "../../src/cli/tsagCheck";
import { readIgnoredDecisions } from "../../src/readers/docx";
import { readCustomXmlParts } from "../../src/readers/ignoredFindings";
import { FIXTURES } from "./support/fixtures";

const REGISTRY = path.join(FIXTURES, "registry.json");
const dir = mkdtempSync(path.join(os.tmpdir(), "tsag-check-ignored-"));
const NAMESPACE = "urn:tsag-report-assistant:ignored-findings:1";
const SENTENCE = "RG-IES noted TD999 from SG17, sent after the deadline.";

/** The part as the pane writes it, spelled out: the format is the interface between the pane and tsag-check. */
const PART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ignoredFindings xmlns="${NAMESPACE}">
  <decision rule="ref-unknown" date="2026-12-07">
    <words>TD999</words>
    <sentence>${SENTENCE}</sentence>
    <reason>SG17 sent it after the deadline; it is in next week's list.</reason>
  </decision>
</ignoredFindings>
`;

/** The seed-like report with one more paragraph in clause 2 (before the annex). */
function reportWith(paragraph: string): FixtureBlock[] {
  const blocks = seedLikeReport();
  const at = blocks.findIndex((b) => "text" in b && b.text.startsWith("3\t"));
  return [
    ...blocks.slice(0, at),
    { text: `The agenda was adopted. ${paragraph} Nothing else.` },
    ...blocks.slice(at),
  ];
}

async function docxFile(name: string, paragraph: string, part: string | null): Promise<string> {
  const plain = await toDocx(reportWith(paragraph));
  const file = path.join(dir, name);
  writeFileSync(file, part === null ? plain : await withCustomXmlPart(plain, part, { namespace: NAMESPACE }));
  return file;
}

const io = (out: string[], err: string[]): CliIo => ({
  stdout: (t) => out.push(t),
  stderr: (t) => err.push(t),
  readFile: (f) => readFile(f),
  listDirectory: async (d) =>
    statSync(d, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(d).map((n) => path.join(d, n)) : null,
  writeFile: async (f, text) => writeFileSync(f, text),
  now: () => new Date("2026-12-07T18:00:00Z"),
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["--registry", REGISTRY, ...argv], io(out, err));
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("tsag-check and findings the author ignored", () => {
  let withPart: string;
  let withoutPart: string;
  beforeAll(async () => {
    withPart = await docxFile("ignored.docx", SENTENCE, PART);
    withoutPart = await docxFile("plain.docx", SENTENCE, null);
  });

  it("finds the part where Word keeps it: customXml/item1.xml, related from the document", async () => {
    const zip = await JSZip.loadAsync(await readFile(withPart));
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(["customXml/item1.xml", "customXml/itemProps1.xml"]),
    );
    expect(await readCustomXmlParts(zip)).toEqual([PART]);
  });

  it("reads a part saved as UTF-16 and leaves the parts of other formats alone", async () => {
    const bibliography = `<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>`;
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(PART.replace("UTF-8", "UTF-16"), "utf16le"),
    ]);
    let docx: Uint8Array = await toDocx(reportWith(SENTENCE));
    docx = await withCustomXmlPart(docx, bibliography, { namespace: "" });
    const zip = await JSZip.loadAsync(await withCustomXmlPart(docx, "", { namespace: NAMESPACE }));
    zip.file("customXml/item2.xml", utf16);
    const read = await readIgnoredDecisions(await zip.generateAsync({ type: "uint8array" }));
    expect(read).toEqual({
      decisions: [
        {
          rule: "ref-unknown",
          words: "TD999",
          sentence: SENTENCE,
          reason: "SG17 sent it after the deadline; it is in next week's list.",
          date: "2026-12-07",
        },
      ],
      skipped: [],
    });
  });

  it("lists the finding apart, with its reason and date, and counts it in no error", async () => {
    const plain = await cli(withoutPart);
    expect(plain.stdout).toMatch(/: error ref-unknown: TD999 is not in the registry/);
    const run = await cli(withPart);
    expect(run.stdout).not.toMatch(/: error ref-unknown: TD999/);
    expect(run.stdout).toMatch(
      /ignored\.docx:\d+:\d+: ignored ref-unknown: TD999 is not in the registry of TSAG 2025-2028\. — reason: SG17 sent it after the deadline; it is in next week's list\. \(2026-12-07\)/,
    );
    const errors = (text: string) => Number(/(\d+) error\(s\)/.exec(text)![1]);
    expect(errors(run.stdout)).toBe(errors(plain.stdout) - 1);
    expect(run.stdout).toMatch(/, 1 ignored by the author$/m);
  });

  it("says the same in JSON and HTML", async () => {
    const json = JSON.parse((await cli("--format", "json", withPart)).stdout) as {
      files: {
        findings: { rule: string; excerpt: string }[];
        ignored: { rule: string; excerpt: string; reason: string; date: string }[];
      }[];
    };
    expect(json.files[0]!.findings.map((f) => `${f.rule} ${f.excerpt}`)).not.toContain("ref-unknown TD999");
    expect(json.files[0]!.ignored).toEqual([
      expect.objectContaining({
        rule: "ref-unknown",
        excerpt: "TD999",
        reason: "SG17 sent it after the deadline; it is in next week's list.",
        date: "2026-12-07",
      }),
    ]);
    const html = (await cli("--format", "html", withPart)).stdout;
    expect(html).toContain("Ignored by the author (1)");
    expect(html).toContain("— 1 finding ignored by the author");
  });

  it("--no-ignored shows it as a finding again, for the secretariat, and says so", async () => {
    const run = await cli("--no-ignored", withPart);
    expect(run.stdout).toMatch(/: error ref-unknown: TD999 is not in the registry/);
    expect(run.stdout).not.toMatch(/ignored by the author/);
    expect(run.stderr).toContain("1 finding(s) the author ignored are shown as findings (--no-ignored).");
    expect(run.stdout).toBe((await cli(withoutPart)).stdout.replaceAll("plain.docx", "ignored.docx"));
  });

  it("brings the finding back when the words around it change, and names the decision that lapsed", async () => {
    const changed = await docxFile(
      "changed.docx",
      "RG-IES noted TD999 from SG11, sent after the deadline.",
      PART,
    );
    const run = await cli(changed);
    expect(run.stdout).toMatch(/: error ref-unknown: TD999 is not in the registry/);
    expect(run.stdout).toContain(
      'changed.docx: no longer matches: the decision to ignore ref-unknown on "TD999" (its words changed, or the problem is gone)',
    );
  });
});
