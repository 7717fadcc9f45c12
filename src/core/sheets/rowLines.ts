import type { OutputSheet, OutputValue } from './outputSheet';

/** Points per printed line of 11 pt text. */
export const LINE_POINTS = 15;

// Widths of Calibri's (and Carlito's) characters in digit widths: Excel's column width counts digits, and running text
// mixes narrow letters (i, l, t) with wide ones (m, w, capitals), so counting characters misjudges where lines break.
function charWidthOf(ch: string): number {
  if ('iljI!|.,;:\''.includes(ch)) return 0.45;
  if (ch === ' ') return 0.45;
  if ('frt()[]-/'.includes(ch)) return 0.6;
  if ('mw'.includes(ch)) return 1.4;
  if ('MW%@'.includes(ch)) return 1.6;
  if (ch >= 'A' && ch <= 'Z') return 1.1;
  return 0.95;
}

// Looked up by character code: a large team wraps millions of characters.
const WIDTHS = Float32Array.from({ length: 128 }, (_, code) => charWidthOf(String.fromCharCode(code)));

function charWidth(code: number): number {
  return code < 128 ? WIDTHS[code] : 0.95;
}

function textWidth(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += charWidth(text.charCodeAt(i));
  return w;
}

/**
 * Lines a text takes when word-wrapped in a column `width` digits wide (greedy, as Excel and LibreOffice wrap), with a
 * little room to spare so a row is never too short for its text.
 * @example wrappedLines('Include every LSA in performance review each year', 20) // 3
 */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  // A cell keeps about 0.7 of a digit for its padding; 5% spare covers fonts a little wider than these widths.
  const room = Math.max(1, ((width - 0.7) * 11 * 0.95) / fontSize);
  const space = WIDTHS[32];
  let lines = 1;
  let line = 0;
  let start = 0;
  // Word by word, without splitting the text into arrays.
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 32 && code !== 10) continue;
    let w = textWidth(text, start, i);
    if (line > 0 && line + space + w <= room) line += space + w;
    else {
      if (line > 0) lines++;
      while (w > room) {
        lines++;
        w -= room;
      }
      line = w;
    }
    if (code === 10 && i < text.length) {
      lines++;
      line = 0;
    }
    start = i + 1;
  }
  return lines;
}

// Lines a text wraps to, by font size, column width and text. Needs, activities and peer support repeat across a team,
// and Personal Plans sizes every row (10,000 staff: about 490,000 rows, measured by its builder and again by the xlsx
// writer): wrapping each afresh was most of that sheet's time. A Map per size and width, cleared when it grows large.
const wrapCaches = new Map<number, Map<number, Map<string, number>>>();
const WRAP_CACHE_MAX = 50_000;

function wrapCache(width: number, fontSize: number): Map<string, number> {
  let bySize = wrapCaches.get(fontSize);
  if (bySize === undefined) wrapCaches.set(fontSize, (bySize = new Map()));
  let cache = bySize.get(width);
  if (cache === undefined) bySize.set(width, (cache = new Map()));
  return cache;
}

/**
 * wrappedLines, remembered: a text measured before at that width and size is looked up, not wrapped again.
 * @example cachedWrappedLines('Include every LSA in performance review each year', 20) // 3
 */
export function cachedWrappedLines(text: string, width: number, fontSize = 11): number {
  const cache = wrapCache(width, fontSize);
  let n = cache.get(text);
  if (n === undefined) {
    if (cache.size >= WRAP_CACHE_MAX) cache.clear();
    cache.set(text, (n = wrappedLines(text, width, fontSize)));
  }
  return n;
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
    lines = Math.max(lines, cachedWrappedLines(v, width, size));
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
