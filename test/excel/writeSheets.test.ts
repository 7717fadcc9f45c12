import { auditToSheets } from '../../src/core/auditToSheets';
import { EXCEL_MAX_ROWS, fitToExcelRows } from '../../src/core/sheets/fitToExcelRows';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { styleKey, type CellStyle, type OutputSheet } from '../../src/core/sheets/outputSheet';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { writeSheets } from '../../src/excel/writeSheets';
import { FakeWorkbook } from './_lib/fakeExcel';
import { sampleWorkbook, TRICKY } from './_lib/sampleWorkbook';

const MB4 = 4_000_000;
const PALETTE: CellStyle[] = [{ fill: 'C6EFCE', fontColor: '006100' }, { fill: 'FFEB9C', fontColor: '9C5700' }, { fill: 'FFC7CE', fontColor: '9C0006' }];

/** Output sheets shaped like the real ones (a styled 33-column heat map, a long text sheet, a summary), n rows each. */
function outputs(n: number): OutputSheet[] {
  const styles = new Map<string, CellStyle>();
  const matrix = Array.from({ length: n }, (_, r) => {
    const row = [`S${r}`, `Person ${r}`];
    for (let c = 2; c < 33; c++) {
      row.push(String(((r + c) % 4) + 1));
      styles.set(styleKey(r, c), PALETTE[(r * 3 + c) % 3]);
    }
    return row.map((v, c) => (c > 1 ? Number(v) : v));
  });
  const needs = Array.from({ length: n }, (_, r) => [`S${r}`, `Person ${r}`, 'Skills', 'A3 Support learners with communication needs', 'A3', r % 3 ? 'High' : 'Medium', 'Shadow a specialist, then joint training', 6, TRICKY[r % TRICKY.length]]);
  return [
    { name: 'Audit Summary', preamble: [['LSA Workforce Audit'], ['Green', 3], ['Amber', 2], ['Red', 1]], headers: ['Indicator ID', 'Indicator', 'Status'], rows: [['O1', 'Inducted', 'Green']], print: { landscape: true, fitToWidth: true } },
    { name: 'Skills Matrix', preamble: [], headers: ['Staff ID', 'Name', ...NOS_CATALOGUE.map((c) => c.code)], rows: matrix, styles },
    { name: 'Training Needs', preamble: [], headers: ['Staff ID', 'Name', 'Category', 'Need', 'Criterion', 'Priority', 'Suggested activity', 'Hours', 'Barrier'], rows: needs },
    { name: 'Audit History', preamble: [], headers: ['Audit date', 'Run at', 'Staff'], rows: [['2025-06-30', '2025-06-30 10:00', n]], append: true },
  ];
}

async function audit(book: FakeWorkbook, runAt: string): Promise<OutputSheet[]> {
  const read = await readWorkbook(book.context());
  const input = parseWorkbook(read.raw, { auditDate: '2025-06-30' });
  return auditToSheets(runAudit(input, NOS_CATALOGUE), { runAt, catalogue: NOS_CATALOGUE });
}

describe('writeSheets', () => {
  const measured: Record<number, { syncs: number; maxPayload: number; total: number }> = {};

  test.each([100, 10_000, 100_000])('writes %i rows per sheet with every request under 4 MB and syncs growing only with the payload', async (n) => {
    const book = new FakeWorkbook({ sheets: [{ name: 'Team', rows: [['Name'], ['Ann']] }] });
    const { syncs } = await writeSheets(book.context(), outputs(n));
    const maxPayload = Math.max(...book.payloads);
    const total = book.payloads.reduce((a, b) => a + b, 0);
    measured[n] = { syncs, maxPayload, total };
    expect(syncs).toBe(book.syncCount);
    expect(maxPayload).toBeLessThanOrEqual(MB4);
    // Two fixed syncs (names and meta; sheet structure), then batches each filled to at least half the cap.
    expect(syncs - 2).toBeLessThanOrEqual(Math.ceil(total / (MB4 / 2)));
    if (n === 100) expect(syncs).toBe(3);
    const matrix = book.sheet('Skills Matrix')!;
    expect(matrix.values).toHaveLength(n + 1);
    expect(matrix.log.filter((e) => e.path.endsWith('fill.color')).length).toBeGreaterThan(0);
    console.log(`writeSheets ${n} rows: ${syncs} syncs, max payload ${maxPayload} bytes, total ${total} bytes`);
  }, 300_000);

  test("a sheet longer than Excel's 1,048,576 rows fails as one sheet and is written whole as parts", async () => {
    const rows = Array.from({ length: EXCEL_MAX_ROWS + 5 }, (_, i) => [i]);
    const sheet: OutputSheet = { name: 'Training Needs', preamble: [], headers: ['Row'], rows };
    const whole = new FakeWorkbook({ sheets: [{ name: 'Team', rows: [['Name'], ['Ann']] }] });
    await expect(writeSheets(whole.context(), [sheet])).rejects.toThrow(/last row of the sheet/);

    const book = new FakeWorkbook({ sheets: [{ name: 'Team', rows: [['Name'], ['Ann']] }] });
    await writeSheets(book.context(), fitToExcelRows(sheet));
    const first = book.sheet('Training Needs')!.values;
    const second = book.sheet('Training Needs (part 2)')!.values;
    expect(first).toHaveLength(EXCEL_MAX_ROWS);
    expect(second[0]).toEqual(['Row']);
    expect([first[EXCEL_MAX_ROWS - 1][0], second[1][0], second[second.length - 1][0]]).toEqual([EXCEL_MAX_ROWS - 2, EXCEL_MAX_ROWS - 1, EXCEL_MAX_ROWS + 4]);
  }, 300_000);

  test('halves a batch Excel refuses as too big, and still writes every row', async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'Team', rows: [['Name'], ['Ann']] }] });
    book.cap = 600_000; // a stricter host than our 4 MB estimate expects
    await writeSheets(book.context(), outputs(5_000));
    expect(book.sheet('Training Needs')!.values).toHaveLength(5_001);
    expect(book.payloads.some((p) => p > book.cap)).toBe(true);
    expect(book.sheet('Training Needs')!.values[5_000][0]).toBe('S4999');
  }, 60_000);

  test('never touches a user sheet, replaces only its own sheets on a re-run, and keeps one Audit History row per audit date', async () => {
    const book = new FakeWorkbook(sampleWorkbook(100));
    const team = book.snapshot('Team');
    const userMatrix = book.snapshot('Skills Matrix');

    const first = await writeSheets(book.context(), await audit(book, '2025-06-30 10:00'));
    expect(first.plans.find((p) => p.output === 'Skills Matrix')).toMatchObject({ target: 'Skills Matrix (2)', renamed: true, action: 'create' });
    const afterFirst = book.sheets.map((s) => s.name);

    const second = await writeSheets(book.context(), await audit(book, '2025-06-30 11:00'));
    expect(second.plans.filter((p) => p.action === 'replace')).toHaveLength(11); // every output sheet but Audit History
    expect(second.plans.find((p) => p.output === 'Audit History')!.action).toBe('append');
    expect(book.sheets.map((s) => s.name).sort()).toEqual(afterFirst.sort());
    expect(book.snapshot('Skills Matrix')).toEqual(userMatrix);
    expect(book.snapshot('Team')).toEqual(team);

    const history = book.sheet('Audit History')!.values;
    // Both runs are for the audit date 30/06/2025: the second replaces the first's row (SPEC 4 v2), so header + 1 row.
    expect(history).toHaveLength(2);
    // Run at is a real date-time (Excel serial, shown dd/mm/yyyy hh:mm): 2025-06-30 is day 45838.
    expect(history[1][0]).toBe(45838);
    expect(history[1][1]).toBeCloseTo(45838 + 11 / 24, 6);

    const meta = book.sheet('LSA Audit Meta')!;
    expect(meta.visibility).toBe('VeryHidden');
    expect(meta.values.filter((r) => r[0] === 'owned').map((r) => r[1]).sort()).toEqual(second.plans.map((p) => p.target).sort());
  }, 60_000);

  test('every string on every output sheet lands as literal text: never a formula, number or date', async () => {
    const book = new FakeWorkbook(sampleWorkbook(100));
    const sheets = await audit(book, '2025-06-30 10:00');
    const { plans } = await writeSheets(book.context(), sheets);
    let checked = 0;
    const seen = new Set<string>();
    sheets.forEach((sheet, i) => {
      const top = sheet.preamble.length ? sheet.preamble.length + 1 : 0;
      // A form (Personal Plans) has no header row: its rows start where the header would be.
      const first = sheet.form ? top : top + 1;
      const grid = [...sheet.preamble.map((row, r) => ({ row, at: r })), ...(sheet.form ? [] : [{ row: sheet.headers, at: top }]), ...sheet.rows.map((row, r) => ({ row, at: first + r }))];
      for (const { row, at } of grid) {
        row.forEach((v, c) => {
          if (typeof v !== 'string' || v === '') return;
          const cell = book.cell(plans[i].target, at, c);
          expect({ sheet: sheet.name, v, formula: cell.formula, value: cell.value }).toEqual({ sheet: sheet.name, v, formula: null, value: v });
          if (TRICKY.includes(v)) seen.add(v);
          checked++;
        });
      }
    });
    expect(checked).toBeGreaterThan(1000);
    // The tricky names and job titles reached the output sheets, and survived as typed.
    expect([...seen].sort()).toEqual([...TRICKY].sort());
  }, 60_000);

  test('formats the sheets after their values: bold header, frozen header, widths, status colours, print setup and a chart', async () => {
    const book = new FakeWorkbook(sampleWorkbook(20));
    await writeSheets(book.context(), await audit(book, '2025-06-30 10:00'));
    const summary = book.sheet('Audit Summary')!.log.map((e) => e.path);
    expect(summary).toEqual(expect.arrayContaining(['pageLayout.orientation', 'pageLayout.zoom', 'pageLayout.setPrintTitleRows', 'charts.add', 'freezePanes.freezeRows']));
    expect(summary.some((p) => /conditionalFormats\.add\(\)\.textComparison\.rule$/.test(p))).toBe(true);
    expect(summary.some((p) => p.endsWith('format.font.bold'))).toBe(true);
    expect(summary.some((p) => p.endsWith('format.columnWidth'))).toBe(true);
  });
});
