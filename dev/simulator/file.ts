/**
 * The simulated document as the .docx Word would save, and Office's `Document.getFileAsync` over it (the Common
 * API, callback style): the file in slices of at most `sliceSize` bytes, `getSliceAsync` one at a time,
 * `closeAsync`, and the host's refusal where the document says so (SimDocument.fileRefusal: Office's error 11001
 * on some third-party storage). Only the plumbing is proven with it; what Word itself puts in a file is proven by
 * the reader's tests on Word-made constructs.
 *
 * What is written: paragraphs with their style, runs split by highlight, hyperlink and tracked change (w:ins,
 * w:del with w:delText, a deleted paragraph mark as w:rPr/w:del in the paragraph's properties), tabs and line
 * breaks, bookmarks over whole paragraphs, tables from runs of table paragraphs (cells by row and cell index).
 */
import JSZip from "jszip";
import type { OfficeDocumentApi, OfficeFileApi } from "../../src/word/documentFile";
import type { SimDocument, SimParagraph } from "./document";
import { runsOf } from "./document";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Word's highlight names are lower camel case ("yellow", "darkBlue"); a "#RRGGBB" value has no name: yellow. */
const highlightName = (color: string) =>
  color.startsWith("#") ? "yellow" : color.charAt(0).toLowerCase() + color.slice(1);

function styleIdOf(paragraph: SimParagraph): string {
  return paragraph.styleBuiltIn !== "Other" ? paragraph.styleBuiltIn : paragraph.style.replace(/\s+/g, "");
}

/** The name styles.xml gives a style: Word's own English names for built-in styles ("heading 1"). */
function styleNameOf(paragraph: SimParagraph): string {
  const heading = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn);
  if (heading) return `heading ${heading[1]}`;
  return paragraph.style;
}

class Writer {
  private revision = 1;
  readonly links = new Map<string, string>();

  /** A run's text: tabs and manual line breaks (U+000B) are elements of their own in OOXML. */
  text(value: string, deleted: boolean): string {
    const tag = deleted ? "w:delText" : "w:t";
    let xml = "";
    let pending = "";
    const flush = () => {
      if (pending) xml += `<${tag} xml:space="preserve">${escape(pending)}</${tag}>`;
      pending = "";
    };
    for (const char of value) {
      if (char !== "\t" && char !== "\u000b") {
        pending += char;
        continue;
      }
      flush();
      xml += char === "\t" ? "<w:tab/>" : "<w:br/>";
    }
    flush();
    return xml;
  }

  change(kind: "ins" | "del"): string {
    return `<w:${kind} w:id="${this.revision++}" w:author="Rapporteur" w:date="2026-01-01T00:00:00Z">`;
  }

  /** A paragraph, with the bookmarks that start in it (`starts`) and those that end with it (`ends`). */
  paragraph(
    paragraph: SimParagraph,
    starts: readonly number[],
    ends: readonly number[],
    names: string[],
  ): string {
    const properties =
      `<w:pPr><w:pStyle w:val="${escape(styleIdOf(paragraph))}"/>` +
      (paragraph.markStruck ? `<w:rPr>${this.change("del").replace(">", "/>")}</w:rPr>` : "") +
      "</w:pPr>";
    const keys = [...paragraph.text].map(
      (_, i) =>
        `${paragraph.struck[i] ? "d" : paragraph.inserted[i] ? "i" : "-"}|${paragraph.highlight[i] ?? ""}|${paragraph.link[i] ?? ""}`,
    );
    const runs = runsOf(keys).map(({ start, length, value }) => {
      const [change, highlight, link] = value.split("|") as [string, string, string];
      const rPr = highlight ? `<w:rPr><w:highlight w:val="${highlightName(highlight)}"/></w:rPr>` : "";
      let run = `<w:r>${rPr}${this.text(paragraph.text.slice(start, start + length), change === "d")}</w:r>`;
      if (change === "d") run = `${this.change("del")}${run}</w:del>`;
      if (change === "i") run = `${this.change("ins")}${run}</w:ins>`;
      if (link) run = `<w:hyperlink r:id="${this.linkId(link)}">${run}</w:hyperlink>`;
      return run;
    });
    const opened = starts.map((id) => `<w:bookmarkStart w:id="${id}" w:name="${escape(names[id]!)}"/>`);
    const closed = ends.map((id) => `<w:bookmarkEnd w:id="${id}"/>`);
    return `<w:p>${properties}${opened.join("")}${runs.join("")}${closed.join("")}</w:p>`;
  }

  private linkId(address: string): string {
    if (!this.links.has(address)) this.links.set(address, `rIdLink${this.links.size + 1}`);
    return this.links.get(address)!;
  }
}

/** document.xml's body: paragraphs, and runs of table paragraphs as tables (rows and cells by their indexes). */
function bodyXml(doc: SimDocument, writer: Writer): string {
  const out: string[] = [];
  const names = doc.bookmarks.map((bookmark) => bookmark.name);
  const idsWhere = (paragraph: SimParagraph, end: "first" | "last") =>
    doc.bookmarks.flatMap((bookmark, id) => (bookmark[end] === paragraph ? [id] : []));
  const paragraphXml = (paragraph: SimParagraph) =>
    writer.paragraph(paragraph, idsWhere(paragraph, "first"), idsWhere(paragraph, "last"), names);
  let i = 0;
  const paragraphs = doc.paragraphs;
  while (i < paragraphs.length) {
    const paragraph = paragraphs[i]!;
    if (!paragraph.table) {
      out.push(paragraphXml(paragraph));
      i++;
      continue;
    }
    const cells = new Map<number, Map<number, SimParagraph[]>>();
    for (; i < paragraphs.length && paragraphs[i]!.table; i++) {
      const { row, cell } = paragraphs[i]!.table!;
      if (!cells.has(row)) cells.set(row, new Map());
      const rowCells = cells.get(row)!;
      rowCells.set(cell, [...(rowCells.get(cell) ?? []), paragraphs[i]!]);
    }
    const rows = [...cells.entries()].sort(([a], [b]) => a - b);
    out.push(
      "<w:tbl>" +
        rows
          .map(
            ([, rowCells]) =>
              "<w:tr>" +
              [...rowCells.entries()]
                .sort(([a], [b]) => a - b)
                .map(([, content]) => `<w:tc>${content.map(paragraphXml).join("")}</w:tc>`)
                .join("") +
              "</w:tr>",
          )
          .join("") +
        "</w:tbl>",
    );
  }
  return out.join("");
}

function stylesXml(doc: SimDocument): string {
  const styles = new Map<string, string>();
  for (const paragraph of doc.paragraphs) styles.set(styleIdOf(paragraph), styleNameOf(paragraph));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    [...styles]
      .map(
        ([id, name]) =>
          `<w:style w:type="paragraph"${id === "Normal" ? ' w:default="1"' : ""} w:styleId="${escape(id)}"><w:name w:val="${escape(name)}"/></w:style>`,
      )
      .join("") +
    "</w:styles>"
  );
}

/** The document as a .docx. */
export async function documentAsDocx(doc: SimDocument): Promise<Uint8Array> {
  const writer = new Writer();
  const body = bodyXml(doc, writer);
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
      [...writer.links]
        .map(
          ([address, id]) =>
            `<Relationship Id="${id}" Type="${R}/hyperlink" Target="${escape(address)}" TargetMode="External"/>`,
        )
        .join("") +
      "</Relationships>",
  );
  zip.file("word/styles.xml", stylesXml(doc));
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Office's error for a failed call, as AsyncResult.error gives it. */
interface OfficeError {
  code: number;
  name: string;
  message: string;
}

type Callback<T> = (result: { status: "succeeded" | "failed"; value: T; error?: OfficeError }) => void;

/**
 * `Office.context.document` as far as getFileAsync goes, over the simulated document. Each call writes the file
 * anew (as Word saves it at that moment); `calls` counts what the add-in asked, for the tests and the benchmark.
 */
export function simulatedOfficeDocument(doc: SimDocument): OfficeDocumentApi & {
  calls: { getFile: number; slices: number; closed: number; bytes: number };
} {
  const calls = { getFile: 0, slices: 0, closed: 0, bytes: 0 };
  const fail = <T>(callback: Callback<T>, error: OfficeError) =>
    setTimeout(() => callback({ status: "failed", value: undefined as T, error }));
  return {
    calls,
    getFileAsync(fileType, options, callback) {
      calls.getFile++;
      if (fileType !== "compressed")
        return fail(callback, {
          code: 5001,
          name: "Internal Error",
          message: "Only compressed is simulated.",
        });
      if (doc.fileRefusal) return fail(callback, { ...doc.fileRefusal, name: "Internal Error" });
      const sliceSize = Math.min(options.sliceSize ?? 4_194_304, 4_194_304);
      void documentAsDocx(doc).then((bytes) => {
        let open = true;
        const file: OfficeFileApi = {
          size: bytes.length,
          sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
          getSliceAsync(index, done) {
            if (!open || index < 0 || index >= file.sliceCount)
              return fail(done, { code: 5001, name: "Internal Error", message: "No such slice." });
            calls.slices++;
            const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
            calls.bytes += data.length;
            setTimeout(() => done({ status: "succeeded", value: { data, index, size: data.length } }));
          },
          closeAsync(done) {
            open = false;
            calls.closed++;
            setTimeout(() => done?.({ status: "succeeded", value: undefined }));
          },
        };
        callback({ status: "succeeded", value: file });
      });
    },
  };
}
