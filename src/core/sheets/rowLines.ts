import type { OutputSheet, OutputValue } from './outputSheet';

// Characters of 11 pt Calibri (or its metric twin Carlito) per unit of Excel column width: a width unit is one digit,
// and running text averages a little narrower than digits.
const CHARACTERS_PER_UNIT = 1.15;
/** Points per printed line of 11 pt text. */
export const LINE_POINTS = 15;

/**
 * Lines a text takes when word-wrapped in a column of `width` characters (greedy, as Excel and LibreOffice wrap).
 * @example wrappedLines('Include every LSA in performance review each year', 20) // 3
 */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  const room = Math.max(1, Math.floor((width * CHARACTERS_PER_UNIT * 11) / fontSize) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const len = word.length;
      if (line === 0) line = len;
      else if (line + 1 + len <= room) line += 1 + len;
      else {
        lines++;
        line = len;
      }
      while (line > room) {
        lines++;
        line -= room;
      }
    }
  }
  return lines;
}

/**
 * The height in points a row of the sheet needs for its wrapped text (null: the default height does); Excel and
 * LibreOffice do not always grow rows on opening a file, so the writers set it.
 * @example rowHeight(summary, summary.rows[0]) // 30
 */
export function rowHeight(sheet: Pick<OutputSheet, 'columnWidths' | 'fontSize'>, values: readonly OutputValue[], columns: readonly number[]): number | null {
  const size = sheet.fontSize ?? 11;
  let lines = 1;
  for (const c of columns) {
    const v = values[c];
    const width = sheet.columnWidths?.[c];
    if (typeof v !== 'string' || width === undefined || v.length < width) continue;
    lines = Math.max(lines, wrappedLines(v, width, size));
  }
  return lines > 1 || size !== 11 ? lineHeight(size, lines) : null;
}

/**
 * Points for `lines` lines of text at a font size (15 pt a line at Excel's 11 pt).
 * @example lineHeight(8, 2) // 21
 */
export function lineHeight(fontSize: number, lines = 1): number {
  // 15 pt a line at 11 pt; smaller text keeps about the same leading (1.3 times the size) rather than 15/11 of it.
  return fontSize === 11 ? lines * LINE_POINTS : Math.ceil(lines * fontSize * 1.25 + 1);
}
