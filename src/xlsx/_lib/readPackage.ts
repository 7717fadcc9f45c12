import { StringDecoder } from 'string_decoder';
import * as zlib from 'zlib';
import type { CellValue } from '../../core/cells/cellValue';
import type { RawSheet, RawWorkbook } from '../../core/cells/rawWorkbook';
import { META_SHEET, readOwnershipRecord, type OwnershipRecord } from '../../core/sheets/ownershipRecord';
import { PackageParts } from './packageParts';
import { MAX_SHEET_CELLS, SheetTooLargeError } from './sheetLimits';
import { isDateFormat, SheetRows, stringItemText, type CellContext } from './sheetCells';
import { entryData } from './zipEntries';
import { attributesOf, elementsOf, prefixOf } from './xmlText';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DOC = `${NS_R}/officeDocument`;
/** Inflated text is handed to the row reader in pieces of this many bytes. */
const PIECE = 1 << 20;

/** Thrown when the package has no workbook part (a .docx, a plain zip): the reader reports it as not a workbook. */
export class NotAWorkbookError extends Error {}

/** A sheet of the workbook part: its name and where its part is. */
interface ListedSheet {
  name: string;
  part: string | null;
}

/** The workbook part's sheets and the parts every sheet's cells need (shared strings, styles, date system). */
function workbookOf(pkg: PackageParts): { sheets: ListedSheet[]; ctx: CellContext; bookPath: string } {
  const bookPath = pkg.relationships('').find((r) => r.type === REL_DOC || r.type.endsWith('/officeDocument'))?.part ?? 'xl/workbook.xml';
  const book = pkg.text(bookPath);
  if (book === null) throw new NotAWorkbookError(`no workbook part (${bookPath})`);
  const p = prefixOf(book, NS_MAIN);
  const rp = prefixOf(book, NS_R) || 'r:';
  const rels = pkg.relationships(bookPath);
  const partOf = new Map(rels.map((r) => [r.id, r.part]));
  const sheets = elementsOf(book, p, 'sheet').map((e) => {
    const a = attributesOf(e.xml);
    return { name: a.name ?? '', part: partOf.get(a[`${rp}id`] ?? '') ?? null };
  });
  const pr = elementsOf(book, p, 'workbookPr')[0];
  const date1904 = pr ? /^(1|true)$/.test(attributesOf(pr.xml).date1904 ?? '') : false;
  const stringsPath = rels.find((r) => r.type.endsWith('/sharedStrings'))?.part;
  const stringsXml = stringsPath ? pkg.text(stringsPath) : null;
  const strings = stringsXml ? elementsOf(stringsXml, prefixOf(stringsXml, NS_MAIN), 'si').map((e) => stringItemText(e.xml)) : [];
  const stylesPath = rels.find((r) => r.type.endsWith('/styles'))?.part;
  const stylesXml = stylesPath ? pkg.text(stylesPath) : null;
  const dateStyles: boolean[] = [];
  if (stylesXml) {
    const sp = prefixOf(stylesXml, NS_MAIN);
    const codes = new Map(elementsOf(stylesXml, sp, 'numFmt').map((e) => {
      const a = attributesOf(e.xml);
      return [Number(a.numFmtId), a.formatCode] as const;
    }));
    const xfs = elementsOf(elementsOf(stylesXml, sp, 'cellXfs')[0]?.xml ?? '', sp, 'xf');
    for (const xf of xfs) {
      const id = Number(attributesOf(xf.xml).numFmtId ?? 0);
      dateStyles.push(isDateFormat(id, codes.get(id)));
    }
  }
  return { sheets, ctx: { strings, dateStyles, date1904 }, bookPath };
}

/** Streams one worksheet part through the row reader, inflating it piece by piece (never the whole part in memory). */
async function readRows(pkg: PackageParts, part: string, ctx: CellContext): Promise<SheetRows> {
  const rows = new SheetRows(ctx);
  const e = pkg.entry(part);
  if (!e) return rows;
  const raw = entryData(pkg.bytes, e);
  const text = new StringDecoder('utf8');
  if (e.method === 0) {
    for (let at = 0; at < raw.length; at += PIECE) rows.feed(text.write(raw.subarray(at, at + PIECE)));
  } else {
    const inflate = zlib.createInflateRaw({ chunkSize: PIECE });
    inflate.end(raw);
    for await (const chunk of inflate) rows.feed(text.write(chunk as Buffer));
  }
  rows.feed(text.end());
  rows.end();
  return rows;
}

/** The tables of a worksheet, from its table parts. */
function tablesOf(pkg: PackageParts, part: string): { name: string; ref: string }[] {
  return pkg.relationships(part).flatMap((r) => {
    if (!r.type.endsWith('/table') || !r.part) return [];
    const xml = pkg.text(r.part);
    const root = xml ? /<(?:\w+:)?table\b[^>]*>/.exec(xml) : null;
    if (!root) return [];
    const a = attributesOf(root[0]);
    return a.ref ? [{ name: a.displayName ?? a.name ?? '', ref: a.ref }] : [];
  });
}

function cellRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** The used block of a sheet as plain values; the covered cells of a merge are blank, as Excel shows them. */
function denseSheet(name: string, rows: SheetRows, tables: { name: string; ref: string }[]): RawSheet {
  const covered = new Map<number, Set<number>>();
  for (const m of rows.merges) {
    const [a, b] = m.split(':').map(cellRef);
    if (!b) continue;
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) (covered.get(r) ?? covered.set(r, new Set()).get(r)!).add(c);
    }
  }
  let minCol = Infinity;
  let maxCol = 0;
  const found = rows.found.filter((f) => {
    const skip = covered.get(f.row);
    let filled = false;
    f.cells.forEach((v, c) => {
      if (skip?.has(c)) delete f.cells[c];
      else if (v !== undefined) {
        filled = true;
        minCol = Math.min(minCol, c);
        maxCol = Math.max(maxCol, c);
      }
    });
    return filled;
  }).sort((x, y) => x.row - y.row);
  const sheet: RawSheet = { name, firstRow: 1, firstColumn: 1, rows: [], merges: rows.merges, tables };
  if (found.length === 0) return sheet;
  const firstRow = found[0].row;
  const width = maxCol - minCol + 1;
  const height = found[found.length - 1].row - firstRow + 1;
  if (height * width > MAX_SHEET_CELLS) throw new SheetTooLargeError(name, height, width);
  const out: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { row, cells } of found) {
    const target = out[row - firstRow];
    cells.forEach((v, c) => {
      if (v !== undefined) target[c - minCol] = v;
    });
  }
  return { ...sheet, firstRow, firstColumn: minCol, rows: out };
}

/**
 * Reads the sheets the audit needs from an .xlsx/.xlsm package, part by part and row by row, without building a workbook
 * model: the record of earlier runs (the very hidden sheet), then the sheets. With `skipOwned` (the command line's audit)
 * the audit's own output sheets are listed empty, unread: the staff table and the optional sheets are among the others,
 * and Audit History is read, since a run appends to it.
 * @example const { raw, meta } = await readPackage(new PackageParts(bytes))
 */
export async function readPackage(pkg: PackageParts,
    options: { skipOwned?: boolean } = {}): Promise<{ raw: RawWorkbook; meta: OwnershipRecord }> {
  const { sheets, ctx } = workbookOf(pkg);
  if (sheets.length === 0) throw new NotAWorkbookError('a workbook without sheets');
  const metaSheet = sheets.find((s) => s.name === META_SHEET);
  let meta = readOwnershipRecord(null);
  if (metaSheet?.part) {
    const sheet = denseSheet(META_SHEET, await readRows(pkg, metaSheet.part, ctx), []);
    meta = readOwnershipRecord(sheet.rows.map((row) => [...new Array(sheet.firstColumn - 1).fill(null), ...row]));
  }
  // The audit's own sheets are rewritten whole (Audit History merged from what is read of it): no need to read them.
  const skip = new Set(options.skipOwned ? meta.owned.filter((n) => n !== 'Audit History').map((n) => n.toLowerCase()) : []);
  const out: RawSheet[] = [];
  for (const s of sheets) {
    if (s === metaSheet) continue;
    if (!s.part || skip.has(s.name.toLowerCase())) out.push({ name: s.name, firstRow: 1, firstColumn: 1, rows: [] });
    else out.push(denseSheet(s.name, await readRows(pkg, s.part, ctx), tablesOf(pkg, s.part)));
  }
  return { raw: { sheets: out }, meta };
}

/**
 * The parts readPackage inflates: the workbook part and its relationships, shared strings, styles, and the sheets it reads.
 * @example partsRead(pkg) // ['xl/workbook.xml', 'xl/sharedStrings.xml', ...]
 */
export function partsRead(pkg: PackageParts): string[] {
  const { sheets, bookPath } = workbookOf(pkg);
  const rels = pkg.relationships(bookPath).filter((r) => /\/(sharedStrings|styles)$/.test(r.type)).map((r) => r.part!);
  const sheetParts = sheets.flatMap((s) => (s.part ? [s.part, ...pkg.relationships(s.part).filter((r) => r.type.endsWith('/table') && r.part).map((r) => r.part!)] : []));
  return [bookPath, ...rels, ...sheetParts];
}
