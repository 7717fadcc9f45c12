import { readFileSync } from 'fs';
import * as zlib from 'zlib';
import { entryData, zipEntries } from '../../../src/xlsx/_lib/zipEntries';

/** The text parts of an .xlsx by name (no leading slash), and each sheet's part by its tab name. */
export function xlsxParts(file: string): { part: (name: string) => string | undefined; names: string[]; sheetPart: (sheet: string) => string; sheetPath: (sheet: string) => string } {
  const bytes = readFileSync(file);
  const parts = new Map<string, string>();
  for (const e of zipEntries(bytes)) {
    const data = entryData(bytes, e);
    parts.set(e.name.replace(/^\//, ''), (e.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8'));
  }
  const part = (name: string) => parts.get(name);
  const workbook = part('xl/workbook.xml') ?? '';
  const rels = part('xl/_rels/workbook.xml.rels') ?? '';
  const sheetPath = (sheet: string): string => {
    const esc = sheet.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
    const m = new RegExp(`<sheet [^>]*name="${esc.replace(/[()]/g, '\\$&')}"[^>]*r:id="(rId\\d+)"`).exec(workbook);
    if (!m) throw new Error(`no sheet ${sheet}`);
    const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
    return (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/, 'xl/');
  };
  const sheetPart = (sheet: string): string => parts.get(sheetPath(sheet)) ?? '';
  return { part, names: [...parts.keys()], sheetPart, sheetPath };
}
