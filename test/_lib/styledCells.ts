import { eachStyledCell, type CellStyle, type OutputSheet } from '../../src/core/sheets/outputSheet';

/** A sheet's styled cells as [row, column, style], in the order the adapters see them. */
export function styledCells(sheet: OutputSheet): [number, number, CellStyle][] {
  const out: [number, number, CellStyle][] = [];
  eachStyledCell(sheet, (row, column, style) => out.push([row, column, style]));
  return out;
}
