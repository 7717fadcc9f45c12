import * as ExcelJS from 'exceljs';
import { isCellError, type CellValue } from '../../src/core/cells/cellValue';
import type { RawWorkbook } from '../../src/core/cells/rawWorkbook';

const DATE_FORMAT = 'dd/mm/yyyy';

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** Writes the workbook with exceljs's streaming writer (fast and flat in memory even for 100,000 staff); dates get a UK date format. */
export async function writeTeamXlsx(wb: RawWorkbook, file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const sheet of wb.sheets) {
    const ws = writer.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, i) => {
      const row = ws.getRow(sheet.firstRow + i);
      cells.forEach((v, j) => {
        if (v === null) return;
        const cell = row.getCell(sheet.firstColumn + j);
        cell.value = toExcel(v);
        if (v instanceof Date) cell.numFmt = DATE_FORMAT;
      });
      row.commit();
    });
    ws.commit();
  }
  await writer.commit();
}
