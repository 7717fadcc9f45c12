import type { CellStyle, OutputValue } from '../outputSheet';
import { StyleGrid } from './styleGrid';

/** One printed line of a form: its cells and, by column, their styles. */
export interface FormLine {
  values: OutputValue[];
  styles?: readonly (CellStyle | undefined)[];
  /** Its height in points, once measured (a table's header line is put on many pages). */
  height?: number;
}

/**
 * Lines printed together on one page. `header` lines (a table's column titles) are repeated above them when they
 * start a continued page; `gap` puts a blank line before them, except at the top of a page.
 */
export interface LineGroup {
  lines: FormLine[];
  header?: FormLine[];
  gap?: boolean;
  /**
   * Lines that follow, each laid out as a group of its own (a table's rows after its first, from `from`), under `header`
   * when it starts a page: one group for a table, not one per row.
   */
  rows?: { lines: readonly FormLine[]; from: number; header: readonly FormLine[] };
}

/** One block laid out on pages: its lines, and the lines (by index) that start a page after its first. */
export interface PagedLines {
  lines: FormLine[];
  breaks: number[];
}

// One blank line for every gap: the writers copy a row's values, never change them.
const BLANK: FormLine = { values: [] };

/**
 * Lays a block's groups out on pages of `pagePoints`: a group that does not fit on the rest of a page starts the next,
 * under the `continued` line (the block's title repeated) and its table's header. A group taller than a page is not
 * split: it runs on as the printer cuts it.
 * @example pageLines([{ lines: [title] }, { lines: rows }], continued, () => 15, 690).breaks // [] when it fits on one page
 */
export function pageLines(
  groups: readonly LineGroup[], continued: FormLine, heightOf: (line: FormLine) => number, pagePoints: number,
  into: PagedLines = { lines: [], breaks: [] },
): PagedLines {
  // `into` may be a block laid out before and already copied (PagedSheets.add): its arrays are refilled, not made anew.
  // Written by index and cut to length at the end: emptying an array first would give up its room.
  const { lines, breaks } = into;
  breaks.length = 0;
  let n = 0;
  // Each line is measured once: a table's header and the continued line are put many times.
  const measure = (line: FormLine) => (line.height ??= heightOf(line));
  const gapHeight = heightOf(BLANK);
  let used = 0;
  const newPage = (header: readonly FormLine[] | undefined) => {
    breaks.push(n);
    lines[n++] = continued;
    used = measure(continued);
    for (const line of header ?? []) {
      lines[n++] = line;
      used += measure(line);
    }
  };
  for (const group of groups) {
    const gap = group.gap && used > 0 ? gapHeight : 0;
    let height = gap;
    for (const line of group.lines) height += measure(line);
    if (used > 0 && used + height > pagePoints) newPage(group.header);
    else if (gap > 0) {
      lines[n++] = BLANK;
      used += gap;
    }
    for (const line of group.lines) lines[n++] = line;
    used += height - gap;
    const rows = group.rows;
    if (!rows) continue;
    for (let i = rows.from; i < rows.lines.length; i++) {
      const line = rows.lines[i];
      const h = measure(line);
      if (used > 0 && used + h > pagePoints) newPage(rows.header);
      lines[n++] = line;
      used += h;
    }
  }
  lines.length = n;
  return into;
}

/** Pages laid out on one sheet: its rows, their styles, and the rows that start a page after the first. */
export interface PagedSheet {
  rows: OutputValue[][];
  styles: StyleGrid;
  rowBreaks: number[];
}

/**
 * Blocks shared out among sheets, each added as it is laid out, so that no sheet holds more than `maxBreaks` manual page
 * breaks (Excel's limit is 1,026 a sheet): a block never straddles two sheets, and each block after the first on a sheet
 * starts a page. Added as they come, so a team's lines are not all held at once.
 * @example new PagedSheets(1026).sheets.length // 1: a team of up to about a thousand people fits on one sheet
 */
export class PagedSheets {
  readonly sheets: PagedSheet[] = [{ rows: [], styles: new StyleGrid(), rowBreaks: [] }];

  constructor(private readonly maxBreaks: number) {}

  add(block: PagedLines): void {
    let sheet = this.sheets[this.sheets.length - 1];
    const adds = (sheet.rows.length > 0 ? 1 : 0) + block.breaks.length;
    if (sheet.rows.length > 0 && sheet.rowBreaks.length + adds > this.maxBreaks) {
      this.sheets.push((sheet = { rows: [], styles: new StyleGrid(), rowBreaks: [] }));
    }
    const { rows, styles, rowBreaks } = sheet;
    const first = rows.length;
    if (first > 0) rowBreaks.push(first);
    for (let i = 0; i < block.breaks.length; i++) rowBreaks.push(first + block.breaks[i]);
    for (let i = 0; i < block.lines.length; i++) {
      const line = block.lines[i];
      const r = rows.length;
      const lineStyles = line.styles;
      if (lineStyles) {
        for (let c = 0; c < lineStyles.length; c++) {
          const style = lineStyles[c];
          if (style) styles.set(r, c, style);
        }
      }
      rows.push(line.values);
    }
  }
}
