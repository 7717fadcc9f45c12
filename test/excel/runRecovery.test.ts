import { auditToSheets } from '../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import type { OutputSheet } from '../../src/core/sheets/outputSheet';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { writeSheets } from '../../src/excel/writeSheets';
import { FakeWorkbook } from './_lib/fakeExcel';
import { sampleWorkbook } from './_lib/sampleWorkbook';

// SPEC 7 (v2): in Excel, a run never leaves a mess.

async function outputs(book: FakeWorkbook, runAt: string): Promise<OutputSheet[]> {
  const read = await readWorkbook(book.context());
  const input = parseWorkbook(read.raw, { auditDate: '2025-06-30' });
  return auditToSheets(runAudit(input, NOS_CATALOGUE), { runAt, catalogue: NOS_CATALOGUE });
}

const metaRows = (book: FakeWorkbook) => book.sheet('LSA Audit Meta')!.values;

describe('a run that stops part-way', () => {
  // Write syncs: 1 names, 2 the record and the sheets' structure, 3.. values then formats (a small cap makes several).
  test.each([[2, 8], [3, 0], [3, 5], [5, 2], [7, 1]])('failing at write sync %i after %i operations leaves every sheet it touched on record, and the next run replaces them all and says so', async (failing, afterOps) => {
    const book = new FakeWorkbook(sampleWorkbook(300));
    const sheets = await outputs(book, '2025-06-30 10:00');
    const before = book.syncCount;
    book.failAt = [{ sync: before + failing, afterOps }];
    await expect(writeSheets(book.context(), sheets, { capBytes: 100_000 })).rejects.toThrow(/Injected failure/);
    expect(book.sheets.length).toBeGreaterThan(3);
    const leftBehind = book.sheets.map((s) => s.name).filter((n) => !['Team', 'Skills Matrix', 'LSA Audit Meta'].includes(n));
    // Whatever the failed run created is listed in the record, marked in progress.
    const owned = metaRows(book).filter((r) => r[0] === 'owned').map((r) => r[1]);
    expect(owned).toEqual(expect.arrayContaining(leftBehind));
    expect(metaRows(book).some((r) => r[0] === 'run' && r[1] === 'in progress')).toBe(true);

    book.failAt = [];
    const again = await writeSheets(book.context(), await outputs(book, '2025-06-30 11:00'));
    const names = book.sheets.map((s) => s.name);
    // No "Audit Summary (2)" beside our own half-written sheet: only the user's Skills Matrix forced a new name.
    expect(names.filter((n) => / \(\d+\)$/.test(n))).toEqual(['Skills Matrix (2)']);
    expect(again.recoveredFromIncompleteRun.sort()).toEqual(leftBehind.filter((n) => n !== 'Audit History').sort());
    expect(again.plans.filter((p) => p.renamed).map((p) => p.target)).toEqual(['Skills Matrix (2)']);
    expect(metaRows(book).some((r) => r[0] === 'run' && r[1] === 'complete')).toBe(true);
    // The user's own sheets are untouched.
    expect(book.sheet('Skills Matrix')!.values[0][0]).toBe("My own matrix, not the add-in's");
  }, 60_000);

  test('a finished run is marked complete and the next run reports nothing recovered', async () => {
    const book = new FakeWorkbook(sampleWorkbook(30));
    await writeSheets(book.context(), await outputs(book, '2025-06-30 10:00'));
    expect(metaRows(book).filter((r) => r[0] === 'run')).toEqual([['run', 'complete', '']]);
    const again = await writeSheets(book.context(), await outputs(book, '2025-06-30 11:00'));
    expect(again.recoveredFromIncompleteRun).toEqual([]);
  });
});

describe('output sheets are rewritten in place', () => {
  test("a user's formula pointing at an output sheet keeps working across two runs, and our sheets keep their places", async () => {
    const init = sampleWorkbook(40);
    init.sheets.push({ name: 'My notes', rows: [['Staff audited'], [0]], formulas: { A2: "='Audit Summary'!B4" } });
    const book = new FakeWorkbook(init);
    await writeSheets(book.context(), await outputs(book, '2025-06-30 10:00'));
    const summary = book.sheet('Audit Summary')!;
    const row = summary.values.findIndex((r) => r[0] === 'Staff audited');
    expect(row).toBeGreaterThanOrEqual(0);
    book.sheet('My notes')!.formulas.set(1 * 16384 + 0, `='Audit Summary'!B${row + 1}`);
    expect(book.cell('My notes', 1, 0).value).toBe(40);
    const order = book.sheets.map((s) => s.name);

    // Second run, with two more staff: the reference follows the new value rather than turning into #REF!.
    book.sheet('Team')!.values.push([...book.sheet('Team')!.values[2]].map((v, c) => (c === 0 ? 'S999998' : v)), [...book.sheet('Team')!.values[3]].map((v, c) => (c === 0 ? 'S999999' : v)));
    await writeSheets(book.context(), await outputs(book, '2025-06-30 11:00'));
    expect(book.cell('My notes', 1, 0)).toMatchObject({ formula: `='Audit Summary'!B${row + 1}`, value: 42 });
    expect(book.sheets.map((s) => s.name)).toEqual(order);
    expect(book.sheet('Audit Summary')).toBe(summary); // the same sheet, not a new one of the same name
  });

  test('a rewritten sheet keeps no stale rows, charts or conditional formats from the run before', async () => {
    const book = new FakeWorkbook(sampleWorkbook(60));
    await writeSheets(book.context(), await outputs(book, '2025-06-30 10:00'));
    const needsBefore = book.sheet('Training Needs')!.values.length;
    const chartsBefore = book.sheet('Audit Summary')!.charts.length;
    // Fewer staff next time: rows past the new end must not survive.
    book.sheet('Team')!.values.splice(12);
    await writeSheets(book.context(), await outputs(book, '2025-06-30 11:00'));
    const needs = book.sheet('Training Needs')!.values.filter((r) => r && r.some((v) => v !== '' && v !== undefined));
    expect(needs.length).toBeLessThan(needsBefore);
    expect(book.sheet('Audit Summary')!.charts.length).toBe(chartsBefore);
    const rules = book.sheet('Audit Summary')!.log.filter((e) => /conditionalFormats\.add$/.test(e.path)).length;
    const fresh = new FakeWorkbook(sampleWorkbook(10));
    await writeSheets(fresh.context(), await outputs(fresh, '2025-06-30 10:00'));
    expect(rules).toBe(fresh.sheet('Audit Summary')!.log.filter((e) => /conditionalFormats\.add$/.test(e.path)).length);
  });
});
