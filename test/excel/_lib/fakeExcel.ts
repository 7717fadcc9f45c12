// A small fake of the Excel JavaScript API subset in src/excel/excelApi.ts, for jest and for the browser fake host.
// Like Office.js it queues every load and write and runs them only at sync(): a property read before the sync
// that loads it throws, a batch whose request payload passes the cap fails whole with RequestPayloadSizeLimitExceeded,
// and values are parsed the way Excel parses typed entries (a string starting with = + - @ becomes a formula,
// "12" a number) unless the cell's number format is "@" (Text), where the string is stored as typed.
// Self-contained on purpose (type imports only): the browser test transpiles this one file into the page.
import type { XlContext } from '../../../src/excel/excelApi';

export const EXCEL_PAYLOAD_CAP = 5 * 1024 * 1024;
const COLS = 16384;
const ROWS = 1048576;

export interface FakeLogEntry { path: string; value?: unknown; args?: unknown[] }

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  values: any[][];
  formulas: Map<number, string>;
  formats: Map<number, string>;
  tables: { name: string; ref: string }[];
  merges: string[];
  /** Everything set on formats, conditional formats, charts, page layout and panes, in order. */
  log: FakeLogEntry[];
}

export interface FakeWorkbookInit {
  sheets: { name: string; rows: any[][]; formulas?: Record<string, string>; tables?: { name: string; ref: string }[]; visibility?: FakeSheet['visibility'] }[];
  active?: string;
}

/** A1 helpers kept local so the file stays self-contained. */
export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function parseCell(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw fakeError('InvalidArgument', `Bad address ${ref}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}
function fakeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    n += u < 0x80 ? 1 : u < 0x800 ? 2 : u >= 0xd800 && u < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}
// Node counts UTF-8 natively, many times faster than a loop; the browser page has no Buffer. The two agree on
// JSON.stringify's output, which never holds a lone surrogate.
const byteLength: (s: string) => number = typeof Buffer !== 'undefined' ? (s) => Buffer.byteLength(s, 'utf8') : utf8Length;

/**
 * utf8Length(JSON.stringify(grid)) for a 2D array of strings, numbers, booleans and nulls, or null for anything else.
 * A written grid repeats a few thousand distinct cells hundreds of thousands of times: each is stringified once.
 */
function gridBytes(grid: unknown[]): number | null {
  const cells = new Map<unknown, number>();
  let n = 1 + grid.length + (grid.length === 0 ? 1 : 0); // brackets and commas around the rows
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i];
    if (!Array.isArray(row)) return null;
    n += 1 + row.length + (row.length === 0 ? 1 : 0);
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === null || v === undefined) n += 4; // a missing cell in an array is sent as null
      else if (typeof v === 'boolean') n += v ? 4 : 5;
      else if (typeof v === 'string' || typeof v === 'number') {
        let b = cells.get(v);
        if (b === undefined) cells.set(v, (b = byteLength(JSON.stringify(v))));
        n += b;
      } else return null;
    }
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  const grid = Array.isArray(v) ? gridBytes(v) : null;
  return grid ?? byteLength(JSON.stringify(v) ?? 'null');
}

/** True for text that parseEntry keeps as it is: it starts with a letter and is not TRUE or FALSE. */
function plainText(s: string): boolean {
  const lower = s.charCodeAt(0) | 0x20; // folds A-Z onto a-z, and nothing else onto a-z
  return lower >= 0x61 && lower <= 0x7a && !/^(true|false)$/i.test(s);
}

/** Excel's parse of a typed entry in a cell that is not formatted as Text. */
function parseEntry(s: string): { value: any; formula?: string } {
  if (s.startsWith("'")) return { value: s.slice(1) }; // the prefix character: text, and hidden
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(s.trim())) return { value: Number(s.trim().replace('%', '')) / (s.includes('%') ? 100 : 1) };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { value: Math.round(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8)) / 86400000) + 25569 };
  if (/^[=+\-@]/.test(s) && s.length > 1) return { value: '#NAME?', formula: s.startsWith('=') ? s : `=${s}` };
  return { value: s };
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = '';
  syncCount = 0;
  /** Request bytes of each sync, in order. */
  payloads: number[] = [];
  responses: number[] = [];
  cap = EXCEL_PAYLOAD_CAP;
  /** Set to enforce a response cap too (Excel on the web has one); off by default. */
  responseCap = Infinity;
  suspendCalls: string[] = [];
  /** Milliseconds each sync takes (the browser tests slow syncs down so progress can be seen). */
  syncDelayMs = 0;

  constructor(init?: FakeWorkbookInit) {
    for (const s of init?.sheets ?? []) {
      const sheet = this.addSheet(s.name);
      sheet.values = s.rows.map((r) => [...r]);
      sheet.tables = s.tables ?? [];
      sheet.visibility = s.visibility ?? 'Visible';
      for (const [ref, f] of Object.entries(s.formulas ?? {})) {
        const { r, c } = parseCell(ref);
        sheet.formulas.set(r * COLS + c, f);
      }
    }
    this.active = init?.active ?? this.sheets[0]?.name ?? '';
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw fakeError('ItemAlreadyExists', `A sheet named ${name} already exists`);
    const sheet: FakeSheet = { name, visibility: 'Visible', values: [], formulas: new Map(), formats: new Map(), tables: [], merges: [], log: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  /** What a cell holds: its value, formula (when it has one) and number format. */
  cell(sheetName: string, row: number, col: number): { value: any; formula: string | null; numberFormat: string } {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    return { value: s.values[row]?.[col] ?? '', formula: s.formulas.get(row * COLS + col) ?? null, numberFormat: s.formats.get(row * COLS + col) ?? 'General' };
  }

  /** Values as Excel.Range.values would return them for the used range (formulas shown as their value). */
  snapshot(sheetName: string): { values: any[][]; formulas: [number, string][] } {
    const s = this.sheet(sheetName)!;
    return { values: s.values.map((r) => [...r]), formulas: [...s.formulas.entries()] };
  }

  context(): FakeContext {
    return new FakeContext(this);
  }

  /** Excel.run for the browser fake host. */
  run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    return batch(this.context());
  }
}

interface Op { bytes: number; run: () => number | void }

export class FakeContext implements XlContext {
  private queue: Op[] = [];
  readonly workbook: XlContext['workbook'];

  constructor(readonly book: FakeWorkbook) {
    const worksheets = new FakeWorksheets(this);
    const tables = new FakeTables(this);
    const suspend = (what: string) => () => this.enqueue(40, () => void book.suspendCalls.push(`${book.syncCount + 1}:${what}`));
    this.workbook = {
      worksheets,
      tables,
      application: { suspendApiCalculationUntilNextSync: suspend('calculation'), suspendScreenUpdatingUntilNextSync: suspend('screen') },
    };
  }

  enqueue(bytes: number, run: () => number | void): void {
    this.queue.push({ bytes: bytes + 60, run }); // 60: the action's object path and type, roughly
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((n, op) => n + op.bytes, 0);
    if (this.book.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.book.syncDelayMs));
    this.book.syncCount++;
    this.book.payloads.push(bytes);
    if (bytes > this.book.cap) throw fakeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    let response = 0;
    for (const op of ops) response += op.run() ?? 0;
    this.book.responses.push(response);
    if (response > this.book.responseCap) throw fakeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
}

/** Records every property set and method call under a path (format, conditional formats, charts, layout). */
function recorder(ctx: FakeContext, target: () => FakeSheet, path: string): any {
  return new Proxy(function () {}, {
    get: (_t, p) => (typeof p === 'symbol' ? undefined : recorder(ctx, target, `${path}.${p}`)),
    set: (_t, p, value) => {
      ctx.enqueue(jsonBytes(value) + String(p).length, () => void target().log.push({ path: `${path}.${String(p)}`, value }));
      return true;
    },
    apply: (_t, _this, args) => {
      const plain = args.map((a) => (a instanceof FakeRange ? a.describe() : a));
      ctx.enqueue(jsonBytes(plain) + 20, () => void target().log.push({ path, args: plain }));
      return recorder(ctx, target, `${path}()`);
    },
  });
}

type Box = { sheet: FakeSheet; r: number; c: number; nr: number; nc: number } | null;

export class FakeRange {
  private data: Record<string, any> | null = null;
  constructor(private ctx: FakeContext, private resolve: () => Box, private label: string) {}

  describe(): string {
    return this.label;
  }
  private box(): NonNullable<Box> {
    const b = this.resolve();
    if (!b) throw fakeError('ItemNotFound', `Range ${this.label} not found`);
    return b;
  }
  private get(prop: string): any {
    if (!this.data || !(prop in this.data)) throw fakeError('PropertyNotLoaded', `${prop} is not loaded: call load() and sync()`);
    return this.data[prop];
  }
  load(props: string): this {
    this.ctx.enqueue(props.length, () => {
      const b = this.resolve();
      if (!b) return void (this.data = { isNullObject: true });
      const grid = (f: (r: number, c: number) => any) => {
        const out: any[][] = new Array(b.nr);
        for (let i = 0; i < b.nr; i++) {
          const row: any[] = new Array(b.nc);
          for (let j = 0; j < b.nc; j++) row[j] = f(b.r + i, b.c + j);
          out[i] = row;
        }
        return out;
      };
      const wanted = props.split(',').map((p) => p.trim());
      const address = `${quoteName(b.sheet.name)}!${columnName(b.c)}${b.r + 1}:${columnName(b.c + b.nc - 1)}${b.r + b.nr}`;
      this.data = { isNullObject: false, address, rowIndex: b.r, columnIndex: b.c, rowCount: b.nr, columnCount: b.nc };
      const values = b.sheet.values;
      if (wanted.includes('values')) this.data.values = grid((r, c) => values[r]?.[c] ?? '');
      if (wanted.includes('formulas')) this.data.formulas = grid((r, c) => b.sheet.formulas.get(r * COLS + c) ?? b.sheet.values[r]?.[c] ?? '');
      if (wanted.includes('numberFormat')) this.data.numberFormat = grid((r, c) => b.sheet.formats.get(r * COLS + c) ?? 'General');
      return jsonBytes(this.data);
    });
    return this;
  }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  get address(): string { return this.get('address'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get values(): any[][] { return this.get('values'); }
  get formulas(): any[][] { return this.get('formulas'); }
  get numberFormat(): any[][] { return this.get('numberFormat'); }

  set values(input: any[][]) {
    this.write(input, (sheet, r, c, v) => {
      if (v === null || v === undefined) return;
      const key = r * COLS + c;
      (sheet.values[r] ??= [])[c] = v;
      // Size checks first: a big write otherwise pays two map lookups per cell on maps that are usually empty.
      if (sheet.formulas.size > 0) sheet.formulas.delete(key);
      // Plain text lands as typed whatever the cell's format, so most strings need no format lookup.
      if (v === '' || typeof v !== 'string' || plainText(v) || sheet.formats.get(key) === '@') return;
      const parsed = parseEntry(v);
      sheet.values[r][c] = parsed.value;
      if (parsed.formula) sheet.formulas.set(key, parsed.formula);
    });
  }
  set numberFormat(input: any[][]) {
    this.write(input, (sheet, r, c, v) => {
      if (typeof v === 'string') sheet.formats.set(r * COLS + c, v);
    });
  }
  set formulas(input: any[][]) {
    this.values = input;
  }
  private write(input: any[][], put: (sheet: FakeSheet, r: number, c: number, v: any) => void): void {
    this.ctx.enqueue(jsonBytes(input), () => {
      const b = this.box();
      if (input.length !== b.nr || input.some((row) => row.length !== b.nc)) throw fakeError('InvalidArgument', `${b.nr}x${b.nc} range given ${input.length} rows`);
      // Excel's grid ends at row 1,048,576: a write past it fails.
      if (b.r + b.nr > ROWS) throw fakeError('InvalidArgument', `Rows ${b.r + 1}-${b.r + b.nr} pass the last row of the sheet (${ROWS})`);
      // Plain loops, not forEach: this runs once per cell written. A hole reads as undefined, which both setters skip.
      for (let i = 0; i < input.length; i++) {
        const row = input[i];
        for (let j = 0; j < row.length; j++) put(b.sheet, b.r + i, b.c + j, row[j]);
      }
    });
  }
  get format(): any { return recorder(this.ctx, () => this.box().sheet, `${this.label}.format`); }
  get conditionalFormats(): any { return recorder(this.ctx, () => this.box().sheet, `${this.label}.conditionalFormats`); }
  getMergedAreasOrNullObject(): any {
    let data: { isNullObject: boolean; address?: string } | null = null;
    const read = (prop: 'isNullObject' | 'address') => {
      if (!data) throw fakeError('PropertyNotLoaded', prop);
      return data[prop];
    };
    return {
      load: () => this.ctx.enqueue(10, () => {
        const sheet = this.box().sheet;
        data = sheet.merges.length ? { isNullObject: false, address: sheet.merges.map((m) => `${quoteName(sheet.name)}!${m}`).join(',') } : { isNullObject: true };
        return jsonBytes(data);
      }),
      get isNullObject() { return read('isNullObject'); },
      get address() { return read('address'); },
    };
  }
}

function quoteName(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function usedBox(sheet: FakeSheet): Box {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  sheet.values.forEach((row, r) => row?.forEach((v, c) => {
    if (v === '' || v === null || v === undefined) return;
    r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c);
  }));
  return r1 < 0 ? null : { sheet, r: r0, c: c0, nr: r1 - r0 + 1, nc: c1 - c0 + 1 };
}

export class FakeWorksheet {
  private data: Record<string, any> | null = null;
  constructor(private ctx: FakeContext, private find: () => FakeSheet | undefined, private label: string, private nullable = false, loaded?: FakeSheet) {
    if (loaded) this.data = { name: loaded.name, visibility: loaded.visibility, isNullObject: false };
  }
  private sheet(): FakeSheet {
    const s = this.find();
    if (!s) throw fakeError('ItemNotFound', `The sheet ${this.label} does not exist`);
    return s;
  }
  private get(prop: string): any {
    if (!this.data || !(prop in this.data)) throw fakeError('PropertyNotLoaded', `${prop} is not loaded`);
    return this.data[prop];
  }
  load(_props: string): this {
    this.ctx.enqueue(_props.length, () => {
      const s = this.find();
      if (!s && !this.nullable) throw fakeError('ItemNotFound', `The sheet ${this.label} does not exist`);
      this.data = s ? { name: s.name, visibility: s.visibility, isNullObject: false } : { isNullObject: true };
      return jsonBytes(this.data);
    });
    return this;
  }
  get name(): string { return this.get('name'); }
  get visibility(): string { return this.get('visibility'); }
  set visibility(v: string) { this.ctx.enqueue(v.length, () => void (this.sheet().visibility = v as FakeSheet['visibility'])); }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  delete(): void {
    this.ctx.enqueue(10, () => {
      const s = this.sheet();
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== s);
      if (this.ctx.book.active === s.name) this.ctx.book.active = this.ctx.book.sheets[0]?.name ?? '';
    });
  }
  activate(): void { this.ctx.enqueue(10, () => void (this.ctx.book.active = this.sheet().name)); }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.find();
      if (!s) return null;
      if (!address) return { sheet: s, r: 0, c: 0, nr: ROWS, nc: COLS };
      const [a, b = a] = address.split(':');
      const p = parseCell(a), q = parseCell(b);
      return { sheet: s, r: p.r, c: p.c, nr: q.r - p.r + 1, nc: q.c - p.c + 1 };
    }, `${this.label}!${address ?? ''}`);
  }
  getRangeByIndexes(r: number, c: number, nr: number, nc: number): FakeRange {
    return new FakeRange(this.ctx, () => { const s = this.find(); return s ? { sheet: s, r, c, nr, nc } : null; }, `${this.label}!${columnName(c)}${r + 1}:${columnName(c + nc - 1)}${r + nr}`);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => { const s = this.find(); return s ? usedBox(s) : null; }, `${this.label}!used`);
  }
  getRanges(address: string): any {
    if (address.length > 8192) throw fakeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    this.ctx.enqueue(address.length, () => undefined);
    return { format: recorder(this.ctx, () => this.sheet(), `${this.label}!${address}.format`) };
  }
  get freezePanes(): any { return recorder(this.ctx, () => this.sheet(), 'freezePanes'); }
  get charts(): any { return recorder(this.ctx, () => this.sheet(), 'charts'); }
  get pageLayout(): any { return recorder(this.ctx, () => this.sheet(), 'pageLayout'); }
}

class FakeWorksheets {
  private loaded: FakeWorksheet[] | null = null;
  constructor(private ctx: FakeContext) {}
  load(props: string): this {
    this.ctx.enqueue(props.length, () => {
      this.loaded = this.ctx.book.sheets.map((s) => new FakeWorksheet(this.ctx, () => (this.ctx.book.sheets.includes(s) ? s : undefined), s.name, false, s));
      return jsonBytes(this.ctx.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.loaded) throw fakeError('PropertyNotLoaded', 'items is not loaded');
    return this.loaded;
  }
  getItem(name: string): FakeWorksheet { return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name), name); }
  getItemOrNullObject(name: string): FakeWorksheet { return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name), name, true); }
  getActiveWorksheet(): FakeWorksheet { return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(this.ctx.book.active), 'active'); }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(name.length, () => void this.ctx.book.addSheet(name));
    return this.getItem(name);
  }
}

class FakeTables {
  private loaded: any[] | null = null;
  constructor(private ctx: FakeContext) {}
  load(props: string): this {
    this.ctx.enqueue(props.length, () => {
      this.loaded = this.ctx.book.sheets.flatMap((s) => s.tables.map((t) => {
        const ws = new FakeWorksheet(this.ctx, () => s, s.name, false, s);
        return { name: t.name, worksheet: ws, load: () => undefined, getRange: () => ws.getRange(t.ref) };
      }));
      return jsonBytes(this.loaded.map((t) => t.name));
    });
    return this;
  }
  get items(): any[] {
    if (!this.loaded) throw fakeError('PropertyNotLoaded', 'items is not loaded');
    return this.loaded;
  }
}
