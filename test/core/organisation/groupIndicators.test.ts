import { groupAudit } from '../../../src/core/groupAudit';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import type { RawWorkbook } from '../../../src/core/cells/rawWorkbook';
import { runAudit } from '../../../src/core/runAudit';

const AUDIT_DATE = '2026-09-01';

/** A site's workbook: a staff table (name, specialisms, last review when given) and a Learner needs sheet. */
function site(people: [string, string, string | null][], withReviews: boolean): RawWorkbook {
  const header = ['Staff ID', 'Name', 'Specialisms', ...(withReviews ? ['Last review'] : []), 'A1'];
  const rows = people.map(([id, specialism, review], i) => [id, `Person ${id}`, specialism, ...(withReviews ? [review] : []), (i % 4) + 1]);
  return {
    sheets: [
      { name: 'Team', firstRow: 1, firstColumn: 1, rows: [header, ...rows] },
      { name: 'Learner needs', firstRow: 1, firstColumn: 1, rows: [['Need', 'Number of learners'], ['Autism', 6], ['Dyslexia', 3]] },
    ],
  };
}

const audit = (raw: RawWorkbook) => runAudit(parseWorkbook(raw, { auditDate: AUDIT_DATE, auditDateExplicit: true }), NOS_CATALOGUE);
const indicator = (g: ReturnType<typeof groupAudit>, id: string) => g.indicators.find((i) => i.indicator.id === id)!;

describe('groupIndicators: the group worked out over all its staff', () => {
  // North: 2 of 2 reviewed; one autism specialist. South: 1 of 3 reviewed; one autism and one dyslexia specialist.
  // West keeps no review column and has one dyslexia specialist.
  const north = audit(site([['N1', 'Autism', '2026-05-01'], ['N2', '', '2026-06-01']], true));
  const south = audit(site([['S1', 'Autism', '2026-01-10'], ['S2', 'Dyslexia', '2024-01-10'], ['S3', '', '2023-12-01']], true));
  const west = audit(site([['W1', 'Dyslexia', null]], false));
  const group = groupAudit(
    [{ site: 'North', audit: north }, { site: 'South', audit: south }, { site: 'West', audit: west }],
    [{ site: 'East', reason: 'the file does not exist' }],
    { organisation: 'Riverside Group', auditDate: AUDIT_DATE },
  );

  it('counts the staff of every site and keeps the sites that could not be read', () => {
    expect(group.summary.staffAudited).toBe(6);
    expect(group.failures).toEqual([{ site: 'East', reason: 'the file does not exist' }]);
  });

  it('O1 pools the staff of the sites that keep reviews (3 of 5 = 60%), not the mean of 100% and 33.3%', () => {
    const o1 = indicator(group, 'O1');
    expect(north.indicators.find((i) => i.id === 'O1')!.value).toBe(100);
    expect(south.indicators.find((i) => i.id === 'O1')!.value).toBe(33.3);
    expect(o1.indicator).toMatchObject({ value: 60, basis: '3 of 5 staff' });
    expect(o1.leftOut).toEqual(['West']);
    expect(o1.indicator.note).toMatch(/Over 2 of 3 sites: no data at West/);
  });

  it('O11 counts specialists across the group: no site alone has two autism or dyslexia specialists, the group has two of each', () => {
    for (const a of [north, south, west]) expect(a.indicators.find((i) => i.id === 'O11')!.value).toBeGreaterThan(0);
    expect(indicator(group, 'O11').indicator).toMatchObject({ value: 0, status: 'Green' });
  });

  it('the status counts are the group indicators\' own', () => {
    const statuses = group.indicators.map((i) => i.indicator.status);
    expect(group.summary.green).toBe(statuses.filter((s) => s === 'Green').length);
    expect(group.summary.green + group.summary.amber + group.summary.red + group.summary.noData).toBe(group.indicators.length);
  });
});

describe('groupIndicators: each person is judged against their own site\'s CPD target', () => {
  // North sets 30 hours, South keeps the default (15). N1 has 20 hours: short of North's 30, over South's 15.
  const cpdSite = (people: [string, number][], target: number | null): RawWorkbook => ({
    sheets: [
      { name: 'Team', firstRow: 1, firstColumn: 1, rows: [['Staff ID', 'Name', 'CPD hours', 'A1'], ...people.map(([id, h]) => [id, `Person ${id}`, h, 3])] },
      ...(target === null ? [] : [{ name: 'Settings', firstRow: 1, firstColumn: 1, rows: [['CPD target hours', target]] }]),
    ],
  });
  const north = audit(cpdSite([['N1', 20], ['N2', 32]], 30));
  const south = audit(cpdSite([['S1', 20], ['S2', 10]], null));
  const group = groupAudit([{ site: 'North', audit: north }, { site: 'South', audit: south }], [],
    { organisation: 'Riverside Group', auditDate: AUDIT_DATE });

  it('O7 counts N2 (32 of 30) and S1 (20 of 15), not N1 (20 of 30): 2 of 4, as the two sites\' own O7s add up', () => {
    expect(north.indicators.find((i) => i.id === 'O7')!.basis).toBe('1 of 2 staff');
    expect(south.indicators.find((i) => i.id === 'O7')!.basis).toBe('1 of 2 staff');
    expect(indicator(group, 'O7').indicator).toMatchObject({ value: 50, basis: '2 of 4 staff' });
    // The other way round, South's staff would be judged against North's 30 hours: 1 of 4.
    const reversed = groupAudit([{ site: 'South', audit: south }, { site: 'North', audit: north }], [],
      { organisation: 'Riverside Group', auditDate: AUDIT_DATE });
    expect(indicator(reversed, 'O7').indicator.basis).toBe('2 of 4 staff');
  });
});
