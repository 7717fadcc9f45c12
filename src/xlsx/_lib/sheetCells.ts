import type { CellValue } from '../../core/cells/cellValue';
import { decodeXml } from './xmlText';

/** Built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30; 27-36 and 50-58 in East Asian locales). */
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52,
    53, 54, 55, 56, 57, 58]);
const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1900 system) to 1 January 1970. */
const UNIX_EPOCH_1900 = 25_569;
const DAYS_1904 = 1_462;

/**
 * Whether a number format shows a date: a date built-in, or a custom code with day, month, year, hour or second letters
 * outside quotes, escapes and [colour]/[condition] brackets.
 * @example isDateFormat(164, 'dd/mm/yyyy') // true
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (DATE_IDS.has(id)) return true;
  if (!code) return false;
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** The text of a string item (<si>) or inline string (<is>): its runs joined, phonetic guides left out. */
export function stringItemText(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let m = re.exec(plain); m; m = re.exec(plain)) text += m[1];
  return decodeXml(text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/** What a sheet's cells need from the workbook to be read as values. */
export interface CellContext {
  strings: readonly string[];
  /** For each cell format (s attribute), whether it shows a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Column number (1-based) of an A1 reference's letters. */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
// Each pattern compiled once: compiling one per cell was half of a 10,000-staff table's read (measured).
const ATTRS = new Map<string, RegExp>();
const INNERS = new Map<string, RegExp>();
const compiled = (cache: Map<string, RegExp>, name: string, source: () => string): RegExp => {
  let re = cache.get(name);
  if (!re) cache.set(name, (re = new RegExp(source())));
  return re;
};
const OTHER_SPACE = /[\t\n\r]/;
/** An attribute's value: found with indexOf where a space comes before it (as every writer puts it), else with a pattern. */
const attr = (attrs: string, name: string): string | undefined => {
  const key = ` ${name}="`;
  const at = attrs.indexOf(key);
  if (at >= 0) return attrs.slice(at + key.length, attrs.indexOf('"', at + key.length));
  return OTHER_SPACE.test(attrs) ? compiled(ATTRS, name, () => `\\s${name}="([^"]*)"`).exec(attrs)?.[1] : undefined;
};
const inner = (xml: string, name: string): string | undefined =>
  compiled(INNERS, name, () => `<(?:\\w+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml)?.[1];

/** One cell's value as core reads it: text, number, boolean, date, error; formulas give their cached result. */
function cellValue(attrs: string, body: string | undefined, ctx: CellContext): CellValue {
  if (!body) return null;
  const t = attr(attrs, 't');
  if (t === 'inlineStr') {
    const is = inner(body, 'is');
    return is === undefined ? null : stringItemText(is);
  }
  const close = body.startsWith('<v>') ? body.indexOf('</v>') : -1;
  const v = close > 0 ? body.slice(3, close) : inner(body, 'v');
  if (v === undefined) return null;
  if (t === 's') return ctx.strings[Number(v)] ?? null;
  if (t === 'str') return decodeXml(v);
  if (t === 'b') return v.trim() === '1' || v.trim() === 'true';
  if (t === 'e') return { error: decodeXml(v) };
  if (t === 'd') {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? decodeXml(v) : d;
  }
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) return null;
  const s = Number(attr(attrs, 's') ?? 0);
  if (!ctx.dateStyles[s]) return n;
  const serial = ctx.date1904 ? n + DAYS_1904 : n;
  return new Date(Math.round((serial - UNIX_EPOCH_1900) * MS_PER_DAY));
}

/**
 * Reads the rows of worksheet XML given piece by piece (a part is inflated as it streams): each complete <row> is parsed
 * as soon as it has arrived, and only the cells with a value are kept.
 * @example const rows = new SheetRows(ctx); rows.feed(chunk); ...; rows.end(); rows.found
 */
export class SheetRows {
  readonly found: { row: number; cells: CellValue[] }[] = [];
  readonly merges: string[] = [];
  private carry = '';
  private lastRow = 0;
  constructor(private readonly ctx: CellContext) {}

  feed(text: string): void {
    const all = this.carry + text;
    const end = Math.max(all.lastIndexOf('</row>'), all.lastIndexOf('</x:row>'));
    if (end < 0) {
      this.carry = all;
      return;
    }
    const cut = all.indexOf('>', end) + 1;
    this.rows(all.slice(0, cut));
    this.carry = all.slice(cut);
  }

  end(): void {
    this.rows(this.carry);
    const re = /<(?:\w+:)?mergeCell\b[^>]*\sref="([^"]+)"/g;
    for (let m = re.exec(this.carry); m; m = re.exec(this.carry)) this.merges.push(m[1]);
    this.carry = '';
  }

  private rows(xml: string): void {
    ROW.lastIndex = 0;
    for (let m = ROW.exec(xml); m; m = ROW.exec(xml)) {
      const r = Number(attr(m[1], 'r')) || this.lastRow + 1;
      this.lastRow = r;
      const body = m[2];
      if (!body) continue;
      const cells: CellValue[] = [];
      let filled = false;
      let col = 0;
      CELL.lastIndex = 0;
      for (let c = CELL.exec(body); c; c = CELL.exec(body)) {
        const ref = attr(c[1], 'r');
        col = ref ? columnOf(ref) : col + 1;
        const v = cellValue(c[1], c[2], this.ctx);
        if (v === null || v === '') continue;
        cells[col] = v;
        filled = true;
      }
      if (filled) this.found.push({ row: r, cells });
    }
  }
}
