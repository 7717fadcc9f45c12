import { defaultSettings } from '../../../src/core/settings';
import type { Leaver } from '../../../src/core/auditInput';
import { workforceMovement } from '../../../src/core/workforce/workforceMovement';
import { certificate, makeMember, makeQualifications } from '../_fixtures/auditFixtures';

const settings = defaultSettings('2026-09-01'); // window 2025-09-01 .. 2026-09-01; full-time 37 hours
const leaver = (leavingDate: string): Leaver => ({ sheet: 'Team', row: 9, id: 'L', name: 'Left', leavingDate, contract: null, contractText: null, hoursPerWeek: 37 });

describe('workforceMovement (SPEC 3.10 v2)', () => {
  const staff = [
    makeMember({ id: 'S1', name: 'Ann', contract: 'permanent full-time', hoursPerWeek: 37, specialisms: ['Autism', 'BSL'], leavingDate: '2026-12-31' }),
    makeMember({ id: 'S2', name: 'Ben', contract: 'bank/agency', hoursPerWeek: 20, specialisms: ['autism'] }),
    makeMember({ id: 'S3', name: 'Cy', contract: 'hourly-paid', hoursPerWeek: null, fte: 0.5, specialisms: ['Visual impairment', 'Visual impairment'] }),
    makeMember({ id: 'S4', name: 'Di', contract: 'fixed-term', hoursPerWeek: null, fte: null, specialisms: [] }),
  ];
  const qualifications = [
    makeQualifications({ staffId: 'S1' }),
    makeQualifications({ staffId: 'S2', inProgress: [{ title: 'NVQ 3 Supporting Teaching and Learning', level: 3, learningSupport: true }] }),
    // Part-way by units is certificate progress (SPEC 9.1), not a qualification recorded as in progress.
    makeQualifications({ staffId: 'S3', l3Certificate: certificate('generic', 12) }),
    makeQualifications({ staffId: 'S4' }),
  ];
  const rows = workforceMovement({ staff, leavers: [leaver('2026-07-31'), leaver('2025-09-01'), leaver('2025-08-31')], qualifications, settings });
  const row = (measure: string) => rows.find((r) => r.measure.startsWith(measure));

  it('counts leavers in the last 12 months and turnover = leavers / (headcount + leavers)', () => {
    // 2026-07-31 and 2025-09-01 are in the window; 2025-08-31 is a day before it. 2 / (4 + 2) = 33.3%.
    expect(row('Left in the last 12 months')).toMatchObject({ count: 2, percent: 50 });
    expect(row('Turnover %')).toMatchObject({ count: 2, percent: 33.3 });
    expect(row('Planned leavers')).toMatchObject({ count: 1, percent: 25 });
  });

  it('gives the weekly hours of bank, agency and hourly-paid staff and their share of all hours recorded', () => {
    // Ben 20 (bank) + Cy 0.5 x 37 = 18.5 (hourly-paid, from FTE) = 38.5 of 37 + 20 + 18.5 = 75.5 hours: 51.0%
    expect(row('Weekly hours of bank')).toMatchObject({ count: 38.5, percent: 51 });
  });

  it('counts qualifications in progress and names the specialisms only one person holds', () => {
    expect(row('Staff with a qualification recorded as in progress')).toMatchObject({ count: 1, percent: 25 });
    // Autism: Ann and Ben (case ignored); BSL: Ann only; Visual impairment: Cy, written twice, still one person.
    // SPEC 9.2: Ann leaves on 31/12/2026, within 12 months, so BSL has no cover after that date.
    expect(rows.filter((r) => r.section === 'Specialisms held by one person').map((r) => r.measure)).toEqual(['BSL: Ann; 0 after 31/12/2026', 'Visual impairment: Cy']);
    // Autism: Ann and Ben now, 1 after Ann leaves: cover falls below 2.
    expect(rows.filter((r) => r.section === 'Specialist cover after planned leavers').map((r) => [r.measure, r.count])).toEqual([['Autism: 2 staff, 1 after 31/12/2026', 1]]);
  });

  it('shows the learners needing a single point of failure (Learner needs; SPEC 9.2)', () => {
    const withLearners = workforceMovement({ staff, leavers: [], qualifications, settings, learnerNeeds: [{ need: 'visual impairment', learners: 3 }, { need: 'Autism', learners: 5 }] });
    expect(withLearners.filter((r) => r.section.startsWith('Speciali')).map((r) => r.measure)).toEqual([
      // Each section together: the single points of failure, then the cover that falls below 2.
      'BSL: Ann; 0 after 31/12/2026', 'Visual impairment: Cy; 3 learners need it', 'Autism: 2 staff, 1 after 31/12/2026; 5 learners need it',
    ]);
  });

  it('leaves out the leavers rows without a leaving date column, and the hours row without hours or FTE', () => {
    const noColumns = workforceMovement({ staff, leavers: [], qualifications, settings, mappedFields: ['name', 'contract'] });
    expect(noColumns.map((r) => r.section)).not.toContain('Leavers');
    expect(noColumns.map((r) => r.section)).not.toContain('Hours worked');
  });
});
