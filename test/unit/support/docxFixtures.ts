/**
 * Writes test documents twice: as a real .docx (with the `docx` package: styles, tables, highlights, bookmarks,
 * hyperlinks, tabs) and as the plain-text export of the same document (one paragraph per line, the seeds' format).
 */
import {
  Bookmark,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ParagraphChild,
} from "docx";

export interface FixtureParagraph {
  text: string;
  /** "Heading1" for a heading, or the name of a custom paragraph style ("ITU Action"). */
  style?: string;
  /** A part of the text to highlight in yellow. */
  highlight?: string;
  /** A bookmark around the whole paragraph. */
  bookmark?: string;
  /** A part of the text to link. */
  link?: { text: string; url: string };
}

export type FixtureBlock = FixtureParagraph | { table: FixtureParagraph[][][] };

const CUSTOM_STYLES = ["ITU Action"];

function runs(text: string, options: { highlight?: boolean; link?: boolean } = {}): TextRun[] {
  const parts = text.split("\t");
  return [
    new TextRun({
      children: parts.flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])),
      ...(options.highlight ? { highlight: "yellow" as const } : {}),
      ...(options.link ? { style: "Hyperlink" } : {}),
    }),
  ];
}

function paragraph(spec: FixtureParagraph): Paragraph {
  const cuts = [spec.highlight, spec.link?.text].filter((part): part is string => !!part);
  type Piece = { text: string; highlight: boolean; link: string | null };
  let pieces: Piece[] = [{ text: spec.text, highlight: false, link: null }];
  for (const cut of cuts) {
    pieces = pieces.flatMap((piece) => {
      const at = piece.text.indexOf(cut);
      if (at < 0) return [piece];
      const isHighlight = cut === spec.highlight;
      return [
        { ...piece, text: piece.text.slice(0, at) },
        {
          text: cut,
          highlight: piece.highlight || isHighlight,
          link: isHighlight ? piece.link : spec.link!.url,
        },
        { ...piece, text: piece.text.slice(at + cut.length) },
      ].filter((p) => p.text !== "");
    });
  }
  const children = pieces.flatMap((piece): ParagraphChild[] =>
    piece.link
      ? [
          new ExternalHyperlink({
            link: piece.link,
            children: runs(piece.text, { highlight: piece.highlight, link: true }),
          }),
        ]
      : runs(piece.text, { highlight: piece.highlight }),
  );
  const style = spec.style;
  return new Paragraph({
    children: spec.bookmark ? [new Bookmark({ id: spec.bookmark, children })] : children,
    ...(style === "Heading1" ? { heading: HeadingLevel.HEADING_1 } : {}),
    ...(style && CUSTOM_STYLES.includes(style) ? { style: style.replace(/\s+/g, "") } : {}),
  });
}

export async function toDocx(blocks: readonly FixtureBlock[]): Promise<Buffer> {
  const children = blocks.map((block) =>
    "table" in block
      ? new Table({
          rows: block.table.map(
            (row) =>
              new TableRow({ children: row.map((cell) => new TableCell({ children: cell.map(paragraph) })) }),
          ),
        })
      : paragraph(block),
  );
  // Word puts a paragraph between adjacent tables; so do we.
  const separated = children.flatMap((child, i) =>
    child instanceof Table && children[i + 1] instanceof Table ? [child, new Paragraph("")] : [child],
  );
  const document = new Document({
    styles: {
      paragraphStyles: CUSTOM_STYLES.map((name) => ({
        id: name.replace(/\s+/g, ""),
        name,
        basedOn: "Normal",
        next: "Normal",
      })),
    },
    sections: [{ children: separated }],
  });
  return Packer.toBuffer(document);
}

/** The plain-text export: one line per paragraph (table cells row by row), bookmarks as markers. */
export function toText(blocks: readonly FixtureBlock[]): string {
  const line = (p: FixtureParagraph) => `${p.bookmark ? `[bookmark: ${p.bookmark}]` : ""}${p.text}`;
  const lines = blocks.flatMap((block, i) => {
    if (!("table" in block)) return [line(block)];
    const cells = block.table.flat(2).map(line);
    return "table" in (blocks[i + 1] ?? {}) ? [...cells, ""] : cells;
  });
  return `${lines.join("\n")}\n`;
}

const cell = (text: string, extra: Partial<FixtureParagraph> = {}) => [{ text, ...extra }];

/** A full RG report in the shape of the seeds: header table, abstract, summary, clauses, actions, annex list. */
export function seedLikeReport(options: { email?: string; annexRows?: string[][] } = {}): FixtureBlock[] {
  const email = options.email ?? "E-mail:\tscott.mansfield@example.com";
  const annexRows = options.annexRows ?? [
    ["1.", "Admin", "TD103", "Rapporteur, RG-IES", "Draft agenda, RG-IES"],
    ["2.", "Admin", "(TD111)", "Rapporteur, RG-IEM", "Progress reports"],
    ["3.", "Report", "TD104", "Rapporteur, RG-IES", "Report, RG-IES"],
    ["4.", "Contribution", "C14", "Russian Federation", "Streamlining WTSA and PP resolution"],
  ];
  return [
    {
      table: [
        [cell("", { bookmark: "dnum" }), cell("INTERNATIONAL TELECOMMUNICATION UNION"), cell("TSAG-TD104")],
        [cell("Source:", { bookmark: "dsource" }), cell("Rapporteur, RG-IES"), cell("")],
        [cell("Title:", { bookmark: "dtitle1" }), cell("Draft report of TSAG RG-IES meeting"), cell("")],
        [
          cell("Contact:", { bookmark: "dcontact1" }),
          [{ text: "Scott Mansfield" }, { text: "Rapporteur, TSAG RG-IES" }],
          cell(email),
        ],
      ],
    },
    {
      table: [
        [
          cell("Abstract:"),
          cell("This TD provides the draft report of the RG-IES session.", { highlight: "draft report" }),
        ],
      ],
    },
    { text: "Executive Summary", style: "Heading1" },
    { text: "TSAG RG-IES met twice; the meeting was chaired by Mr Scott Mansfield (Example, Canada)." },
    { text: "RG-IES is pleased to bring the following actions to the attention of WP1:" },
    {
      text: "Action TSAG RG-IES-1\tWP1 is invited to approve the liaison statement – TD140R1.",
      style: "ITU Action",
    },
    {
      text: "Action TSAG RG-IES-2\tWP1 is invited to approve the RG-IES meeting report – TD104.",
      style: "ITU Action",
    },
    { text: "1\tOpening", style: "Heading1" },
    { text: "TSAG RG-IES met twice; the meeting was chaired by Mr Scott Mansfield (Example, Canada)." },
    { text: "The agenda in TD103 was approved. Progress reports are in (TD111)." },
    {
      text: "The contribution C14 (Russian Federation) was not presented; see the report TD104.",
      link: { text: "TD104", url: "https://www.itu.int/md/T25-TSAG-TD-0104/en" },
    },
    { text: "2\tStrategic planning", style: "Heading1" },
    { text: "The draft LS in TD140R1 was agreed." },
    {
      text: "Action TSAG RG-IES-1\tWP1 is invited to approve the liaison statement – TD140R1.",
      style: "ITU Action",
    },
    { text: "3\tFuture meetings", style: "Heading1" },
    { text: "4\tClosing", style: "Heading1" },
    { text: "The Rapporteur closed the meeting." },
    { text: "Annex A: Documentation" },
    {
      table: [
        [["#"], ["Category"], ["TD/C #"], ["Source"], ["Title"]].map((texts) =>
          texts.map((text) => ({ text })),
        ),
        ...annexRows.map((row) => row.map((text) => [{ text }])),
      ],
    },
  ];
}
