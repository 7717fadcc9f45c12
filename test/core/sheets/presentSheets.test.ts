import type { Audit } from '../../../src/core/audit';
import type { OutputSheet } from '../../../src/core/sheets/outputSheet';
import { OUTPUT_TAB_COLOR, presentSheets } from '../../../src/core/sheets/presentSheets';
import { plainSources, shortCitation } from '../../../src/core/sheets/sourceDocuments';
import { excelDate, ukDates } from '../../../src/core/sheets/excelDate';
import { wrappedLines } from '../../../src/core/sheets/rowLines';

const audit = (pdp: unknown[] = []): Audit => ({ summary: { organisation: 'Smith & Co College', auditDate: '2026-09-01' }, input: { pdp } }) as unknown as Audit;
const sheet = (over: Partial<OutputSheet>): OutputSheet => ({ name: 'Training Needs', preamble: [], headers: ['Staff ID', 'Name'], rows: [['S1', 'Ann']], ...over });

describe('presentSheets', () => {
  it('gives every sheet the tab colour and a header and footer with the organisation, sheet, audit date and page n of N', () => {
    const [out] = presentSheets([sheet({})], audit());
    expect(out.tabColor).toBe(OUTPUT_TAB_COLOR);
    expect(out.print?.header).toEqual({ left: 'Smith && Co College', center: '&A', right: 'Audit date 01/09/2026' });
    expect(out.print?.footer?.right).toBe('Page &P of &N');
  });

  it('never rewrites what the user typed (names, IDs, objectives, echoed values), only the product\'s own text', () => {
    const out = presentSheets([sheet({
      name: 'Audit Issues',
      headers: ['Staff ID', 'Name', 'Problem', 'Value'],
      rows: [['2025-01-01', '1970-01-01 !', 'Date is after the audit date (2026-09-01)', '2027-01-01 seed 3']],
    })], audit())[0];
    expect(out.rows[0]).toEqual(['2025-01-01', '1970-01-01 !', 'Date is after the audit date (01/09/2026)', '2027-01-01 seed 3']);
  });

  it('prints a wide sheet landscape with Staff ID and Name repeated, a narrow one portrait', () => {
    const wide = presentSheets([sheet({ columnWidths: [10, 24, 60, 40] , headers: ['Staff ID', 'Name', 'Need', 'Activity'], rows: [['S1', 'Ann', 'x', 'y']] })], audit())[0];
    expect(wide.print).toMatchObject({ landscape: true, fitToWidth: true, titleColumns: 2 });
    const narrow = presentSheets([sheet({ name: 'Workforce Profile', headers: ['Section', 'Measure'], columnWidths: [30, 36], rows: [['a', 'b']] })], audit())[0];
    expect(narrow.print).toMatchObject({ landscape: false, fitToWidth: true });
    expect(narrow.print?.titleColumns).toBeUndefined();
  });

  it('gives a column added without a width one from its text, and wraps columns whose text is longer than they are wide', () => {
    const long = 'Shadow an experienced LSA for two sessions, then plan a session together';
    const out = presentSheets([sheet({ headers: ['Staff ID', 'Name', 'Learning hours', 'Note'], columnWidths: [10, 24], rows: [['S1', 'Ann', 12, long]] })], audit())[0];
    expect(out.columnWidths).toEqual([10, 24, 16, 40]);
    expect(out.wrapColumns).toEqual([3]);
  });

  it('names sources by their documents and writes dates inside text as dd/mm/yyyy', () => {
    const out = presentSheets([sheet({ headers: ['Staff ID', 'Suggested activity'], rows: [['S1', 'Peer observation (seed 003 Rec 7: specialist expertise); due 2026-10-05']] })], audit())[0];
    expect(out.rows[0][1]).toBe('Peer observation (ELS report 2010, rec. 7: specialist expertise); due 05/10/2026');
  });

  it('turns an empty output into one line that says why (no PDP sheet)', () => {
    const out = presentSheets([sheet({ name: 'PDP Check', rows: [] })], audit())[0];
    expect(out.headers).toEqual([]);
    expect(out.preamble).toEqual([[expect.stringMatching(/^No PDP objectives to check: add a PDP sheet/)]]);
    expect(presentSheets([sheet({ name: 'Audit Issues', rows: [] })], audit())[0].preamble).toEqual([['No data issues found.']]);
  });
});

describe('sources and dates in plain words (SPEC 4.1, 4.2)', () => {
  it('cites each document once in short form, with the 2010 report\'s recommendation numbers', () => {
    expect(shortCitation('Seed 003 finding: "Time and employment status ..."; Recommendations 3 and 12')).toBe('ELS report 2010, recs 3, 12');
    expect(shortCitation('Career pathways 2011, what organisations can do: "..."; ELS report 2010, rec. 3 (a locally based network)')).toBe('Career pathways 2011; ELS report 2010, rec. 3');
    expect(plainSources('Functional skills (seed 004; NOS A17 KU17.3)')).toBe('Functional skills (Career pathways 2011; NOS A17 KU17.3)');
  });

  it('turns ISO dates into Excel serials and dd/mm/yyyy text', () => {
    expect(excelDate('2026-09-01')).toBe(46266);
    expect(excelDate('2026-09-01 12:00')).toBe(46266.5);
    expect(excelDate('not a date')).toBeNull();
    expect(ukDates('after 2027-03-10')).toBe('after 10/03/2027');
  });

  it('counts the lines a text wraps to', () => {
    expect(wrappedLines('short', 20)).toBe(1);
    expect(wrappedLines('Include every LSA in performance review each year', 20)).toBe(3);
  });
});

describe('texts the core writes for users', () => {
  // SPEC 4.1: sources are named by their documents where the text is written, not only when a sheet is presented, so
  // any route to the user (a sheet, the pane, the command line's JSON) shows the title.
  it('name no source document by its number', () => {
    const { INDICATOR_DEFINITIONS } = require('../../../src/core/organisation/indicatorDefinitions');
    const { CRITERION_ACTIVITIES } = require('../../../src/core/training/criterionActivity');
    const texts = [...INDICATOR_DEFINITIONS.flatMap((d: Record<string, unknown>) => Object.values(d)), ...Object.values(CRITERION_ACTIVITIES ?? {}).flatMap((a) => Object.values(a as object))];
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) if (typeof t === 'string') expect(t).not.toMatch(/seed\s*\d/i);
  });
});
