/** The one reader dispatch: by a file's first bytes, then its name. */
import { decodeText, documentKind, readDocumentFile, UnreadableDocument } from "../../src/readers";
import { encryptedFileHeader, text, wordPackage } from "../../dev/fixtures/ooxmlPackage";

const utf8 = (value: string) => new TextEncoder().encode(value);

describe("documentKind", () => {
  it("sends zip packages and compound files to the .docx reader, whatever their name", async () => {
    const docx = await wordPackage({ body: text("Hello") });
    expect(documentKind("report.docx", docx)).toBe("docx");
    expect(documentKind("report", docx)).toBe("docx");
    expect(documentKind("report.txt", docx)).toBe("docx");
    expect(documentKind("report.doc", encryptedFileHeader())).toBe("docx");
  });

  it("sends .txt files to the text reader, and leaves other formats to their importers", () => {
    expect(documentKind("report.txt", utf8("1\tOpening"))).toBe("text");
    expect(documentKind("list.xlsx", utf8("PK\u0003\u0004"))).toBeNull();
    expect(documentKind("registry.json", utf8("{}"))).toBeNull();
    expect(documentKind("notes.md", utf8("# Notes"))).toBeNull();
  });
});

describe("readDocumentFile", () => {
  it("reads a .docx and a .txt export of it alike", async () => {
    const fromDocx = await readDocumentFile(
      "r.docx",
      await wordPackage({ body: text("1\tOpening") + text("Done.") }),
    );
    const fromText = await readDocumentFile("r.txt", utf8("1\tOpening\nDone.\n"));
    expect(fromDocx.paragraphs.map((p) => p.text)).toEqual(fromText.paragraphs.map((p) => p.text));
  });

  it("reads Word's Unicode (UTF-16) text export", async () => {
    const bom = Uint8Array.from([0xff, 0xfe]);
    const body = Buffer.from("Source:\tRapporteur\r\n1\tOpening\r\n", "utf16le");
    const snapshot = await readDocumentFile("r.txt", new Uint8Array([...bom, ...body]));
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(["Source:\tRapporteur", "1\tOpening"]);
  });

  it("gives one sentence for what it cannot read", async () => {
    await expect(readDocumentFile("notes.md", utf8("# Notes"))).rejects.toThrow(
      new UnreadableDocument("only Word documents (.docx) and plain-text exports (.txt) can be read."),
    );
    expect(() => decodeText(Uint8Array.from([0x41, 0x00, 0x42]))).toThrow("this is not a text file.");
  });
});
