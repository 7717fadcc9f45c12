import type { StaffAudit } from '../../../src/core/audit';
import { presentSheets } from '../../../src/core/sheets/presentSheets';
import { EXCEL_MAX_PAGE_BREAKS, personalPlansSheet } from '../../../src/core/sheets/personalPlansSheet';
import type { OutputSheet, OutputValue } from '../../../src/core/sheets/outputSheet';
import type { TrainingNeed } from '../../../src/core/training/trainingNeed';
import { makeMember } from '../_fixtures/auditFixtures';
import { auditOf, staffAudit } from './_staffAudit';

function need(name: string, n: number, over: Partial<TrainingNeed> = {}): TrainingNeed {
  return {
    staffId: name, name, category: 'NOS gap', need: `A${n} gap for ${name}`, criterion: 'A3', priority: 'High', suggestedActivity: 'Shadow a colleague',
    hours: 3, barrier: null, learningHours: 3, plan: 'This year', ...over,
  };
}

function person(id: string, needs: TrainingNeed[] = [], over: Partial<StaffAudit> = {}): StaffAudit {
  return staffAudit({ member: makeMember({ id, name: `Person ${id}`, jobTitle: 'LSA', level: 2, contractText: 'Permanent', hoursPerWeek: 30 }), needs, ...over });
}

const SHOWN = { summary: { organisation: 'Riverside College', auditDate: '2026-09-01' }, input: { pdp: [] } } as never;

/** Each page's rows: the sheet's rows cut at its page breaks. */
function pages(sheet: OutputSheet): OutputValue[][][] {
  const starts = [0, ...(sheet.print?.rowBreaks ?? [])];
  return starts.map((start, i) => sheet.rows.slice(start, starts[i + 1] ?? sheet.rows.length));
}

/** The people a page names in its title lines ("Person S1" or "Person S1 (continued)"). */
function peopleOn(page: OutputValue[][]): string[] {
  const titled = page.filter((row) => typeof row[1] === 'string' && row[1].startsWith('Staff ID '));
  return [...new Set(titled.map((row) => String(row[1]).slice('Staff ID '.length)))];
}

describe('personalPlansSheet (SPEC 9.2)', () => {
  it('gives every person a block of their own, starting on a new page, with the parts the appraisal needs', () => {
    const audit = auditOf([person('S1', [need('S1', 1)]), person('S2', [need('S2', 2), need('S2', 3, { plan: 'Later', hours: 30 })]), person('S3')]);
    const [sheet, ...more] = personalPlansSheet(audit);
    expect(more).toEqual([]);
    expect(sheet.name).toBe('Personal Plans');
    expect(sheet.form).toBe(true);
    expect(sheet.print).toMatchObject({ landscape: false, fitToWidth: true });
    const byPage = pages(sheet);
    expect(byPage.map(peopleOn)).toEqual([['S1'], ['S2'], ['S3']]);
    const s2 = byPage[1];
    const labels = s2.map((row) => row[0]);
    expect(labels).toEqual(expect.arrayContaining(['Person S2', 'Job title', 'Contract and hours', 'Priority gaps', 'Strengths', 'This year', 'Later',
      'Qualifications', 'L3 Certificate', 'Career step', 'PDP objectives', 'Signed (LSA)', 'Signed (manager)', 'Review date']));
    expect(s2).toContainEqual(['Contract and hours', 'Permanent, 30 hours a week', 'Coverage %', expect.any(Number)]);
    // This year's need sits under "This year", the later one under "Later", with their hours.
    const thisYear = labels.indexOf('This year');
    const later = labels.indexOf('Later');
    expect(labels.indexOf('A2 gap for S2')).toBeGreaterThan(thisYear);
    expect(labels.indexOf('A2 gap for S2')).toBeLessThan(later);
    expect(labels.indexOf('A3 gap for S2')).toBeGreaterThan(later);
    expect(s2[later][1]).toBe('30 guided hours wait until the budget allows');
    // What waits is listed with its activity and hours; peer support and barriers are settled when it is planned.
    expect(s2[later + 1]).toEqual(['Need', 'Activity', null, 'Hours']);
    expect(s2[later + 2]).toEqual(['A3 gap for S2', 'Shadow a colleague', null, 30]);
    // Someone with nothing waiting has no "Later" part.
    expect(byPage[0].map((row) => row[0])).not.toContain('Later');
  });

  it('shows planned hours against the budget, a qualification beside it, and each need\'s peer support', () => {
    const audit = auditOf([person('S1', [need('S1', 1, { peerSupport: 'Charlotte Wood (A1: Advanced)', barrier: 'Not paid to train' }), need('S1', 2, { barrier: 'Not paid to train' })], {
      developmentBudget: { budgetHours: 24, plannedHours: 6, laterHours: 0, qualificationHours: 60 },
    })]);
    const [sheet] = personalPlansSheet(audit);
    expect(sheet.rows).toContainEqual(['This year', '6 of 24 development hours planned; a qualification\'s 60 guided hours beside the budget', null, null, null]);
    expect(sheet.rows).toContainEqual(['A1 gap for S1', 'Shadow a colleague', 'Charlotte Wood (A1: Advanced)', 3, 'Not paid to train']);
    // The same barrier twice reads "As above" the second time.
    expect(sheet.rows).toContainEqual(['A2 gap for S1', 'Shadow a colleague', null, 3, 'As above']);
  });

  it('writes PDP objectives with their SMART score and review date as a real date', () => {
    const objective = { sheet: 'PDP', row: 2, staffId: 'S1', objective: 'Lead a session by 2027-01-31', actions: null, resources: null, successCriteria: null, reviewDate: '2027-01-31', nosLinks: [] };
    const result = { verdicts: {} as never, score: 4, advice: 'Say how success is measured' };
    const [sheet] = personalPlansSheet(auditOf([person('S1', [], { pdp: [{ objective, result, plan: { complete: 'Yes', addresses: [], addressesGap: null } as never }] })]));
    const r = sheet.rows.findIndex((row) => row[0] === 'Lead a session by 2027-01-31');
    expect(sheet.rows[r]).toEqual(['Lead a session by 2027-01-31', 'Say how success is measured', 46418, null, '4 of 5']);
    expect(sheet.styles!.get(`${r}:2`)).toEqual({ numberFormat: 'dd/mm/yyyy' });
  });

  it('continues a person longer than a page on the next, under their name, and never puts two people on one page', () => {
    const long = Array.from({ length: 60 }, (_, i) => need('S2', i + 1));
    const [sheet] = personalPlansSheet(auditOf([person('S1', [need('S1', 1)]), person('S2', long), person('S3')]));
    const byPage = pages(sheet);
    expect(byPage.length).toBeGreaterThan(3);
    for (const page of byPage) expect(peopleOn(page)).toHaveLength(1);
    const continued = byPage.filter((page) => page[0][0] === 'Person S2 (continued)');
    expect(continued.length).toBe(byPage.length - 3);
    // A continued table repeats its column titles under the name.
    for (const page of continued.slice(0, -1)) expect(page[1]).toEqual(['Need', 'Activity', 'Peer support', 'Hours', 'Barrier']);
    expect(byPage.map((page) => peopleOn(page)[0])).toEqual(['S1', 'S2', ...continued.map(() => 'S2'), 'S3']);
  });

  it('continues on "Personal Plans (part 2)" past the page breaks a sheet can hold, never splitting a person', () => {
    const staff = Array.from({ length: 7 }, (_, i) => person(`S${i + 1}`, i === 3 ? Array.from({ length: 60 }, (_, n) => need(`S${i + 1}`, n)) : [need(`S${i + 1}`, 1)]));
    const sheets = personalPlansSheet(auditOf(staff), { maxBreaks: 3 });
    expect(sheets.map((s) => s.name)).toEqual(['Personal Plans', 'Personal Plans (part 2)', 'Personal Plans (part 3)', 'Personal Plans (part 4)'].slice(0, sheets.length));
    expect(sheets.length).toBeGreaterThan(2);
    const everyone: string[] = [];
    for (const sheet of sheets) {
      expect(sheet.print!.rowBreaks!.length).toBeLessThanOrEqual(3);
      const people = pages(sheet).map(peopleOn);
      for (const onPage of people) expect(onPage).toHaveLength(1);
      everyone.push(...new Set(people.flat()));
    }
    // Each person is on exactly one sheet, in staff order.
    expect(everyone).toEqual(staff.map((s) => s.member.id));
  });

  it('keeps a large team within Excel\'s 1,026 page breaks a sheet', () => {
    const staff = Array.from({ length: 1_500 }, (_, i) => person(`S${i + 1}`, [need(`S${i + 1}`, 1)]));
    const sheets = personalPlansSheet(auditOf(staff));
    expect(sheets.map((s) => s.name)).toEqual(['Personal Plans', 'Personal Plans (part 2)']);
    expect(sheets[0].print!.rowBreaks).toHaveLength(EXCEL_MAX_PAGE_BREAKS);
    expect(sheets[1].print!.rowBreaks).toHaveLength(1_500 - EXCEL_MAX_PAGE_BREAKS - 2);
  });

  it('is presented as a form: no header row or print titles, the output tab colour, header and footer, portrait', () => {
    const [sheet] = presentSheets(personalPlansSheet(auditOf([person('S1'), person('S2')])), SHOWN);
    expect(sheet.form).toBe(true);
    expect(sheet.print).toMatchObject({ landscape: false, rowBreaks: [expect.any(Number)], footer: { right: 'Page &P of &N' } });
    expect(sheet.tabColor).toBe('1F4E79');
  });

  it('with no staff says so in one line', () => {
    const [sheet] = presentSheets(personalPlansSheet(auditOf([])), SHOWN);
    expect(sheet.preamble).toEqual([['Nothing to show on Personal Plans: no staff were audited.']]);
  });
});
