/** tsag-check --text: the document as the checks see it, from a .docx and from a .txt export. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/tsagCheck";
import { wordPackage } from "../../dev/fixtures/ooxmlPackage";
import { WORD_CONSTRUCTS_LINKS, wordConstructsBody } from "../../dev/fixtures/wordConstructs";

const dir = mkdtempSync(path.join(os.tmpdir(), "tsag-text-"));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (f) => readFile(f),
    listDirectory: async () => null,
    writeFile: async () => undefined,
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("tsag-check --text", () => {
  let docx: string;
  beforeAll(async () => {
    docx = path.join(dir, "constructs.docx");
    writeFileSync(docx, await wordPackage({ body: wordConstructsBody(), links: WORD_CONSTRUCTS_LINKS }));
  });

  it("prints the header fields, what was not read, then one line per paragraph with its style and place", async () => {
    const { code, stdout } = await cli("--text", docx);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.slice(0, 8)).toEqual([
      `${docx}: 33 paragraphs`,
      "TD number: TSAG-TD104R1 (paragraph 3)",
      "Source: Rapporteur, RG-IES (paragraph 5)",
      "Title: Draft report of TSAG RG-IES meeting (paragraph 7)",
      "Contact: Ana Silva, ana.silva@example.org (paragraph 9)",
      "Abstract: This TD contains the report of the RG-IES session. (paragraph 13)",
      "Track changes (Word's setting): off",
      "Note: 1 text box not read: Word does not count them as the document's paragraphs.",
    ]);
    expect(lines).toContain("5 [Normal, table 1 row 2 cell 2] Rapporteur, RG-IES");
    expect(lines).toContain("15 [TOC 1, TOC] 1⇥Opening⇥2");
    expect(lines).toContain("18 [Heading 1, clause, outline 1] 1⇥Opening");
    expect(lines).toContain("22 [Normal] The length of the bursts, Lc, is measured in milliseconds.");
    expect(lines).toHaveLength(8 + 33);
  });

  it("gives the same as JSON, paragraphs numbered as findings number them", async () => {
    const { code, stdout } = await cli("--text", "--format", "json", docx);
    expect(code).toBe(0);
    const [file] = JSON.parse(stdout).files;
    expect(file.header.source).toEqual({ value: "Rapporteur, RG-IES", paragraph: 5 });
    expect(file.paragraphs[17]).toMatchObject({
      paragraph: 18,
      text: "1\tOpening",
      style: "Heading 1",
      styleBuiltIn: "Heading1",
      clause: true,
      tableOfContents: false,
    });
    expect(file.paragraphs[14]).toMatchObject({ clause: false, tableOfContents: true });
  });

  it("reads a .txt export by the same model: one line, one paragraph; typed numbers as clauses", async () => {
    const txt = path.join(dir, "export.txt");
    writeFileSync(txt, ["Source:\tRapporteur, RG-IES", "1\tOpening", "Text.", ""].join("\n"));
    const { stdout } = await cli("--text", txt);
    expect(stdout.split("\n")).toEqual([
      `${txt}: 3 paragraphs`,
      "TD number: (not found)",
      "Source: Rapporteur, RG-IES (paragraph 1)",
      "Title: (not found)",
      "Contact: (not found)",
      "Abstract: (not found)",
      "Track changes (Word's setting): unknown",
      "1 [Normal] Source:⇥Rapporteur, RG-IES",
      "2 [Normal, clause] 1⇥Opening",
      "3 [Normal] Text.",
    ]);
  });

  it("refuses --format html and a second listing", async () => {
    expect((await cli("--text", "--format", "html", docx)).code).toBe(2);
    expect((await cli("--text", "--actions", docx)).stderr).toContain(
      "Choose one of --references, --actions, --summary and --text.",
    );
  });
});
