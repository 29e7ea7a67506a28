/**
 * The agenda section as paragraphs (what the .docx writer and the Word adapter write, and the text form prints),
 * as the JSON the issue tracker's tools read, and as HTML.
 */
import { escapeHtml } from "../document/escapeHtml";
import type { AgendaSection } from "./build";

export type AgendaParagraphKind = "clause" | "document" | "actions-heading" | "item";

export interface AgendaParagraph {
  kind: AgendaParagraphKind;
  text: string;
}

/** The bullet the seeds' agendas put before documents and items. */
export const BULLET = "·";

export function agendaParagraphs(section: AgendaSection): AgendaParagraph[] {
  const paragraphs: AgendaParagraph[] = [];
  section.groups.forEach((group, index) => {
    const title = group.title ? ` “${group.title}”` : "";
    paragraphs.push({ kind: "clause", text: `${section.clause}.${index + 1}\tTSAG ${group.group}${title}` });
    paragraphs.push({ kind: "document", text: `Report – ${group.report ?? "<TBD>"}` });
    if (group.documents.length > 0)
      paragraphs.push({ kind: "document", text: `Documents – ${group.documents.join(", ")}` });
    paragraphs.push({ kind: "actions-heading", text: "Anticipated Actions" });
    for (const item of group.items) paragraphs.push({ kind: "item", text: `${item.label}: ${item.text}` });
  });
  return paragraphs;
}

/** Plain text, one paragraph a line, bullets written out. */
export function agendaText(section: AgendaSection): string {
  return agendaParagraphs(section)
    .map((paragraph) =>
      paragraph.kind === "document" || paragraph.kind === "item"
        ? `${BULLET} ${paragraph.text}`
        : paragraph.text,
    )
    .join("\n");
}

export function agendaJson(section: AgendaSection): string {
  return JSON.stringify(
    {
      wp: section.wp,
      groups: section.groups.map((group) => ({
        group: group.group,
        title: group.title,
        report: group.report,
        documents: group.documents,
        items: group.items,
      })),
      warnings: section.warnings,
    },
    null,
    2,
  );
}

export function agendaHtml(section: AgendaSection): string {
  const lines = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(section.wp)} closing plenary: results of the Rapporteur Groups</title></head><body>`,
  ];
  let list = false;
  const closeList = () => {
    if (list) lines.push("</ul>");
    list = false;
  };
  for (const paragraph of agendaParagraphs(section)) {
    if (paragraph.kind === "clause") {
      closeList();
      lines.push(`<h2>${escapeHtml(paragraph.text.replace("\t", " "))}</h2>`);
    } else if (paragraph.kind === "actions-heading") {
      closeList();
      lines.push(`<h3>${escapeHtml(paragraph.text)}</h3>`);
    } else {
      if (!list) lines.push("<ul>");
      list = true;
      lines.push(`<li>${escapeHtml(paragraph.text)}</li>`);
    }
  }
  closeList();
  if (section.warnings.length > 0) {
    lines.push(
      "<h3>To complete</h3>",
      "<ul>",
      ...section.warnings.map((w) => `<li>${escapeHtml(w)}</li>`),
      "</ul>",
    );
  }
  lines.push("</body></html>");
  return lines.join("\n");
}
