/**
 * A large .docx written the way Word writes one, for the reader's benchmark: the synthetic report's paragraphs
 * with Word's markup around them (revision ids on every paragraph and run, runs split where Word splits them,
 * run properties, proofing marks, bookmarks, tables with their properties), DEFLATE-compressed. Word's markup
 * is what a reader spends its time on: a real 14,797-paragraph ITU Recommendation holds 15 MB of document.xml,
 * about 1 KB per paragraph, and this file is generated to the same density (the benchmark prints it).
 */
import JSZip from "jszip";
import type { SimParagraphSpec } from "../dev/simulator";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const rsid = (i: number) =>
  (0x00a00000 + (((i * 2654435761) >>> 8) % 0xfffff)).toString(16).toUpperCase().padStart(8, "0");

const RUN_PROPERTIES =
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="ja-JP"/>';

/** Word splits a paragraph into runs at every editing session and proofing mark: here, at about every 4th space. */
function runs(text: string, i: number, highlight: { start: number; length: number } | null): string {
  const pieces: string[] = [];
  let from = 0;
  let spaces = 0;
  for (let at = 0; at <= text.length; at++) {
    const end = at === text.length;
    if (!end && text[at] !== " " && text[at] !== "\t") continue;
    if (!end && ++spaces % 4 !== 0) continue;
    pieces.push(text.slice(from, end ? at : at + 1));
    from = at + 1;
  }
  let offset = 0;
  return pieces
    .map((piece, n) => {
      const lit =
        highlight && offset < highlight.start + highlight.length && offset + piece.length > highlight.start;
      offset += piece.length;
      const content = piece
        .split("\t")
        .map((part) => (part ? `<w:t xml:space="preserve">${escape(part)}</w:t>` : ""))
        .join("<w:tab/>");
      const proofing = n === 1 && i % 3 === 0 ? '<w:proofErr w:type="spellStart"/>' : "";
      return `${proofing}<w:r w:rsidRPr="${rsid(i + n)}"><w:rPr>${RUN_PROPERTIES}${lit ? '<w:highlight w:val="yellow"/>' : ""}</w:rPr>${content}</w:r>${proofing ? '<w:proofErr w:type="spellEnd"/>' : ""}`;
    })
    .join("");
}

function paragraph(spec: SimParagraphSpec, i: number): string {
  const style =
    spec.styleBuiltIn === "Heading1" ? "Heading1" : spec.style === "ITU Action" ? "ITUAction" : null;
  const bookmarks = (spec.bookmarks ?? [])
    .map(
      (name, n) =>
        `<w:bookmarkStart w:id="${i * 4 + n}" w:name="${name}"/><w:bookmarkEnd w:id="${i * 4 + n}"/>`,
    )
    .join("");
  return `<w:p w:rsidR="${rsid(i)}" w:rsidRDefault="${rsid(i + 1)}" w:rsidP="${rsid(i + 2)}" w14:paraId="${rsid(i * 7)}" w14:textId="77777777"><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}<w:spacing w:before="120" w:after="0"/><w:jc w:val="both"/><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:pPr>${bookmarks}${runs(spec.text, i, spec.highlights?.[0] ?? null)}</w:p>`;
}

function tableXml(rows: SimParagraphSpec[][], i: number): string {
  const body = rows
    .map(
      (cells, r) =>
        `<w:tr w:rsidR="${rsid(i + r)}" w:rsidTr="${rsid(i)}"><w:trPr><w:cantSplit/></w:trPr>${cells
          .map(
            (cell, c) =>
              `<w:tc><w:tcPr><w:tcW w:w="${3000 + c}" w:type="dxa"/><w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders></w:tcPr>${paragraph(cell, i + r * 7 + c)}</w:tc>`,
          )
          .join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3001"/><w:gridCol w:w="3002"/></w:tblGrid>${body}</w:tbl>`;
}

/** The document part for the specs: consecutive table cells become one table, rows and cells as the specs say. */
export function wordLikeDocumentXml(specs: readonly SimParagraphSpec[]): string {
  const parts: string[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    if (!spec.table) {
      parts.push(paragraph(spec, i));
      continue;
    }
    const rows: SimParagraphSpec[][] = [];
    for (; i < specs.length && specs[i]!.table; i++) {
      const { row, cell } = specs[i]!.table!;
      (rows[row] ??= [])[cell] = specs[i]!;
    }
    i--;
    parts.push(
      tableXml(
        rows.map((cells) => [...cells].map((cell) => cell ?? { text: "" })),
        i,
      ),
    );
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"><w:body>${parts.join("")}<w:sectPr><w:pgSz w:w="11907" w:h="16840" w:code="9"/></w:sectPr></w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ITUAction"><w:name w:val="ITU Action"/><w:basedOn w:val="Normal"/></w:style></w:styles>`;

export async function wordLikeDocx(
  specs: readonly SimParagraphSpec[],
): Promise<{ bytes: Uint8Array; xmlBytes: number }> {
  const xml = wordLikeDocumentXml(specs);
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip()
    .file(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    )
    .file(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`,
    )
    .file(
      "word/_rels/document.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    )
    .file("word/styles.xml", STYLES)
    .file("word/document.xml", xml);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, xmlBytes: Buffer.byteLength(xml) };
}
