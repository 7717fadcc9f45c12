import { defaultSettings } from '../../../src/core/settings';
import { workforceProfile } from '../../../src/core/workforce/workforceProfile';
import { certificate, makeMember, makeQualifications } from '../_fixtures/auditFixtures';

const settings = defaultSettings('2025-03-31'); // full-time 37 hours

const staff = [
  makeMember({ id: 'S1', hoursPerWeek: 37, contract: 'permanent full-time', startDate: '2015-09-01', level: 2, specialisms: ['autism', 'Autism'] }),
  makeMember({ id: 'S2', hoursPerWeek: 18.5, contract: 'permanent part-time', startDate: '2024-04-01', level: 3, specialisms: ['autism', 'BSL'] }),
  makeMember({ id: 'S3', hoursPerWeek: 40, contract: 'hourly-paid', startDate: '2023-03-31', level: null, specialisms: [] }),
  makeMember({ id: 'S4', hoursPerWeek: null, contract: 'other', startDate: null, level: 4, specialisms: ['dyslexia'] }),
  makeMember({ id: 'S5', hoursPerWeek: 10, contract: null, startDate: '2014-03-31', level: 1, specialisms: [] }),
];
const qualifications = [
  makeQualifications({ staffId: 'S1', highestLevel: 2 }),
  makeQualifications({ staffId: 'S2', highestLevel: 3 }),
  // S3 has no profile: None.
  makeQualifications({ staffId: 'S4', highestLevel: null, l3Certificate: certificate('generic', 30, { state: 'Achieved' }) }),
  makeQualifications({ staffId: 'S5', highestLevel: 5 }),
];

describe('workforceProfile', () => {
  const rows = workforceProfile({ staff, qualifications, settings });
  const section = (name: string) => rows.filter((r) => r.section === name).map((r) => [r.measure, r.count, r.percent]);

  it('counts headcount and FTE capped at 1 per person', () => {
    // 37/37 = 1, 18.5/37 = 0.5, 40/37 capped at 1, unknown 0, 10/37 = 0.27: 2.77.
    expect(section('Headcount')).toEqual([['Staff', 5, 100]]);
    expect(section('FTE')).toEqual([['Full-time equivalent', 2.77, null], ['Hours not recorded', 1, 20]]);
  });

  it('lists every contract type, then other and not recorded when present', () => {
    expect(section('Contract')).toEqual([
      ['Permanent full-time', 1, 20], ['Permanent part-time', 1, 20], ['Fixed-term', 0, 0], ['Hourly-paid', 1, 20],
      ['Term-time only', 0, 0], ['Bank/agency', 0, 0], ['Volunteer', 0, 0], ['Other', 1, 20], ['Not recorded', 1, 20],
    ]);
  });

  it('bands length of service by completed years on the audit date', () => {
    // S2 0 years; S3 exactly 2 years (2-5); S1 9 years; S5 11 years; S4 unknown.
    expect(section('Length of service')).toEqual([
      ['Under 1 year', 1, 20], ['1-2 years', 0, 0], ['2-5 years', 1, 20], ['5-10 years', 1, 20], ['10+ years', 1, 20], ['Unknown', 1, 20],
    ]);
  });

  it('distributes LSA levels and highest learning-support qualification', () => {
    expect(section('LSA level')).toEqual([['Level 1', 1, 20], ['Level 2', 1, 20], ['Level 3', 1, 20], ['Level 4', 1, 20], ['Not recorded', 1, 20]]);
    expect(section('Highest learning-support qualification')).toEqual([
      ['None', 1, 20], ['Level 2', 1, 20], ['Level 3', 2, 40], ['Level 4 or above', 1, 20],
    ]);
  });

  it('counts each specialism once per person, most common first', () => {
    expect(section('Specialisms')).toEqual([['autism', 2, 40], ['BSL', 1, 20], ['dyslexia', 1, 20], ['No specialism', 2, 40]]);
  });

  it('says Not recorded for qualifications when the table has no qualification column', () => {
    const r = workforceProfile({ staff, qualifications, settings, mappedFields: ['name'] });
    expect(r.filter((x) => x.section === 'Highest learning-support qualification').map((x) => [x.measure, x.count])).toEqual([['Not recorded', 5]]);
  });

  it('gives percent null when there are no staff', () => {
    expect(workforceProfile({ staff: [], qualifications: [], settings })[0]).toEqual({ section: 'Headcount', measure: 'Staff', count: 0, percent: null });
  });
});
