import { readFileSync } from 'fs';
import { join } from 'path';
import { adapterOfficeJsMembers, compareVersions, type UsedMember } from './_lib/officeJsMembers';

const { REQUIRED_SETS } = require('../../scripts/lib/manifestCheck');

// The ExcelApi requirement set manifest.xml declares must be the lowest that covers every Office.js member the
// adapter (src/excel) uses, as @types/office-js annotates them ("[Api set: ExcelApi 1.9]"). A member from a newer
// set is allowed only behind a runtime check (src/excel/hostSupports.ts), listed here with the file that guards it.
const ROOT = join(__dirname, '../..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const GUARDED: Record<string, { usedIn: string; guard: string; guardedIn: string }> = {
  'Excel.Range.getMergedAreasOrNullObject': { usedIn: 'src/excel/_lib/readMergedAreas.ts', guard: "hostSupports('1.13')", guardedIn: 'src/excel/readWorkbook.ts' },
};
/** Office.js plumbing that belongs to no ExcelApi set (loading, syncing, the null-object flag, collection items). */
const UNVERSIONED = new Set(['load', 'sync', 'workbook', 'items', 'isNullObject']);

describe('ExcelApi requirement set, derived from the Office.js members the adapter uses', () => {
  const { used, unmatched } = adapterOfficeJsMembers();
  const guarded = (m: UsedMember): boolean => m.name in GUARDED;
  const minimum = used
    .filter((m) => !guarded(m) && m.excelApi !== null)
    .map((m) => m.excelApi!)
    .reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), '1.1');

  test('every member of the adapter subset is an Office.js member, and each used one names its set', () => {
    expect(unmatched).toEqual([]);
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((m) => m.excelApi === null && !UNVERSIONED.has(m.name.split('.').pop()!)).map((m) => m.name)).toEqual([]);
  });

  test('the minimum is ExcelApi 1.9, set by print setup (pageLayout), getRanges and suspendScreenUpdatingUntilNextSync', () => {
    expect(minimum).toBe('1.9');
    const at = used.filter((m) => m.excelApi === minimum && !guarded(m)).map((m) => m.name);
    expect(at).toEqual(expect.arrayContaining(['Excel.Worksheet.getRanges', 'Excel.Worksheet.pageLayout', 'Excel.Application.suspendScreenUpdatingUntilNextSync']));
  });

  test('manifest.xml and the offline check declare exactly that minimum', () => {
    expect(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(MANIFEST)?.[1]).toBe(minimum);
    expect(REQUIRED_SETS.ExcelApi).toBe(minimum);
  });

  test('a member newer than the minimum is used only behind its runtime check', () => {
    const newer = used.filter((m) => m.excelApi !== null && compareVersions(m.excelApi, minimum) > 0);
    expect(newer.map((m) => m.name).sort()).toEqual(Object.keys(GUARDED).sort());
    for (const m of newer) {
      const g = GUARDED[m.name];
      expect(m.usedIn).toEqual([g.usedIn]);
      expect(readFileSync(join(ROOT, g.guardedIn), 'utf8')).toContain(g.guard);
    }
  });

  test('the derivation reads the annotations: known members carry their documented sets', () => {
    const set = (name: string): string | null | undefined => used.find((m) => m.name === name)?.excelApi;
    expect(set('Excel.Worksheet.getRangeByIndexes')).toBe('1.7');
    expect(set('Excel.WorksheetCollection.getItemOrNullObject')).toBe('1.4');
    expect(set('Excel.Range.getMergedAreasOrNullObject')).toBe('1.13');
    expect(set('Excel.Range.values')).toBe('1.1');
  });
});
