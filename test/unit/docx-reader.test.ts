/** The .docx reader against real .docx files: written by the `docx` package, or by hand for OOXML details. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { ALL_RULES, checkDocument, type Finding } from "../../src/core";
import { readDocx, UnreadableDocument } from "../../src/readers/docx";
import { readText } from "../../src/readers/text";
import { seedLikeReport, toDocx, toText } from "../../dev/fixtures/docxWriter";
import { libreOfficePath } from "../../scripts/testTools.cjs";
import { fixtureRegistry } from "./support/fixtures";

const brief = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.paragraph}:${f.start}:${f.rule}:${f.excerpt}`);

/** A minimal package around a hand-written document.xml body. */
async function handmade(body: string, settings = ""): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`,
  );
  if (settings) zip.file("word/settings.xml", `<w:settings xmlns:w="x">${settings}</w:settings>`);
  return zip.generateAsync({ type: "uint8array" });
}

describe("readDocx", () => {
  it("gives the same findings as the plain-text export of the same report (but for what a .txt cannot carry)", async () => {
    const report = seedLikeReport();
    const registry = fixtureRegistry();
    // A .txt export loses tables and highlighting: the checks that read them are compared in other tests.
    const rules = ALL_RULES.filter((rule) => !["annex-doc-list", "highlight-left"].includes(rule.meta.id));
    const fromDocx = checkDocument(await readDocx(await toDocx(report)), { registry, rules });
    const fromText = checkDocument(readText(toText(report)), { registry, rules });
    expect(brief(fromDocx)).toEqual(brief(fromText));
    expect(fromDocx.length).toBeGreaterThan(0);
  });

  it("reads paragraphs in tables with their cells, styles, highlights, bookmarks and hyperlinks", async () => {
    const snapshot = await readDocx(await toDocx(seedLikeReport()));
    const byText = (text: string) => snapshot.paragraphs.find((p) => p.text === text)!;
    expect(byText("Rapporteur, RG-IES").table).toEqual({ table: 0, row: 1, cell: 1, nesting: 1 });
    expect(byText("Source:").bookmarks).toEqual(["dsource"]);
    expect(byText("1\tOpening")).toMatchObject({
      styleBuiltIn: "Heading1",
      headingLevel: 1,
      style: "Heading 1",
    });
    expect(
      byText("Action TSAG RG-IES-1\tWP1 is invited to approve the liaison statement – TD140R1.").style,
    ).toBe("ITU Action");
    expect(byText("This TD provides the draft report of the RG-IES session.").highlights).toEqual([
      { start: 21, length: 12, color: "Yellow" },
    ]);
    const linked = snapshot.paragraphs.find((p) => p.hyperlinks.length > 0)!;
    expect(linked.hyperlinks).toEqual([
      {
        start: linked.text.indexOf("TD104"),
        length: 5,
        address: "https://www.itu.int/md/T25-TSAG-TD-0104/en",
      },
    ]);
    expect(snapshot.facts.header).toMatchObject({
      tdNumber: { value: "TSAG-TD104" },
      source: { value: "Rapporteur, RG-IES" },
      contacts: [{ name: "Scott Mansfield", email: "scott.mansfield@example.com" }],
    });
  });

  it("counts inserted text and leaves deleted text out; shows fields' results, not their codes", async () => {
    const body = [
      '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>TD17</w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="A"><w:r><w:t>TD171R2</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> on page </w:t></w:r>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
      '<w:fldSimple w:instr=" DOCPROPERTY dnum "><w:r><w:t xml:space="preserve"> (TD172)</w:t></w:r></w:fldSimple></w:p>',
      '<w:bookmarkStart w:id="0" w:name="AnnexA"/><w:p><w:r><w:t>Annex A</w:t><w:br/><w:tab/><w:t>list</w:t></w:r></w:p>',
      "<w:tbl><w:tr><w:tc><w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>",
    ].join("");
    const snapshot = await readDocx(await handmade(body, "<w:trackRevisions/>"));
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual([
      "See TD171R2 on page 3 (TD172)",
      "Annex A\u000b\tlist",
      "",
      "nested",
    ]);
    expect(snapshot.paragraphs[1]!.bookmarks).toEqual(["AnnexA"]);
    expect(snapshot.paragraphs[3]!.table).toEqual({ table: 0, row: 0, cell: 0, nesting: 2 });
    expect(snapshot.facts.trackChanges).toBe("trackAll");
  });

  it.each([
    ["a text file", Buffer.from("This is not a Word document."), /not a valid zip package/],
    ["a zip without a document", null, /word\/document\.xml is missing/],
    ["a cut-short document part", "<w:document><w:body><w:p>", /cut short/],
  ])("refuses %s with one sentence", async (_, content, message) => {
    let bytes: Uint8Array;
    if (content === null)
      bytes = await new JSZip().file("hello.txt", "hi").generateAsync({ type: "uint8array" });
    else if (typeof content === "string")
      bytes = await new JSZip().file("word/document.xml", content).generateAsync({ type: "uint8array" });
    else bytes = content;
    await expect(readDocx(bytes)).rejects.toThrow(UnreadableDocument);
    await expect(readDocx(bytes)).rejects.toThrow(message);
  });
});

describe("a second opinion on the fixtures", () => {
  // LibreOffice is a prerequisite of the tests (npm test's first step installs it or names it).
  it("LibreOffice converts the fixture to PDF without error", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "docx-fixture-"));
    writeFileSync(path.join(dir, "report.docx"), await toDocx(seedLikeReport()));
    execFileSync(
      libreOfficePath(),
      ["--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "report.docx")],
      { timeout: 120_000 },
    );
    expect(existsSync(path.join(dir, "report.pdf"))).toBe(true);
  });
});
