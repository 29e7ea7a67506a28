/**
 * What every command loads of each paragraph in its first sync, and how it becomes a ParagraphInput.
 * Shared by readDocument (the full snapshot) and editDocument (the fresh snapshot a command decides on).
 */
import type { ParagraphInput } from "../core";
import type { ParagraphApi } from "./wordApi";

export const PARAGRAPH_PROPERTIES = [
  "items/text",
  "items/style",
  "items/styleBuiltIn",
  "items/outlineLevel",
  "items/isListItem",
  "items/tableNestingLevel",
  "items/font/highlightColor",
  "items/listItemOrNullObject/level",
  "items/listItemOrNullObject/listString",
  "items/parentTableCellOrNullObject/rowIndex",
  "items/parentTableCellOrNullObject/cellIndex",
].join(",");

/** Word's outline level 10 is body text; 1–9 are heading levels. */
function outlineLevelOf(level: number): number | null {
  return level >= 1 && level <= 9 ? level : null;
}

export function paragraphInput(paragraph: ParagraphApi): ParagraphInput {
  const text = paragraph.text;
  const highlight = paragraph.font.highlightColor;
  const listItem = paragraph.listItemOrNullObject;
  return {
    text,
    style: paragraph.style,
    styleBuiltIn: paragraph.styleBuiltIn === "Other" ? null : paragraph.styleBuiltIn,
    outlineLevel: outlineLevelOf(paragraph.outlineLevel),
    list:
      paragraph.isListItem && !listItem.isNullObject
        ? { level: listItem.level, listString: listItem.listString }
        : null,
    highlights: highlight && text.length > 0 ? [{ start: 0, length: text.length, color: highlight }] : [],
  };
}

/**
 * Word cannot tell which table a cell belongs to without one more request per table, but tables are always
 * separated by at least one paragraph outside them, so a run of table paragraphs is one top-level table.
 */
export function numberTables(items: readonly ParagraphApi[], inputs: ParagraphInput[]): void {
  let table = -1;
  let inTable = false;
  items.forEach((paragraph, index) => {
    const nesting = paragraph.tableNestingLevel;
    if (nesting > 0) {
      if (!inTable) table++;
      inTable = true;
      const cell = paragraph.parentTableCellOrNullObject;
      inputs[index]!.table = cell.isNullObject
        ? null
        : { table, row: cell.rowIndex, cell: cell.cellIndex, nesting };
    } else {
      inTable = false;
    }
  });
}
