import { existsSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { OutputSheet } from '../../src/core/sheets/outputSheet';
import { writeAuditWorkbook } from '../../src/xlsx/writeXlsx';
import { HEAP_BYTES_PER_OUTPUT_CELL, outputCells, outputTooLarge } from '../../src/xlsx/_lib/outputMemory';
import { useTempDir } from './_lib/tempDir';

const dir = useTempDir();
const sheet = (rows: number): OutputSheet => ({ name: 'Skills Matrix', preamble: [['Org', 'X']], headers: ['Staff ID', 'Name', 'A1'], rows: { length: rows } as never });

describe('the output must fit in the heap before it is written', () => {
  it('counts header, row and preamble cells', () => {
    expect(outputCells([sheet(10)])).toBe(3 * 11 + 2);
  });

  it('lets an output through when it fits in four fifths of the free heap', () => {
    const need = outputCells([sheet(1000)]) * HEAP_BYTES_PER_OUTPUT_CELL;
    expect(outputTooLarge([sheet(1000)], { heap_size_limit: need * 2, used_heap_size: 0 })).toBeNull();
    expect(outputTooLarge([sheet(1000)], { heap_size_limit: need, used_heap_size: 0 })).toMatch(/^the audit output \(3,005 cells\) needs about .* GB of memory/);
  });

  it('refuses a 300-million-row output cleanly: WorkbookWriteError too-large, one line, no file', async () => {
    const input = path.join(dir(), 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Staff').addRows([['Staff ID', 'Name'], ['S1', 'Ann Lee']]);
    await wb.xlsx.writeFile(input);
    const out = path.join(dir(), 'out.xlsx');
    const err = await writeAuditWorkbook(input, out, [sheet(300_000_000)]).catch((e: Error) => e);
    expect(err).toMatchObject({ kind: 'too-large' });
    expect((err as Error).message).toMatch(/^Cannot write "out.xlsx": the audit output \(900,000,005 cells\)[^\n]*nothing was written\.$/);
    expect(existsSync(out)).toBe(false);
  });
});
