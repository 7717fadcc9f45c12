import type { CellStyle, OutputValue } from '../outputSheet';

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
}

/** One block laid out on pages: its lines, and the lines (by index) that start a page after its first. */
export interface PagedLines {
  lines: FormLine[];
  breaks: number[];
}

const BLANK = (): FormLine => ({ values: [] });

/**
 * Lays a block's groups out on pages of `pagePoints`: a group that does not fit on the rest of a page starts the next,
 * under the `continued` line (the block's title repeated) and its table's header. A group taller than a page is not
 * split: it runs on as the printer cuts it.
 * @example pageLines([{ lines: [title] }, { lines: rows }], continued, () => 15, 690).breaks // [] when it fits on one page
 */
export function pageLines(
  groups: readonly LineGroup[], continued: FormLine, heightOf: (line: FormLine) => number, pagePoints: number,
): PagedLines {
  const lines: FormLine[] = [];
  const breaks: number[] = [];
  // Each line is measured once: a table's header and the continued line are put many times.
  const measure = (line: FormLine) => (line.height ??= heightOf(line));
  let used = 0;
  const put = (line: FormLine) => {
    lines.push(line);
    used += measure(line);
  };
  for (const group of groups) {
    const blank = BLANK();
    const gap = group.gap && used > 0 ? measure(blank) : 0;
    let height = gap;
    for (const line of group.lines) height += measure(line);
    if (used > 0 && used + height > pagePoints) {
      breaks.push(lines.length);
      used = 0;
      put(continued);
      for (const line of group.header ?? []) put(line);
    } else if (gap > 0) put(blank);
    for (const line of group.lines) put(line);
  }
  return { lines, breaks };
}

/**
 * Blocks shared out among sheets so that no sheet holds more than `maxBreaks` manual page breaks (Excel's limit is
 * 1,026 a sheet): a block never straddles two sheets, and each block after the first on a sheet starts a page.
 * @example splitByBreaks(blocks, 1026).length // 1 for a team of up to about a thousand people
 */
export function splitByBreaks<T extends PagedLines>(blocks: readonly T[], maxBreaks: number): T[][] {
  const parts: T[][] = [[]];
  let breaks = 0;
  for (const block of blocks) {
    const current = parts[parts.length - 1];
    const adds = (current.length > 0 ? 1 : 0) + block.breaks.length;
    if (current.length > 0 && breaks + adds > maxBreaks) {
      parts.push([block]);
      breaks = block.breaks.length;
    } else {
      current.push(block);
      breaks += adds;
    }
  }
  return parts;
}
