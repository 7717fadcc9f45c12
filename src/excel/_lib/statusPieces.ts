import type { OutputSheet } from '../../core/sheets/outputSheet';
import type { XlWorksheet } from '../excelApi';
import type { SheetLayout } from './sheetLayout';
import type { BatchPiece } from './syncBatch';

// Excel's Good / Neutral / Bad colours, as the core palette uses for the same words.
const RULES = [
  { text: 'Green', fill: '#C6EFCE', font: '#006100' },
  { text: 'Amber', fill: '#FFEB9C', font: '#9C5700' },
  { text: 'Red', fill: '#FFC7CE', font: '#9C0006' },
];

/** Columns headed "Status": coloured by conditional formats, so three rules cover any number of rows. */
export function statusColumns(sheet: OutputSheet): Set<number> {
  const out = new Set<number>();
  sheet.headers.forEach((h, c) => {
    if (h === 'Status') out.add(c);
  });
  return out;
}

/**
 * Conditional formats colouring Green / Amber / Red status text in each Status column.
 * @example statusPieces(ws, summary, layout).length // 1 when the sheet has a Status column
 */
export function statusPieces(ws: XlWorksheet, sheet: OutputSheet, layout: SheetLayout): BatchPiece[] {
  const columns = [...statusColumns(sheet)];
  if (columns.length === 0 || sheet.rows.length === 0) return [];
  return [
    {
      bytes: 600 * columns.length,
      queue() {
        for (const c of columns) {
          const range = ws.getRangeByIndexes(layout.firstDataRow, c, sheet.rows.length, 1);
          for (const rule of RULES) {
            const cf = range.conditionalFormats.add('ContainsText');
            cf.textComparison.format.fill.color = rule.fill;
            cf.textComparison.format.font.color = rule.font;
            cf.textComparison.rule = { operator: 'BeginsWith', text: rule.text };
          }
        }
      },
    },
  ];
}
