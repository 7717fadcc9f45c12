import type { Audit } from '../audit';
import { excelDate, ukDates } from './excelDate';
import type { OutputSheet, OutputValue, PrintSetup } from './outputSheet';
import { plainSources } from './sourceDocuments';

/** The one tab colour of every output sheet, so a user tells the results from their own sheets (SPEC 4.2). */
export const OUTPUT_TAB_COLOR = '1F4E79';

// A4 with Excel's narrow margins holds about 100 characters of column width across in portrait at 100%, 150 in landscape.
const PORTRAIT_WIDTH = 100;
const WIDTH_SAMPLE_ROWS = 500;
const DEFAULT_MIN_WIDTH = 8;
const DEFAULT_MAX_WIDTH = 40;

export const NARROW_MARGINS = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

function textLength(v: OutputValue | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? String(Math.round(v * 10) / 10).length : String(v).length;
}

/** Given widths, and for a column added without one (by a newer indicator or field), one from its header and text. */
function widthsOf(sheet: OutputSheet): number[] {
  return sheet.headers.map((header, c) => {
    const given = sheet.columnWidths?.[c];
    if (given !== undefined && given > 0) return given;
    let longest = Math.min(header.length, 16); // long headers wrap rather than widen the column
    for (let r = 0; r < Math.min(sheet.rows.length, WIDTH_SAMPLE_ROWS); r++) longest = Math.max(longest, textLength(sheet.rows[r][c]));
    return Math.min(DEFAULT_MAX_WIDTH, Math.max(DEFAULT_MIN_WIDTH, longest + 2));
  });
}

/** Columns where some text is longer than the column is wide: they wrap, so print never cuts text off. */
function wrapColumnsOf(sheet: OutputSheet, widths: readonly number[]): number[] {
  const out: number[] = [];
  for (let c = 0; c < widths.length; c++) {
    for (let r = 0; r < Math.min(sheet.rows.length, WIDTH_SAMPLE_ROWS); r++) {
      const v = sheet.rows[r][c];
      if (typeof v === 'string' && v.length > widths[c] - 1) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

function escapeCodes(text: string): string {
  return text.replace(/&/g, '&&');
}

function displayDate(iso: string): string {
  return ukDates(iso);
}

/** Text the user reads: sources named by their documents (SPEC 4.1), dates as dd/mm/yyyy. */
const NEEDS_PLAIN = /seed|\d{4}-\d\d-\d\d/i;

// Texts repeat across thousands of rows (a suggested activity per need, the same peer support for a criterion): each
// distinct one is checked and rewritten once, and looked up before the test, since running NEEDS_PLAIN on every cell was
// most of presentSheets' time (10,000 staff: about three million cells). Texts that stay as they are are kept too.
const plainCache = new Map<string, string>();
const PLAIN_CACHE_MAX = 100_000;

/**
 * The product's own text as users read it: sources by their documents' titles, ISO dates as dd/mm/yyyy.
 * @example plainText('Renew prevent training (expires 2026-09-30)') // 'Renew prevent training (expires 30/09/2026)'
 */
export function plainText(v: OutputValue): OutputValue {
  return plain(v);
}

function plain(v: OutputValue): OutputValue {
  if (typeof v !== 'string' || v.length < 10) return v;
  const cached = plainCache.get(v);
  if (cached !== undefined) return cached;
  const out = NEEDS_PLAIN.test(v) ? rewrite(v) : v;
  if (plainCache.size >= PLAIN_CACHE_MAX) plainCache.clear();
  plainCache.set(v, out);
  return out;
}

function rewrite(v: string): string {
  let out = v;
  if (/seed/i.test(out)) out = plainSources(out);
  if (/\d{4}-\d{2}-\d{2}/.test(out) && excelDate(out) === null) out = ukDates(out);
  return out;
}

// Columns that echo what the user typed (SPEC 4.2: "values echoed in Audit Issues are shown as the user typed or saw
// them"): a name, an ID, an objective or a value is never rewritten, even when it looks like a date or says "seed".
const USER_TEXT_COLUMNS: ReadonlySet<string> = new Set(['Staff ID', 'Name', 'Job title', 'Objective', 'Value', 'Staff', 'Entry', 'CPD activity']);

function plainRows(rows: OutputValue[][], headers: readonly string[] = []): OutputValue[][] {
  const keep = headers.map((h) => USER_TEXT_COLUMNS.has(h));
  // Training Needs can hold a million rows: rows are copied only where a cell changes.
  let out: OutputValue[][] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let copy: OutputValue[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || keep[c]) continue;
      const p = plain(v);
      if (p === v) continue;
      copy ??= row.slice();
      copy[c] = p;
    }
    if (copy) (out ??= rows.slice())[r] = copy;
  }
  return out ?? rows;
}

/** What an output sheet with no rows says instead of empty headers (SPEC 4.2). */
function emptyMessage(sheet: OutputSheet, audit: Audit): string {
  switch (sheet.name) {
    case 'PDP Check':
      return audit.input.pdp.length === 0
        ? 'No PDP objectives to check: add a PDP sheet (Staff ID, Objective, Success criteria, Review date) and run the audit again.'
        : 'No PDP objectives to check.';
    // SPEC 9.3: with no reflective writing recorded, one line says what to add.
    case 'Reflection Check':
      return audit.reflections == null
        ? 'No reflective writing to check: add a Reflective log sheet (Staff ID, Date, Entry, CPD activity) or a Reflection or Impact column on the CPD log, and run the audit again.'
        : 'No reflective writing to check: the Reflective log and the CPD log\'s Reflection and Impact columns are empty.';
    case 'Audit Issues': return 'No data issues found.';
    case 'Training Needs': return 'No training needs found.';
    case 'Team Training Plan': return 'No training need is shared by several staff.';
    default: return `Nothing to show on ${sheet.name}: no staff were audited.`;
  }
}

/**
 * Dresses the sheets for screen and paper (SPEC 4.1, 4.2): sources in plain words, dates in text as dd/mm/yyyy, widths
 * for columns given none, wrapping where text is longer than its column, one tab colour, and print setup (orientation,
 * one page wide, header row and Staff ID / Name repeated, header and footer with the organisation, the sheet, the audit
 * date and "Page n of N"). A sheet's own print choices (the Audit Summary's one page) are kept.
 * @example presentSheets(sheets, audit)[0].print?.footer?.right // 'Page &P of &N'
 */
export function presentSheets(sheets: readonly OutputSheet[], audit: Audit): OutputSheet[] {
  const organisation = audit.summary.organisation || 'Organisation not set';
  const auditDate = displayDate(audit.summary.auditDate);
  return sheets.map((sheet) => {
    if (sheet.rows.length === 0 && !sheet.append && sheet.preamble.length === 0) {
      return { name: sheet.name, preamble: [[emptyMessage(sheet, audit)]], headers: [], rows: [], columnWidths: [],
        tabColor: OUTPUT_TAB_COLOR };
    }
    const columnWidths = widthsOf(sheet);
    const total = columnWidths.reduce((a, b) => a + b, 0);
    const landscape = sheet.print?.landscape ?? total > PORTRAIT_WIDTH;
    const people = sheet.headers[0] === 'Staff ID' && sheet.headers[1] === 'Name';
    const print: PrintSetup = {
      landscape,
      fitToWidth: true,
      titleColumns: people && total > PORTRAIT_WIDTH ? 2 : undefined,
      margins: NARROW_MARGINS,
      header: { left: escapeCodes(organisation), center: '&A', right: `Audit date ${auditDate}` },
      footer: { left: 'LSA Workforce Audit', center: '', right: 'Page &P of &N' },
      ...sheet.print,
    };
    const wrapColumns = sheet.wrapColumns ?? wrapColumnsOf(sheet, columnWidths);
    const { madePlain, ...shown } = sheet;
    return {
      ...shown,
      preamble: plainRows(sheet.preamble),
      // A form (Personal Plans) mixes the user's text and the product's in one column: its builder made its text plain.
      rows: sheet.form || madePlain ? sheet.rows : plainRows(sheet.rows, sheet.headers),
      notes: sheet.notes ? plainRows(sheet.notes) : undefined,
      columnWidths,
      wrapColumns,
      print,
      tabColor: OUTPUT_TAB_COLOR,
    };
  });
}
