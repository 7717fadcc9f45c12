import type { CellValue } from '../src/core/cells/cellValue';
import type { RawSheet, RawWorkbook } from '../src/core/cells/rawWorkbook';
import { optionalSheets } from './_lib/optionalSheets';
import { mulberry32 } from './_lib/prng';
import { staffRow } from './_lib/staffRow';
import { STAFF_HEADERS, STAFF_SHEET } from './_lib/teamColumns';

export const DEFAULT_SEED = 20260901;

function rectangular(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push(null);
  return rows;
}

/**
 * A synthetic team of `size` staff with every SPEC 2.1 column and the SPEC 2.2 optional sheets; same size and seed, same workbook.
 * The staff sheet has a title row and a blank row above the header; a blank row every 500 staff.
 */
export function generateTeam(size: number, seed = DEFAULT_SEED): RawWorkbook {
  const rng = mulberry32(seed ^ Math.imul(size, 0x9e3779b1));
  const width = STAFF_HEADERS.length;
  const rows: CellValue[][] = [
    ['Learning support team 2025/26 (synthetic)', ...Array<CellValue>(width - 1).fill(null)],
    Array<CellValue>(width).fill(null),
    [...STAFF_HEADERS],
  ];
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    const row = staffRow(rng, i);
    ids.push(row.id);
    rows.push(row.cells);
    if (i % 500 === 499 && i < size - 1) rows.push(Array<CellValue>(width).fill(null));
  }
  const staff: RawSheet = { name: STAFF_SHEET, firstRow: 1, firstColumn: 1, rows };
  const others = optionalSheets(rng, ids).map((s): RawSheet => ({ name: s.name, firstRow: 1, firstColumn: 1, rows: rectangular(s.rows) }));
  return { sheets: [staff, ...others] };
}
