// SPEC 9.3: the Reflection Check sheet, built from the fixture team's Reflective log and CPD log reflections.
import { auditToSheets } from '../../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { runAudit } from '../../../src/core/runAudit';
import { excelDate } from '../../../src/core/sheets/excelDate';
import { DATE_FORMAT, styleKey } from '../../../src/core/sheets/outputSheet';
import { REFLECTION_CHECK_HEADERS, reflectionCheckSheet, stagesText } from '../../../src/core/sheets/reflectionCheckSheet';
import { REFLECTIVE_TEAM_AUDIT_DATE, reflectiveTeam, TEXTS } from '../_fixtures/reflectiveTeam';

type Without = NonNullable<Parameters<typeof reflectiveTeam>[0]>['without'];
const audit = (without: Without = []) =>
  runAudit(parseWorkbook(reflectiveTeam({ without }), { auditDate: REFLECTIVE_TEAM_AUDIT_DATE }), NOS_CATALOGUE);
const sheets = (without: Without = []) => auditToSheets(audit(without), { runAt: '2026-09-01 10:00', catalogue: NOS_CATALOGUE });

describe('Reflection Check sheet', () => {
  test('one row per entry, person by person in staff order and by date: Reflective log and CPD log together', () => {
    const sheet = reflectionCheckSheet(audit());
    expect(sheet.headers).toEqual(REFLECTION_CHECK_HEADERS);
    expect(sheet.headers.slice(0, 7)).toEqual(['Staff ID', 'Name', 'Date', 'Entry', 'Stages found', 'Depth', 'Advice']);
    expect(sheet.rows.map((r) => [r[0], r[2], r[5], r[8]])).toEqual([
      ['S1', excelDate('2026-01-10'), 'Reflective', 'CPD log'],
      ['S1', excelDate('2026-01-12'), 'Reflective', 'Reflective log'],
      ['S1', excelDate('2026-03-01'), 'Reflective', 'CPD log'],
      ['S2', excelDate('2026-02-05'), 'Partly reflective', 'CPD log'],
      ['S3', excelDate('2026-04-20'), 'Descriptive', 'CPD log'],
      ['S4', excelDate('2026-05-12'), 'Descriptive', 'Reflective log'],
      ['S5', excelDate('2025-06-01'), 'Reflective', 'CPD log'],
      ['S5', excelDate('2025-06-02'), 'Descriptive', 'Reflective log'],
      ['S6', excelDate('2026-06-15'), 'Reflective', 'CPD log'],
    ]);
    // The entry as written (line breaks kept), the name, the activity it reflects on; dates are real dates; depth coloured.
    expect(sheet.rows[1].slice(0, 2)).toEqual(['S1', 'Amy Shah']);
    expect(sheet.rows[1][3]).toBe(TEXTS.gibbs);
    expect(sheet.rows[1][7]).toBe('Visual timetables workshop');
    expect(sheet.styles?.get(styleKey(0, 2))).toEqual({ numberFormat: DATE_FORMAT });
    expect(sheet.styles?.get(styleKey(4, 5))?.fill).toBe('FFC7CE');
    expect(sheet.styles?.get(styleKey(0, 5))?.fill).toBe('C6EFCE');
  });

  test('the stages found are named in words', () => {
    expect(stagesText([])).toBe('None');
    expect(stagesText(['feelings', 'action plan'])).toBe('Feelings, action plan');
  });

  test('is written after PDP Check, listed on the Audit Summary, and with no reflective writing says so in one line', () => {
    const all = sheets();
    expect(all.map((s) => s.name)).toContain('Reflection Check');
    expect(all.map((s) => s.name).indexOf('Reflection Check')).toBe(all.map((s) => s.name).indexOf('PDP Check') + 1);
    const summary = all.find((s) => s.name === 'Audit Summary')!;
    expect(summary.preamble.some((row) => row[2] === 'Reflection Check')).toBe(true);
    const empty = sheets(['cpdReflection', 'reflective']).find((s) => s.name === 'Reflection Check')!;
    expect(empty.headers).toEqual([]);
    expect(empty.preamble).toEqual([[expect.stringMatching(/^No reflective writing to check: add a Reflective log sheet/)]]);
  });

  test('prints like the other people sheets: landscape, one page wide, Staff ID and Name repeated; the entry never rewritten', () => {
    const a = audit();
    a.reflections![0] = { ...a.reflections![0], entry: 'On 2026-01-10 (seed 3) I felt unsure.' };
    const sheet = auditToSheets(a, { runAt: '2026-09-01 10:00', catalogue: NOS_CATALOGUE }).find((s) => s.name === 'Reflection Check')!;
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true, titleColumns: 2 });
    expect(sheet.rows[0][3]).toBe('On 2026-01-10 (seed 3) I felt unsure.');
    expect(sheet.wrapColumns).toEqual(expect.arrayContaining([3, 6]));
  });
});
