// A strict fake of the Excel JavaScript API subset in src/excel/excelApi.ts, for jest and for the browser fake host.
// Like Office.js it queues every load and write and runs them only at sync(), and it is strict where real Excel is:
// - a property is readable only when that property was loaded (per property, as Office.js tracks it), and isNullObject
//   only after a sync;
// - Excel on the web's caps are on by default: a request or a response over 5 MB fails the whole sync
//   (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), and one get of more than 5 million cells fails;
// - getMergedAreasOrNullObject fails on a range holding more than 512 merged areas;
// - sheet names follow Excel's rules (1-31 characters, none of : \\ / ? * [ ], no leading or trailing apostrophe,
//   not "History", unique ignoring case), and a cell holds at most 32,767 characters;
// - a failure can be injected at any sync, after any number of its operations have run (book.failAt), as when Excel
//   closes or a request is lost part-way;
// - a *OrNullObject method gives a null object; anything chained on it (a range of a missing sheet, a write to a null
//   used range) fails the sync: the real host's behaviour there is not something the adapter may rely on, so the fake
//   refuses it rather than silently succeeding;
// - a formula that refers to another sheet (='Audit Summary'!C7) shows that cell's value, and becomes #REF! when the
//   sheet is deleted, as in Excel: re-adding a sheet of the same name does not bring the reference back.
// Values are parsed the way Excel parses typed entries (a string starting with = + - @ becomes a formula, "12" a
// number) unless the cell's number format is "@" (Text), where the string is stored as typed.
// Self-contained on purpose (type imports only): the browser test transpiles this one file into the page.
import type { XlContext } from '../../../src/excel/excelApi';

/** Excel on the web's limit on one request and on one response. */
export const EXCEL_PAYLOAD_CAP = 5_000_000;
export const MERGED_AREAS_LIMIT = 512;
export const CELL_TEXT_MAX = 32_767;
export const CELLS_PER_GET = 5_000_000;
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
  charts: { name: string }[];
  /** Everything set on formats, conditional formats, charts, page layout and panes, in order. */
  log: FakeLogEntry[];
}

export interface FakeWorkbookInit {
  sheets: { name: string; rows: any[][]; formulas?: Record<string, string>; tables?: { name: string; ref: string }[]; merges?: string[]; visibility?: FakeSheet['visibility'] }[];
  active?: string;
}

/** Where to fail: the nth sync (1-based, counting every sync of the book), after `afterOps` of its operations ran. */
export interface FakeFailure { sync: number; afterOps?: number; code?: string }

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

/** Excel's rules for a sheet name; the message Excel would give, or null when the name is fine. */
export function sheetNameProblem(name: string, others: readonly string[]): string | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31) return `Sheet names have 1 to 31 characters: "${name}"`;
  if (/[:\\/?*[\]]/.test(name)) return `Sheet names cannot hold : \\ / ? * [ or ]: "${name}"`;
  if (name.startsWith("'") || name.endsWith("'")) return `Sheet names cannot start or end with an apostrophe: "${name}"`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  if (others.some((o) => o.toLowerCase() === name.toLowerCase())) return `A sheet named ${name} already exists`;
  return null;
}

/** The A1 box of "A1", "A1:B2", "A:A" style references (no sheet part). */
function parseBox(ref: string): { r: number; c: number; nr: number; nc: number } {
  const [a, b = a] = ref.split(':');
  const p = parseCell(a), q = parseCell(b);
  return { r: Math.min(p.r, q.r), c: Math.min(p.c, q.c), nr: Math.abs(q.r - p.r) + 1, nc: Math.abs(q.c - p.c) + 1 };
}

function intersects(a: { r: number; c: number; nr: number; nc: number }, b: { r: number; c: number; nr: number; nc: number }): boolean {
  return a.r < b.r + b.nr && b.r < a.r + a.nr && a.c < b.c + b.nc && b.c < a.c + a.nc;
}

// A formula that is one reference to a cell on another sheet: ='Audit Summary'!C7 or =Summary!C7.
const SHEET_REFERENCE = /^=(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!\$?([A-Z]+)\$?(\d+)$/i;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = '';
  syncCount = 0;
  /** Request bytes of each sync, in order. */
  payloads: number[] = [];
  responses: number[] = [];
  /** Excel on the web's caps, on by default; a test may lower them (or raise them to model desktop Excel). */
  cap = EXCEL_PAYLOAD_CAP;
  responseCap = EXCEL_PAYLOAD_CAP;
  suspendCalls: string[] = [];
  /** Milliseconds each sync takes (the browser tests slow syncs down so progress can be seen). */
  syncDelayMs = 0;
  /** Failures to inject, each at one sync. */
  failAt: FakeFailure[] = [];

  constructor(init?: FakeWorkbookInit) {
    for (const s of init?.sheets ?? []) {
      const sheet = this.addSheet(s.name);
      sheet.values = s.rows.map((r) => [...r]);
      sheet.tables = s.tables ?? [];
      sheet.merges = s.merges ?? [];
      sheet.visibility = s.visibility ?? 'Visible';
      for (const [ref, f] of Object.entries(s.formulas ?? {})) {
        const { r, c } = parseCell(ref);
        sheet.formulas.set(r * COLS + c, f);
      }
    }
    this.active = init?.active ?? this.sheets[0]?.name ?? '';
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): FakeSheet {
    const problem = sheetNameProblem(name, this.sheets.map((s) => s.name));
    if (problem) throw fakeError(problem.includes('already exists') ? 'ItemAlreadyExists' : 'InvalidArgument', problem);
    const sheet: FakeSheet = { name, visibility: 'Visible', values: [], formulas: new Map(), formats: new Map(), tables: [], merges: [], charts: [], log: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Removes a sheet as Excel does: formulas elsewhere that referred to it become #REF!. */
  deleteSheet(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((x) => x !== sheet);
    if (this.active === sheet.name) this.active = this.sheets[0]?.name ?? '';
    const quoted = `'${sheet.name.replace(/'/g, "''")}'!`;
    for (const other of this.sheets) {
      for (const [key, f] of other.formulas) {
        const m = SHEET_REFERENCE.exec(f);
        const target = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : null;
        if ((target && target.toLowerCase() === sheet.name.toLowerCase()) || f.includes(quoted)) other.formulas.set(key, '=#REF!');
      }
    }
  }

  /** A cell's value as Excel shows it: a formula referring to another sheet's cell shows that cell's value. */
  shown(sheet: FakeSheet, row: number, col: number): any {
    if (sheet.formulas.size > 0) {
      const f = sheet.formulas.get(row * COLS + col);
      if (f !== undefined) {
        if (f.includes('#REF!')) return '#REF!';
        const m = SHEET_REFERENCE.exec(f);
        if (m) {
          const target = this.sheet(m[1]?.replace(/''/g, "'") ?? m[2]);
          if (!target) return '#REF!';
          const { r, c } = parseCell(`${m[3]}${m[4]}`);
          return target.values[r]?.[c] ?? 0;
        }
      }
    }
    return sheet.values[row]?.[col] ?? '';
  }

  /** What a cell holds: its value as shown, formula (when it has one) and number format. */
  cell(sheetName: string, row: number, col: number): { value: any; formula: string | null; numberFormat: string } {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    return { value: this.shown(s, row, col), formula: s.formulas.get(row * COLS + col) ?? null, numberFormat: s.formats.get(row * COLS + col) ?? 'General' };
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

/** Something whose isNullObject becomes readable at the next sync. */
interface Resolvable { resolveNull(): void }

export class FakeContext implements XlContext {
  private queue: Op[] = [];
  private resolvables: Resolvable[] = [];
  readonly workbook: XlContext['workbook'];

  constructor(readonly book: FakeWorkbook) {
    const worksheets = new FakeWorksheets(this);
    const tables = new FakeTables(this);
    const suspend = (what: string) => () => this.enqueue(40, () => void book.suspendCalls.push(`${book.syncCount}:${what}`));
    this.workbook = {
      worksheets,
      tables,
      application: { suspendApiCalculationUntilNextSync: suspend('calculation'), suspendScreenUpdatingUntilNextSync: suspend('screen') },
    } as unknown as XlContext['workbook'];
  }

  enqueue(bytes: number, run: () => number | void): void {
    this.queue.push({ bytes: bytes + 60, run }); // 60: the action's object path and type, roughly
  }

  track(object: Resolvable): void {
    this.resolvables.push(object);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const resolvables = this.resolvables;
    this.queue = [];
    this.resolvables = [];
    let bytes = 0;
    for (const op of ops) bytes += op.bytes;
    if (this.book.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.book.syncDelayMs));
    const n = ++this.book.syncCount;
    this.book.payloads.push(bytes);
    if (bytes > this.book.cap) throw fakeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const failure = this.book.failAt.find((f) => f.sync === n);
    let response = 0;
    const last = failure ? Math.min(ops.length, failure.afterOps ?? 0) : ops.length;
    for (let i = 0; i < last; i++) response += ops[i].run() ?? 0;
    if (failure) throw fakeError(failure.code ?? 'GeneralException', `Injected failure at sync ${n} after ${last} of ${ops.length} operations`);
    for (const r of resolvables) r.resolveNull();
    this.book.responses.push(response);
    if (response > this.book.responseCap) throw fakeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
}

/** Request bytes of one manual page break as the real Office.js library serialises it. */
const PAGE_BREAK_BYTES = 390;

/** Records every property set and method call under a path (formats, charts, layout); `methods` adds real behaviour. */
function recorder(ctx: FakeContext, target: () => FakeSheet, path: string, methods: Record<string, (...args: any[]) => unknown> = {}): any {
  return new Proxy(function () {}, {
    get: (_t, p) => {
      if (typeof p === 'symbol') return undefined;
      if (p in methods) return methods[p];
      return recorder(ctx, target, `${path}.${p}`);
    },
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

type Box = { sheet: FakeSheet; r: number; c: number; nr: number; nc: number };

/** Loaded properties: only those asked for, as Office.js tracks them. */
class Loaded {
  private data: Record<string, any> | null = null;
  private nullState: boolean | null = null;
  constructor(private what: string) {}
  set(data: Record<string, any>): void { this.data = { ...(this.data ?? {}), ...data }; }
  setNull(isNull: boolean): void { this.nullState = isNull; }
  get(prop: string): any {
    if (!this.data || !(prop in this.data)) throw fakeError('PropertyNotLoaded', `${this.what}.${prop} is not loaded: call load('${prop}') and sync()`);
    return this.data[prop];
  }
  get isNull(): boolean {
    if (this.nullState === null) throw fakeError('PropertyNotLoaded', `${this.what}.isNullObject is readable only after context.sync()`);
    return this.nullState;
  }
}

function wantedProps(props: string | undefined, all: readonly string[]): string[] {
  if (props === undefined || props.trim() === '') return [...all];
  return props.split(',').map((p) => p.trim()).filter(Boolean);
}

const RANGE_PROPS = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'];

export class FakeRange {
  private loaded: Loaded;
  constructor(private ctx: FakeContext, private resolve: () => Box | null, private label: string) {
    this.loaded = new Loaded(`Range ${label}`);
    ctx.track(this);
  }

  describe(): string {
    return this.label;
  }
  resolveNull(): void {
    try {
      this.loaded.setNull(this.resolve() === null);
    } catch {
      this.loaded.setNull(true);
    }
  }
  /** The range for an operation on it: a null object (or anything under one) cannot be written or chained from. */
  private box(): Box {
    const b = this.resolve();
    if (!b) throw fakeError('InvalidObjectPath', `Range ${this.label} is a null object: nothing can be done with it`);
    return b;
  }
  load(props?: string): this {
    const wanted = wantedProps(props, RANGE_PROPS);
    this.ctx.enqueue((props ?? '').length, () => {
      const b = this.resolve();
      if (!b) return void this.loaded.set({});
      const grid = (f: (r: number, c: number) => any) => {
        const out: any[][] = new Array(b.nr);
        for (let i = 0; i < b.nr; i++) {
          const row: any[] = new Array(b.nc);
          for (let j = 0; j < b.nc; j++) row[j] = f(b.r + i, b.c + j);
          out[i] = row;
        }
        return out;
      };
      const data: Record<string, any> = {};
      const cellProps = wanted.filter((p) => p === 'values' || p === 'formulas' || p === 'numberFormat');
      if (cellProps.length > 0 && b.nr * b.nc > CELLS_PER_GET) throw fakeError('InvalidOperation', `One get may read at most ${CELLS_PER_GET} cells; ${this.label} has ${b.nr * b.nc}`);
      for (const p of wanted) {
        if (p === 'address') data.address = `${quoteName(b.sheet.name)}!${columnName(b.c)}${b.r + 1}:${columnName(b.c + b.nc - 1)}${b.r + b.nr}`;
        else if (p === 'rowIndex') data.rowIndex = b.r;
        else if (p === 'columnIndex') data.columnIndex = b.c;
        else if (p === 'rowCount') data.rowCount = b.nr;
        else if (p === 'columnCount') data.columnCount = b.nc;
        else if (p === 'values') {
          const values = b.sheet.values;
          data.values = b.sheet.formulas.size > 0 ? grid((r, c) => this.ctx.book.shown(b.sheet, r, c)) : grid((r, c) => values[r]?.[c] ?? '');
        } else if (p === 'formulas') data.formulas = grid((r, c) => b.sheet.formulas.get(r * COLS + c) ?? b.sheet.values[r]?.[c] ?? '');
        else if (p === 'numberFormat') data.numberFormat = grid((r, c) => b.sheet.formats.get(r * COLS + c) ?? 'General');
        else throw fakeError('InvalidArgument', `Range has no property ${p}`);
      }
      this.loaded.set(data);
      return jsonBytes(data);
    });
    return this;
  }
  get isNullObject(): boolean { return this.loaded.isNull; }
  get address(): string { return this.loaded.get('address'); }
  get rowIndex(): number { return this.loaded.get('rowIndex'); }
  get columnIndex(): number { return this.loaded.get('columnIndex'); }
  get rowCount(): number { return this.loaded.get('rowCount'); }
  get columnCount(): number { return this.loaded.get('columnCount'); }
  get values(): any[][] { return this.loaded.get('values'); }
  get formulas(): any[][] { return this.loaded.get('formulas'); }
  get numberFormat(): any[][] { return this.loaded.get('numberFormat'); }

  set values(input: any[][]) {
    this.write(input, (sheet, r, c, v) => {
      if (v === null || v === undefined) return;
      if (typeof v === 'string' && v.length > CELL_TEXT_MAX) throw fakeError('InvalidArgument', `A cell holds at most ${CELL_TEXT_MAX} characters; got ${v.length} for ${columnName(c)}${r + 1}`);
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
  /** Range.clear: contents, formats or both ("All", the default), as Excel clears them. */
  clear(applyTo?: string): void {
    const what = applyTo ?? 'All';
    this.ctx.enqueue(what.length, () => {
      const b = this.box();
      const whole = b.r === 0 && b.c === 0 && b.nr >= ROWS && b.nc >= COLS;
      const inBox = (key: number) => {
        const r = Math.floor(key / COLS), c = key % COLS;
        return r >= b.r && r < b.r + b.nr && c >= b.c && c < b.c + b.nc;
      };
      if (what === 'All' || what === 'Contents') {
        if (whole) b.sheet.values = [];
        else for (let r = b.r; r < Math.min(b.r + b.nr, b.sheet.values.length); r++) for (let c = b.c; c < b.c + b.nc; c++) if (b.sheet.values[r]) delete b.sheet.values[r][c];
        for (const key of [...b.sheet.formulas.keys()]) if (inBox(key)) b.sheet.formulas.delete(key);
      }
      if (what === 'All' || what === 'Formats') {
        for (const key of [...b.sheet.formats.keys()]) if (inBox(key)) b.sheet.formats.delete(key);
        if (whole) b.sheet.log = b.sheet.log.filter((e) => !/\.format\.|conditionalFormats/.test(e.path));
      }
    });
  }
  get format(): any { return recorder(this.ctx, () => this.box().sheet, `${this.label}.format`); }
  /** ExcelApi 1.7: recorded in the sheet's log like a format. */
  set hyperlink(value: any) {
    this.ctx.enqueue(jsonBytes(value), () => void this.box().sheet.log.push({ path: `${this.label}.hyperlink`, value }));
  }
  get conditionalFormats(): any {
    return recorder(this.ctx, () => this.box().sheet, `${this.label}.conditionalFormats`, {
      clearAll: () => this.ctx.enqueue(10, () => {
        const sheet = this.box().sheet;
        sheet.log = sheet.log.filter((e) => !e.path.includes('conditionalFormats'));
      }),
    });
  }
  getMergedAreasOrNullObject(): any {
    const loaded = new Loaded(`Merged areas of ${this.label}`);
    let found: string[] = [];
    const object = {
      load: (props?: string) => {
        const wanted = wantedProps(props, ['address', 'areaCount']);
        this.ctx.enqueue((props ?? '').length + 30, () => {
          const b = this.box();
          found = b.sheet.merges.filter((m) => intersects(parseBox(m), b));
          if (found.length > MERGED_AREAS_LIMIT) throw fakeError('GeneralException', `getMergedAreasOrNullObject: ${found.length} merged areas, over Excel's ${MERGED_AREAS_LIMIT}`);
          const data: Record<string, any> = {};
          if (wanted.includes('address')) data.address = found.map((m) => `${quoteName(b.sheet.name)}!${m}`).join(',');
          if (wanted.includes('areaCount')) data.areaCount = found.length;
          loaded.set(found.length ? data : {});
          return jsonBytes(data);
        });
        return object;
      },
      resolveNull: () => loaded.setNull(found.length === 0),
      get isNullObject() { return loaded.isNull; },
      get address() { return loaded.get('address'); },
      get areaCount() { return loaded.get('areaCount'); },
    };
    this.ctx.track(object);
    return object;
  }
}

function quoteName(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function usedBox(sheet: FakeSheet): Box | null {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  sheet.values.forEach((row, r) => row?.forEach((v, c) => {
    if (v === '' || v === null || v === undefined) return;
    r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c);
  }));
  return r1 < 0 ? null : { sheet, r: r0, c: c0, nr: r1 - r0 + 1, nc: c1 - c0 + 1 };
}

export class FakeWorksheet {
  private loaded: Loaded;
  constructor(private ctx: FakeContext, private find: () => FakeSheet | undefined, private label: string, private nullable = false, props?: { sheet: FakeSheet; wanted: string[] }) {
    this.loaded = new Loaded(`Worksheet ${label}`);
    if (props) this.fill(props.sheet, props.wanted);
    else ctx.track(this);
  }
  private fill(s: FakeSheet, wanted: string[]): void {
    const data: Record<string, any> = {};
    for (const p of wanted) {
      if (p === 'name') data.name = s.name;
      else if (p === 'visibility') data.visibility = s.visibility;
      else throw fakeError('InvalidArgument', `Worksheet has no property ${p}`);
    }
    this.loaded.set(data);
    this.loaded.setNull(false);
  }
  resolveNull(): void {
    this.loaded.setNull(!this.find());
  }
  /** The sheet for an operation on it or on anything chained from it. */
  private sheet(): FakeSheet {
    const s = this.find();
    if (!s) {
      throw this.nullable
        ? fakeError('InvalidObjectPath', `The sheet ${this.label} is a null object: a call chained on it cannot run`)
        : fakeError('ItemNotFound', `The sheet ${this.label} does not exist`);
    }
    return s;
  }
  load(props?: string): this {
    const wanted = wantedProps(props, ['name', 'visibility']);
    this.ctx.enqueue((props ?? '').length, () => {
      const s = this.find();
      if (!s && !this.nullable) throw fakeError('ItemNotFound', `The sheet ${this.label} does not exist`);
      if (!s) return void this.loaded.set({});
      this.fill(s, wanted);
      return jsonBytes({ name: s.name, visibility: s.visibility });
    });
    return this;
  }
  get name(): string { return this.loaded.get('name'); }
  get visibility(): string { return this.loaded.get('visibility'); }
  set visibility(v: string) { this.ctx.enqueue(v.length, () => void (this.sheet().visibility = v as FakeSheet['visibility'])); }
  get isNullObject(): boolean { return this.loaded.isNull; }
  delete(): void {
    this.ctx.enqueue(10, () => this.ctx.book.deleteSheet(this.sheet()));
  }
  activate(): void { this.ctx.enqueue(10, () => void (this.ctx.book.active = this.sheet().name)); }
  /** ExcelApi 1.7: recorded in the sheet's log. */
  set tabColor(value: string) { this.ctx.enqueue(value.length, () => void this.sheet().log.push({ path: 'tabColor', value })); }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      if (!address) return { sheet: s, r: 0, c: 0, nr: ROWS, nc: COLS };
      return { sheet: s, ...parseBox(address) };
    }, `${this.label}!${address ?? ''}`);
  }
  getRangeByIndexes(r: number, c: number, nr: number, nc: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), r, c, nr, nc }), `${this.label}!${columnName(c)}${r + 1}:${columnName(c + nc - 1)}${r + nr}`);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => usedBox(this.sheet()), `${this.label}!used`);
  }
  getRanges(address: string): any {
    if (address.length > 8192) throw fakeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    this.ctx.enqueue(address.length, () => void this.sheet());
    return { format: recorder(this.ctx, () => this.sheet(), `${this.label}!${address}.format`) };
  }
  get freezePanes(): any { return recorder(this.ctx, () => this.sheet(), 'freezePanes'); }
  get pageLayout(): any { return recorder(this.ctx, () => this.sheet(), 'pageLayout'); }
  get horizontalPageBreaks(): any {
    // Counted as the real library sends a break (its range by indexes and the add): 389 bytes, measured by
    // test/excel/officeJsContract.test.ts, where this fake's usual count of a call's arguments gives about 50.
    return recorder(this.ctx, () => this.sheet(), 'horizontalPageBreaks', {
      add: (range: unknown) => {
        const plain = range instanceof FakeRange ? range.describe() : range;
        this.ctx.enqueue(PAGE_BREAK_BYTES, () => void this.sheet().log.push({ path: 'horizontalPageBreaks.add', args: [plain] }));
      },
    });
  }
  get charts(): any {
    let items: any[] | null = null;
    const base = recorder(this.ctx, () => this.sheet(), 'charts', {
      add: (...args: any[]) => {
        const plain = args.map((a) => (a instanceof FakeRange ? a.describe() : a));
        this.ctx.enqueue(jsonBytes(plain) + 20, () => {
          const sheet = this.sheet();
          sheet.charts.push({ name: `Chart ${sheet.charts.length + 1}` });
          sheet.log.push({ path: 'charts.add', args: plain });
        });
        return recorder(this.ctx, () => this.sheet(), 'charts.add()');
      },
      load: (props?: string) => {
        this.ctx.enqueue((props ?? '').length, () => {
          const sheet = this.sheet();
          items = sheet.charts.map((chart) => ({
            name: chart.name,
            delete: () => this.ctx.enqueue(10, () => void (sheet.charts = sheet.charts.filter((c) => c !== chart))),
          }));
          return jsonBytes(items.map((i) => i.name));
        });
        return base;
      },
    });
    return new Proxy(base, {
      get: (t, p) => {
        if (p === 'items') {
          if (!items) throw fakeError('PropertyNotLoaded', 'charts.items is not loaded');
          return items;
        }
        return t[p];
      },
    });
  }
}

class FakeWorksheets {
  private loaded: FakeWorksheet[] | null = null;
  constructor(private ctx: FakeContext) {}
  load(props?: string): this {
    // 'items/name,items/visibility' loads those properties of every item; 'items' or nothing loads them all.
    const wanted = wantedProps(props, ['items']).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const itemProps = wanted.length ? wanted : ['name', 'visibility'];
    this.ctx.enqueue((props ?? '').length, () => {
      const book = this.ctx.book;
      this.loaded = book.sheets.map((s) => new FakeWorksheet(this.ctx, () => (book.sheets.includes(s) ? s : undefined), s.name, false, { sheet: s, wanted: itemProps }));
      return jsonBytes(book.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
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
  load(props?: string): this {
    const wanted = wantedProps(props, ['items/name', 'items/worksheet/name']);
    this.ctx.enqueue((props ?? '').length, () => {
      this.loaded = this.ctx.book.sheets.flatMap((s) => s.tables.map((t) => {
        const ws = new FakeWorksheet(this.ctx, () => s, s.name, false, { sheet: s, wanted: wanted.includes('items/worksheet/name') ? ['name'] : [] });
        const item: Record<string, any> = { getRange: () => ws.getRange(t.ref) };
        if (wanted.includes('items/name') || wanted.includes('items')) item.name = t.name;
        item.worksheet = ws;
        return item;
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
