import { readdirSync, statSync } from 'fs';
import path from 'path';
import type { SiteFailure } from '../core/groupAudit';

// In a folder: workbooks and CSV files, but not Excel's "~$" lock files, hidden files, or audits this tool wrote.
const SITE_FILE = /\.(xlsx|xlsm|csv)$/i;
const NOT_A_SITE = /^(~\$|\.)|-audit\.xlsx$/i;

/**
 * The sites' files from the command line: files as given, folders opened (one level) for their workbooks; a path that
 * does not exist, or a folder with no workbook, is a site failure listed with its reason.
 * @example siteFiles(['north.xlsx', 'sites/'], 'group.xlsx').files // ['north.xlsx', 'sites/city.xlsx', 'sites/south.xlsx']
 */
export function siteFiles(inputs: readonly string[], out: string): { files: string[]; failures: SiteFailure[] } {
  const files: string[] = [];
  const failures: SiteFailure[] = [];
  const outPath = path.resolve(out).toLowerCase();
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      failures.push({ site: path.basename(input), reason: 'the file does not exist' });
      continue;
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const found = readdirSync(input)
      .filter((name) => SITE_FILE.test(name) && !NOT_A_SITE.test(name))
      .map((name) => path.join(input, name))
      .filter((file) => path.resolve(file).toLowerCase() !== outPath && statSync(file).isFile())
      .sort((a, b) => a.localeCompare(b));
    if (found.length === 0) failures.push({ site: path.basename(path.resolve(input)), reason: 'the folder holds no .xlsx or .csv workbook' });
    files.push(...found);
  }
  return { files, failures };
}

/**
 * Each site's name: its file name without the extension, made unique with " (2)", " (3)" when two folders hold the same name.
 * @example siteNames(['a/North.xlsx', 'b/North.xlsx']) // ['North', 'North (2)']
 */
export function siteNames(files: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const base = path.basename(file, path.extname(file));
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
