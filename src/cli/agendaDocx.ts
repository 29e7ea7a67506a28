/**
 * The agenda section as a real .docx (the `docx` package): clause headings, the documents and items as a bulleted
 * list with the "·" the WP agendas use, and "Anticipated Actions" in bold — ready to paste into the agenda.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Tab, TextRun } from "docx";
import { agendaParagraphs, BULLET, type AgendaSection } from "../core";

const LIST = "agenda-items";

function runsOf(text: string, bold = false): TextRun[] {
  const parts = text.split("\t");
  return [
    new TextRun({ bold, children: parts.flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])) }),
  ];
}

export async function agendaDocx(section: AgendaSection): Promise<Uint8Array> {
  const paragraphs = agendaParagraphs(section).map((paragraph) => {
    switch (paragraph.kind) {
      case "clause":
        return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runsOf(paragraph.text) });
      case "actions-heading":
        return new Paragraph({ children: runsOf(paragraph.text, true) });
      default:
        return new Paragraph({ numbering: { reference: LIST, level: 0 }, children: runsOf(paragraph.text) });
    }
  });
  const document = new Document({
    creator: "TSAG Report Assistant",
    title: `${section.wp} closing plenary: results of the Rapporteur Groups`,
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: BULLET,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
