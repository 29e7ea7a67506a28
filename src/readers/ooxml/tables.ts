/**
 * Where the walker is in tables: each open table (nested ones on top), its current row and cell, and whether
 * that row or cell is deleted under track changes. A deleted row or cell is gone: the next one takes its number.
 * Top-level tables are numbered when their first paragraph is read, so a table deleted whole takes no number.
 */
import type { TableCellPosition } from "../../core";

interface TableFrame {
  /** The top-level table's number, or -1 until its first paragraph. */
  index: number;
  nesting: number;
  row: number;
  cell: number;
  rowDeleted: boolean;
  cellDeleted: boolean;
}

export class TablePlaces {
  private frames: TableFrame[] = [];
  private count = 0;

  private get top(): TableFrame | undefined {
    return this.frames[this.frames.length - 1];
  }

  startTable(): void {
    const nesting = this.frames.length + 1;
    this.frames.push({ index: -1, nesting, row: -1, cell: -1, rowDeleted: false, cellDeleted: false });
  }

  endTable(): void {
    this.frames.pop();
  }

  startRow(): void {
    const table = this.top;
    if (!table) return;
    table.row++;
    table.cell = -1;
    table.rowDeleted = false;
  }

  endRow(): void {
    const table = this.top;
    if (table?.rowDeleted) table.row--;
  }

  /** Starts a cell; false when the cell is in a deleted row (the walker skips it). */
  startCell(): boolean {
    const table = this.top;
    if (!table) return true;
    if (table.rowDeleted) return false;
    table.cell++;
    table.cellDeleted = false;
    return true;
  }

  endCell(): void {
    const table = this.top;
    if (table?.cellDeleted) table.cell--;
  }

  deleteRow(): void {
    if (this.top) this.top.rowDeleted = true;
  }

  deleteCell(): void {
    if (this.top) this.top.cellDeleted = true;
  }

  /** Whether a paragraph here is gone (its row or cell is deleted). */
  get inDeletedPart(): boolean {
    const table = this.top;
    return table !== undefined && (table.rowDeleted || table.cellDeleted);
  }

  /** The place of a paragraph read here, or null outside tables. */
  position(): TableCellPosition | null {
    const table = this.top;
    if (!table) return null;
    const outermost = this.frames[0]!;
    if (outermost.index < 0) outermost.index = this.count++;
    return { table: outermost.index, row: table.row, cell: table.cell, nesting: table.nesting };
  }
}
