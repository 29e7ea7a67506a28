/**
 * The .docx reader on the constructs Word writes and on unusual packages: each read as Word shows it (the paragraph
 * model of docs/paragraph-model.md), and a finished report made of them gives no finding.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ALL_RULES, checkDocument, clauseStarts } from "../../src/core";
import { readDocx, readDocxWithNotes, UnreadableDocument } from "../../src/readers/docx";
import {
  cell,
  complexField,
  contentControl,
  deleted,
  deletedMark,
  deletedRow,
  encryptedFileHeader,
  legacyWordFileHeader,
  paragraph,
  row,
  run,
  symbol,
  table,
  text,
  wordPackage,
  type PackageOptions,
} from "../../dev/fixtures/ooxmlPackage";
import {
  WORD_CONSTRUCTS_LINKS,
  WORD_CONSTRUCTS_TEXT,
  wordConstructsBody,
} from "../../dev/fixtures/wordConstructs";
import { fixtureRegistry } from "./support/fixtures";

const read = async (body: string, options: Partial<PackageOptions> = {}) =>
  readDocx(await wordPackage({ body, ...options }));
const texts = async (body: string) => (await read(body)).paragraphs.map((p) => p.text);

describe("the paragraph model on Word's constructs", () => {
  it("reads a report made of them as Word shows it, and finds nothing wrong with it", async () => {
    const reading = await readDocxWithNotes(
      await wordPackage({ body: wordConstructsBody(), links: WORD_CONSTRUCTS_LINKS, trackRevisions: true }),
    );
    const snapshot = reading.snapshot;
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(WORD_CONSTRUCTS_TEXT);
    expect(snapshot.facts.header).toMatchObject({
      tdNumber: { value: "TSAG-TD104R1" },
      source: { value: "Rapporteur, RG-IES" },
      title: { value: "Draft report of TSAG RG-IES meeting" },
      contacts: [{ name: "Ana Silva", email: "ana.silva@example.org" }],
      abstract: { value: "This TD contains the report of the RG-IES session." },
    });
    expect(reading.notes).toEqual([
      "1 text box not read: Word does not count them as the document's paragraphs.",
    ]);
    const findings = checkDocument(snapshot, { registry: fixtureRegistry(), rules: ALL_RULES });
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it("takes clauses from the heading styles: not the TOC lines, not a typed number in body text", async () => {
    const snapshot = await readDocx(await wordPackage({ body: wordConstructsBody() }));
    const starts = clauseStarts(snapshot.paragraphs);
    expect(snapshot.paragraphs.filter((p) => starts[p.index]).map((p) => p.text)).toEqual([
      "1\tOpening",
      "2\tWork items",
      "3\tClosing",
    ]);
    const tocLine = snapshot.paragraphs.find((p) => p.text === "2\tWork items\t2")!;
    expect(tocLine).toMatchObject({ style: "TOC 1", styleBuiltIn: "Toc1" });
    expect(tocLine.hyperlinks).toEqual([{ start: 0, length: tocLine.text.length, address: "#_Toc2" }]);
  });

  it("reads content controls around rows, cells and runs without losing or shifting cells", async () => {
    const snapshot = await readDocx(await wordPackage({ body: wordConstructsBody() }));
    const at = (value: string) => snapshot.paragraphs.find((p) => p.text === value)!.table;
    expect(at("Rapporteur, RG-IES")).toEqual({ table: 0, row: 1, cell: 1, nesting: 1 });
    expect(at("Draft report of TSAG RG-IES meeting")).toEqual({ table: 0, row: 2, cell: 1, nesting: 1 });
    // The deleted row is gone: the contact row comes next.
    expect(at("Ana Silva")).toEqual({ table: 0, row: 3, cell: 1, nesting: 1 });
    expect(at("This TD contains the report of the RG-IES session.")).toEqual({
      table: 1,
      row: 0,
      cell: 1,
      nesting: 1,
    });
  });

  it("joins a paragraph whose mark is deleted to the next, and drops a deleted paragraph", async () => {
    const body = [
      paragraph(run("Bursts are ") + deleted("often "), { properties: deletedMark, style: "Heading1" }),
      paragraph(run("counted once."), { style: "BodyText" }),
      paragraph(deleted("A withdrawn sentence."), { properties: deletedMark }),
      text("The next sentence."),
      paragraph(run("Kept before the table, though its mark is deleted."), { properties: deletedMark }),
      table(row([cell(text("cell"))])),
    ].join("");
    const snapshot = await read(body);
    expect(snapshot.paragraphs.map((p) => [p.text, p.style])).toEqual([
      ["Bursts are counted once.", "Body Text"], // the surviving mark's paragraph properties
      ["The next sentence.", "Normal"],
      ["Kept before the table, though its mark is deleted.", "Normal"],
      ["cell", "Normal"],
    ]);
  });

  it("drops a deleted table row and a table deleted whole, and numbers the tables Word keeps", async () => {
    const body = [
      table(deletedRow([cell(text("gone"))])),
      text("between"),
      table(row([cell(text("a"))]), deletedRow([cell(text("b"))]), contentControl(row([cell(text("c"))]))),
    ].join("");
    const snapshot = await read(body);
    expect(snapshot.paragraphs.map((p) => [p.text, p.table && [p.table.table, p.table.row]])).toEqual([
      ["between", null],
      ["a", [0, 0]],
      ["c", [0, 1]],
    ]);
  });

  it("gives equations' text, ruby's base, symbols' characters; a symbol font it does not know is said", async () => {
    const body = paragraph(
      symbol("Symbol", "F0A3") +
        symbol("Symbol", "F0B4") +
        symbol("Marlett", "F061") +
        symbol("Arial", "2264"),
    );
    const reading = await readDocxWithNotes(await wordPackage({ body }));
    expect(reading.snapshot.paragraphs[0]!.text).toBe("\u2264\u00D7\uF061\u2264");
    expect(reading.notes).toEqual([
      "1 symbol of a symbol font this reader does not know kept as the font's own character codes.",
    ]);
  });

  it("records links made with HYPERLINK fields and simple fields, with their locations", async () => {
    const body = [
      paragraph(
        run("See ") +
          complexField(' HYPERLINK "https://www.itu.int/md/T25-TSAG-C-0014/en" \\o "C14" ', run("C14")) +
          run("."),
      ),
      paragraph(
        run("Annex ") +
          '<w:fldSimple w:instr=" HYPERLINK &quot;https://www.itu.int/md/&quot; \\l &quot;annex&quot; "><w:r><w:t>A</w:t></w:r></w:fldSimple>',
      ),
      paragraph(complexField(" PAGE ", run("7"))),
    ].join("");
    const snapshot = await read(body);
    expect(snapshot.paragraphs.map((p) => [p.text, p.hyperlinks])).toEqual([
      ["See C14.", [{ start: 4, length: 3, address: "https://www.itu.int/md/T25-TSAG-C-0014/en" }]],
      ["Annex A", [{ start: 6, length: 1, address: "https://www.itu.int/md/#annex" }]],
      ["7", []],
    ]);
  });

  it("does not count text boxes as paragraphs or as their anchor's text", async () => {
    expect(await texts(wordConstructsBody())).not.toContain("Source:\tITU-T SG99");
  });
});

describe("unusual but valid packages", () => {
  const expected = async () =>
    (await read(wordConstructsBody(), { links: WORD_CONSTRUCTS_LINKS })).paragraphs;

  it.each([
    ["another namespace prefix than w:", { prefix: "ns0" }],
    ["Strict OOXML's namespace names", { strict: true }],
    ["a main part the package relationships name elsewhere", { mainPart: "content/report-main.xml" }],
  ])("reads %s like the usual file", async (_, options) => {
    const snapshot = await read(wordConstructsBody(), { links: WORD_CONSTRUCTS_LINKS, ...options });
    expect(snapshot.paragraphs).toEqual(await expected());
    expect(snapshot.facts.header.source?.value).toBe("Rapporteur, RG-IES");
  });
});

describe("files that are not a readable .docx get one sentence", () => {
  it.each([
    [
      "a password-protected document",
      encryptedFileHeader(),
      /protected with a password: remove the password in Word/,
    ],
    [
      "a Word 97-2003 document",
      legacyWordFileHeader(),
      /Word 97-2003 document \(\.doc\).*save it as a Word Document \(\.docx\)/,
    ],
  ])("%s", async (_, bytes, message) => {
    await expect(readDocx(bytes)).rejects.toThrow(UnreadableDocument);
    await expect(readDocx(bytes)).rejects.toThrow(message);
  });

  it("a main part cut short, whatever its prefix", async () => {
    const bytes = await wordPackage({ body: text("Some text"), prefix: "ns0" });
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.slice(0, xml.indexOf("Some")));
    await expect(readDocx(await zip.generateAsync({ type: "uint8array" }))).rejects.toThrow(
      "damaged Word document: word/document.xml is cut short.",
    );
  });
});

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((file) => existsSync(file));

describe("a second opinion on the hand-written package", () => {
  // LibreOffice is not part of every test machine; where it is installed, it must open the fixture.
  (soffice ? it : it.skip)("LibreOffice converts the report made of Word's constructs to PDF", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "docx-constructs-"));
    const bytes = await wordPackage({
      body: wordConstructsBody(),
      links: WORD_CONSTRUCTS_LINKS,
      trackRevisions: true,
    });
    writeFileSync(path.join(dir, "constructs.docx"), bytes);
    execFileSync(
      soffice!,
      ["--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "constructs.docx")],
      {
        timeout: 120_000,
      },
    );
    expect(existsSync(path.join(dir, "constructs.pdf"))).toBe(true);
  });
});
