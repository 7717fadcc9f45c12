import type { OutputSheet, OutputValue } from '../../core/sheets/outputSheet';

const WIDTH_SAMPLE_ROWS = 500;

/**
 * Column widths: as given, or from the header and the first rows' text (clamped so one long note does not win).
 * @example columnWidths({ name: 'X', preamble: [], headers: ['Staff ID'], rows: [] }) // [10]
 */
export function columnWidths(sheet: OutputSheet): number[] {
  return sheet.headers.map((header, i) => {
    const given = sheet.columnWidths?.[i];
    if (given !== undefined && given > 0) return given;
    let longest = header.length;
    for (const row of sheet.rows.slice(0, WIDTH_SAMPLE_ROWS)) longest = Math.max(longest, textLength(row[i]));
    return Math.min(60, Math.max(8, longest + 2));
  });
}

function textLength(v: OutputValue | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? String(Math.round(v * 10) / 10).length : String(v).length;
}
