import { auditToSheets } from '../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import type { OutputSheet } from '../../src/core/sheets/outputSheet';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { writeSheets } from '../../src/excel/writeSheets';
import { FakeWorkbook } from './_lib/fakeExcel';
import { sampleWorkbook } from './_lib/sampleWorkbook';

async function audit(book: FakeWorkbook, auditDate: string): Promise<OutputSheet[]> {
  const read = await readWorkbook(book.context());
  const input = parseWorkbook(read.raw, { auditDate, auditDateExplicit: true });
  return auditToSheets(runAudit(input, NOS_CATALOGUE), { runAt: `${auditDate} 10:00`, catalogue: NOS_CATALOGUE });
}

type Entry = { path: string; value?: unknown; args?: unknown[] };
const log = (book: FakeWorkbook, sheet: string): Entry[] => book.sheet(sheet)!.log as Entry[];
const set = (entries: Entry[], path: string): unknown[] => entries.filter((e) => e.path.endsWith(path)).map((e) => e.value ?? e.args);

describe('the add-in writer prints and draws the output as the command line does (SPEC 4.2)', () => {
  let book: FakeWorkbook;
  let summary: Entry[];
  beforeAll(async () => {
    book = new FakeWorkbook(sampleWorkbook(30));
    await writeSheets(book.context(), await audit(book, '2025-06-30'));
    summary = log(book, 'Audit Summary');
  });

  it('sets the Audit Summary to one A4 landscape page with narrow margins, repeated header row, printed area, header and footer', () => {
    expect(set(summary, 'pageLayout.orientation')).toEqual(['Landscape']);
    expect(set(summary, 'pageLayout.paperSize')).toEqual(['A4']);
    expect(set(summary, 'pageLayout.zoom')).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 1 }]);
    expect(set(summary, 'pageLayout.leftMargin')).toEqual([18]);
    // The contents list eleven sheets since Reflection Check and Personal Plans, two rows past the nine-row header block.
    expect(set(summary, 'pageLayout.setPrintTitleRows')).toEqual([['$14:$14']]);
    expect(set(summary, 'pageLayout.setPrintArea')[0]).toEqual([expect.stringMatching(/^A1:I\d+$/)]);
    expect(set(summary, 'headersFooters.defaultForAllPages.centerHeader')).toEqual(['&A']);
    expect(set(summary, 'headersFooters.defaultForAllPages.rightHeader')).toEqual(['Audit date 30/06/2025']);
    expect(set(summary, 'headersFooters.defaultForAllPages.rightFooter')).toEqual(['Page &P of &N']);
  });

  it('repeats Staff ID and Name on every page of wide sheets, and gives every output sheet the one tab colour', () => {
    expect(set(log(book, 'Training Needs'), 'pageLayout.setPrintTitleColumns')).toEqual([['$A:$B']]);
    expect(set(log(book, 'Skills Matrix (2)'), 'pageLayout.setPrintTitleColumns')).toEqual([['$A:$C']]);
    for (const name of ['Audit Summary', 'Skills Profile', 'Skills Matrix (2)', 'Audit Issues', 'Audit History']) {
      expect(set(log(book, name), 'tabColor')).toEqual(['#1F4E79']);
    }
  });

  it('draws the Audit Summary charts and the Skills Matrix team chart with the chart API', () => {
    const adds = summary.filter((e) => e.path === 'charts.add').map((e) => e.args);
    expect(adds).toEqual([['BarClustered', 'Audit Summary!B5:B7', 'Columns'], ['ColumnClustered', expect.stringMatching(/^Audit Summary!L\d+:L\d+$/), 'Columns']]);
    expect(set(summary, 'charts.add().title.text')).toEqual(['Indicators by status', 'Percentage indicators against their targets']);
    expect(set(summary, 'charts.add().series.getItemAt().setXAxisValues')[0]).toEqual(['Audit Summary!A5:A7']);
    expect(set(summary, 'points.getItemAt().format.fill.setSolidColor')).toEqual([['#00B050'], ['#FFC000'], ['#C00000']]);
    const matrix = log(book, 'Skills Matrix (2)');
    expect(set(matrix, 'charts.add().title.text')).toEqual(['% of assessed staff at target, per criterion']);
    expect(set(matrix, 'charts.add().axes.valueAxis.maximum')).toEqual([100]);
    // The team chart and the criteria start a new page rather than split across two.
    expect(set(matrix, 'horizontalPageBreaks.add')).toHaveLength(1);
  });

  it('writes Personal Plans as a portrait form with a page break before each person, and no header row, frozen pane or print titles', async () => {
    const plans = log(book, 'Personal Plans');
    const sheet = (await audit(new FakeWorkbook(sampleWorkbook(30)), '2025-06-30')).find((s) => s.name === 'Personal Plans')!;
    expect(set(plans, 'pageLayout.orientation')).toEqual(['Portrait']);
    expect(set(plans, 'pageLayout.paperSize')).toEqual(['A4']);
    expect(set(plans, 'pageLayout.setPrintTitleRows')).toEqual([]);
    expect(set(plans, 'freezePanes.freezeRows')).toEqual([]);
    expect(set(plans, 'tabColor')).toEqual(['#1F4E79']);
    // One break above each data row that starts a page, the first person at the top of the sheet.
    const breaks = set(plans, 'horizontalPageBreaks.add') as unknown[][];
    expect(breaks.length).toBeGreaterThanOrEqual(29);
    expect(breaks).toEqual(sheet.print!.rowBreaks!.map((r) => [`Personal Plans!A${r + 1}:A${r + 1}`]));
    const values = book.sheet('Personal Plans')!.values;
    expect(values[0][0]).toBe(sheet.rows[0][0]);
    expect(String(values[0][1])).toMatch(/^Staff ID /);
    for (const r of sheet.print!.rowBreaks!) expect(String(values[r][1])).toMatch(/^Staff ID /);
  });

  it('links the contents to the other output sheets by their final names, writes the notes and brings the summary to the front', () => {
    const links = set(summary, 'hyperlink') as { documentReference: string }[];
    expect(links.map((l) => l.documentReference)).toContain("'Skills Matrix (2)'!A1");
    expect(links).toHaveLength(11);
    expect(links.map((l) => l.documentReference)).toContain("'Personal Plans'!A1");
    const values = book.sheet('Audit Summary')!.values;
    expect(values.flat().some((v) => typeof v === 'string' && v.startsWith('Sources: '))).toBe(true);
    expect(book.active).toBe('Audit Summary');
  });

  it('shows dates as dates: the audit date and Audit History dates carry dd/mm/yyyy', () => {
    const sheet = book.sheet('Audit Summary')!;
    expect(sheet.values[2][1]).toBe(45838);
    expect([...sheet.formats.values()]).toContain('dd/mm/yyyy');
    expect([...book.sheet('Audit History')!.formats.values()]).toEqual(expect.arrayContaining(['dd/mm/yyyy', 'dd/mm/yyyy hh:mm']));
  });

  it('draws the Audit History trend once there are two audits, replacing the charts it drew before', async () => {
    expect(set(log(book, 'Audit History'), 'charts.add().title.text')).toEqual([]);
    await writeSheets(book.context(), await audit(book, '2025-09-30'));
    await writeSheets(book.context(), await audit(book, '2025-12-31'));
    const history = log(book, 'Audit History');
    expect(set(history, 'charts.add().title.text').slice(-2)).toEqual(['Green, Amber and Red indicators across audits', 'Key indicators across audits (%)']);
    // Three audit dates: the Green series runs over rows 2-4 of the history.
    expect(history.filter((e) => e.path === 'charts.add').slice(-2)[0].args![1]).toBe('Audit History!D2:D4');
    expect(book.sheet('Audit History')!.charts).toHaveLength(2);
  });

  it('replaces the Audit History row of an audit date already there and changes no other row', async () => {
    const before = book.sheet('Audit History')!.values.map((r) => [...r]);
    await writeSheets(book.context(), await audit(book, '2025-09-30'));
    const after = book.sheet('Audit History')!.values;
    expect(after).toHaveLength(before.length);
    expect(after[1]).toEqual(before[1]);
    expect(after[3]).toEqual(before[3]);
    expect(after[2][0]).toBe(45930); // 30/09/2025, rewritten in place
  });
});

describe('Audit History written by an earlier version', () => {
  it('gains the headers of indicators added since (O18-O22), so new values never sit under blank headers', async () => {
    const book = new FakeWorkbook(sampleWorkbook(30));
    await writeSheets(book.context(), await audit(book, '2025-06-30'));
    const history = book.sheet('Audit History')!;
    const o18 = history.values[0].findIndex((h) => typeof h === 'string' && h.startsWith('O18 '));
    expect(o18).toBeGreaterThan(0);
    // Version 1 wrote the columns up to O17 only.
    for (const row of history.values) row.splice(o18);
    await writeSheets(book.context(), await audit(book, '2025-09-30'));
    const after = book.sheet('Audit History')!.values;
    expect(after[0].slice(o18, o18 + 5).map((h) => String(h).split(' ')[0])).toEqual(['O18', 'O19', 'O20', 'O21', 'O22']);
    expect(after[1].slice(o18).every((v) => v === null || v === '' || v === undefined)).toBe(true); // the old row keeps blanks
    expect(after[2][0]).toBe(45930);
  });
});
