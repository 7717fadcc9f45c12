import { complianceStatus } from '../../../src/core/compliance/complianceStatus';
import type { IndicatorInput, StaffAuditRow } from '../../../src/core/organisation/indicator';
import { indicators } from '../../../src/core/organisation/indicators';
import { defaultSettings } from '../../../src/core/settings';
import type { ContractType, DoneRecord, LsaLevel, PersonalSkillLevel, StaffField, StaffMember } from '../../../src/core/staffMember';
import { makeMember, makeQualifications, makeSkills } from '../_fixtures/auditFixtures';

const settings = defaultSettings('2025-03-31'); // 12-month window 2024-03-31 .. 2025-03-31; CPD target 15

interface P {
  contract: ContractType; review: DoneRecord | null; induction: boolean; highest: number | null; level: LsaLevel;
  en: PersonalSkillLevel | null; ma: PersonalSkillLevel | null; cpd: number | null; smart: number | null;
  cov: number; gap: number | null; asp: StaffMember['aspiration']; joint: boolean; safe: DoneRecord | null;
  start: string; mentor: boolean | null; spec: string[]; title: string; filled: number;
}

function row(i: number, p: P): StaffAuditRow {
  const member = makeMember({
    id: `S${i}`, name: `P${i}`, contract: p.contract, lastReview: p.review, induction: p.induction ? { date: '2015-01-01' } : null,
    level: p.level, english: p.en, maths: p.ma, aspiration: p.asp, startDate: p.start, jobTitle: p.title, specialisms: p.spec,
    mentor: p.mentor === null ? null : { has: p.mentor, name: null }, compliance: p.safe ? { safeguarding: p.safe } : {},
    mappedCells: 10, filledCells: p.filled,
  });
  return {
    member, skills: makeSkills({ level: p.level, coverage: p.cov, gapScore: p.gap }),
    qualifications: makeQualifications({ highestLevel: p.highest }), bestSmartScore: p.smart, cpdHoursLast12Months: p.cpd,
    jointTrainingLast12Months: p.joint, compliance: complianceStatus(member, settings, ['safeguarding']), pdpAddressesGap: null,
  };
}

const d = (date: string | null): DoneRecord => ({ date });
const pf = 'permanent full-time', pp = 'permanent part-time';
// A hand-worked team of 10; the expected values are worked out in the tests below, person by person.
const TEAM: P[] = [
  { contract: pf, review: d('2024-11-01'), induction: true, highest: 2, level: 2, en: 'Level 2', ma: 'Level 2', cpd: 20, smart: 5, cov: 100, gap: 10, asp: 'stay', joint: true, safe: d('2024-01-01'), start: '2015-09-01', mentor: null, spec: ['autism'], title: 'LSA', filled: 10 },
  { contract: pp, review: d('2024-03-30'), induction: true, highest: 3, level: 3, en: 'Level 2', ma: 'Level 3', cpd: 15, smart: 4, cov: 90, gap: 25, asp: 'senior', joint: false, safe: d('2023-04-15'), start: '2010-01-01', mentor: null, spec: ['Autism'], title: 'Senior LSA', filled: 10 },
  { contract: pf, review: d('2024-03-31'), induction: false, highest: null, level: 3, en: 'Entry 3', ma: 'Level 2', cpd: 10, smart: 5, cov: 80, gap: 20, asp: 'teaching', joint: true, safe: d('2022-01-01'), start: '2024-06-01', mentor: true, spec: ['BSL'], title: 'LSA', filled: 10 },
  { contract: 'hourly-paid', review: d(null), induction: true, highest: 2, level: 2, en: 'Level 2', ma: 'Level 1', cpd: 0, smart: null, cov: 50, gap: 30, asp: null, joint: false, safe: null, start: '2024-09-01', mentor: false, spec: [], title: 'LSA', filled: 8 },
  { contract: 'hourly-paid', review: null, induction: true, highest: null, level: 1, en: null, ma: null, cpd: 16, smart: 3, cov: 100, gap: 0, asp: 'specialist', joint: true, safe: d(null), start: '2020-01-01', mentor: null, spec: [], title: 'LSA', filled: 10 },
  { contract: 'fixed-term', review: d('2025-01-01'), induction: true, highest: 3, level: 4, en: 'Level 3', ma: 'Level 3', cpd: 5, smart: 5, cov: 100, gap: 5, asp: 'management', joint: false, safe: d('2024-06-01'), start: '2019-01-01', mentor: null, spec: ['dyslexia'], title: 'Learning support practitioner', filled: 10 },
  { contract: pf, review: d('2024-12-01'), induction: true, highest: 2, level: 2, en: 'Level 2', ma: 'Level 2', cpd: 30, smart: 2, cov: 70, gap: 15, asp: null, joint: false, safe: d('2024-02-01'), start: '2018-01-01', mentor: null, spec: [], title: 'LSA', filled: 10 },
  { contract: pf, review: d('2024-06-01'), induction: true, highest: 1, level: 2, en: 'Level 2', ma: 'Level 2', cpd: 15, smart: 5, cov: 100, gap: 30, asp: 'stay', joint: false, safe: d('2023-12-01'), start: '2017-01-01', mentor: null, spec: [], title: 'LSA', filled: 10 },
  { contract: 'volunteer', review: null, induction: true, highest: null, level: 2, en: 'Level 2', ma: 'Level 2', cpd: null, smart: null, cov: 0, gap: null, asp: null, joint: false, safe: d('2024-10-01'), start: '2025-01-10', mentor: true, spec: [], title: 'LSA', filled: 5 },
  { contract: pp, review: d('2025-02-01'), induction: true, highest: 3, level: 3, en: 'Level 2', ma: 'Level 2', cpd: 40, smart: 5, cov: 95, gap: 18, asp: 'stay', joint: true, safe: d('2024-05-05'), start: '2000-01-01', mentor: null, spec: [], title: 'LSA', filled: 10 },
];

const ALL_FIELDS: StaffField[] = ['name', 'lastReview', 'induction', 'qualifications', 'english', 'maths', 'cpdHours', 'contract',
  'aspiration', 'level', 'jobTitle', 'startDate', 'mentor', 'jointTraining', 'specialisms', 'compliance:safeguarding'];

function input(over: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    rows: TEAM.map((p, i) => row(i + 1, p)), mappedFields: ALL_FIELDS, pdpPresent: true, cpd: null, settings,
    learnerNeeds: [{ need: 'autism', learners: 5 }, { need: 'BSL', learners: 2 }, { need: 'dyslexia', learners: 3 }, { need: 'ADHD', learners: 0 }],
    ...over,
  };
}

const byId = (inp: IndicatorInput) => Object.fromEntries(indicators(inp).map((x) => [x.id, x]));

describe('indicators', () => {
  const r = byId(input());

  it('returns O1-O24 in order', () => {
    expect(indicators(input()).map((x) => x.id)).toEqual(Array.from({ length: 24 }, (_, i) => `O${i + 1}`));
  });

  it('works each percentage out by hand', () => {
    const got = (id: string) => [r[id].value, r[id].status, r[id].basis];
    // O1: reviewed 2024-03-31 or later: P1, P3 (first day), P4 (undated Yes), P6, P7, P8, P10; P2 is a day early.
    // SPEC 9.1: P4's undated Yes does not count (version 2 counted it: 7 of 10, Amber).
    expect(got('O1')).toEqual([60, 'Red', '6 of 10 staff (1 with no date)']);
    expect(r.O1.note).toBe('1 review with no date, not counted');
    expect(got('O2')).toEqual([70, 'Amber', '7 of 10 staff']); // coverage >= 80: all but P4, P7, P9
    expect(got('O3')).toEqual([90, 'Amber', '9 of 10 staff']); // all but P3
    expect(got('O4')).toEqual([60, 'Amber', '6 of 10 staff']); // highest >= 2: P1, P2, P4, P6, P7, P10
    expect(got('O5')).toEqual([75, 'Amber', '3 of 4 level 3-4 staff']); // P2, P3, P6, P10; P3 has none
    expect(got('O6')).toEqual([70, 'Amber', '7 of 10 staff']); // not P3 (Entry 3), P4 (maths Level 1), P5 (blank)
    expect(r.O6.note).toBe('1 person with no English or maths level recorded, counted as below Level 2');
    expect(got('O7')).toEqual([60, 'Amber', '6 of 10 staff']); // >= 15 hours: P1, P2, P5, P7, P8, P10
    expect(got('O9')).toEqual([50, 'Amber', '5 of 10 staff']); // score 5: P1, P3, P6, P8, P10
    // O10: coverage >= 80 is P1, P2, P3, P5, P6, P8, P10; gap <= 20 among them: P1, P3 (20), P5, P6, P10.
    expect(got('O10')).toEqual([71.4, 'Amber', '5 of 7 staff with coverage >= 80%']);
    expect(got('O12')).toEqual([70, 'Amber', '7 of 10 staff']);
    expect(got('O15')).toEqual([40, 'Amber', '4 of 10 staff']); // P1, P3, P5, P10
    expect(got('O16')).toEqual([93, 'Amber', '93 of 100 mapped cells']);
  });

  it('compares CPD rates of non-permanent and permanent staff (O8)', () => {
    // Permanent P1, P2, P3, P7, P8, P10: 5 of 6 met 15 hours; non-permanent P4, P5, P6, P9: 1 of 4 (P5).
    // (1/4) / (5/6) = 6/20 = 0.3.
    // SPEC 9.1: volunteers are in neither group, so one of the four leaves the non-permanent group: (1/3) / (5/6) = 0.4.
    expect(r.O8).toMatchObject({ value: 0.4, status: 'Red', numerator: 33.3, denominator: 83.3,
      basis: 'non-permanent 1 of 3 (33.3%), permanent 5 of 6 (83.3%)' });
    expect(r.O8.recommendation).toContain('Pay non-permanent staff');
  });

  it('counts needed specialisms held by fewer than 2 staff (O11), ignoring needs with no learners', () => {
    // autism: P1, P2 (any case); BSL: P3 only; dyslexia: P6 only; ADHD has no learners.
    expect(r.O11).toMatchObject({ value: 2, status: 'Red', basis: '2 of 3 needed specialisms', note: 'BSL: 1 staff; dyslexia: 1 staff' });
  });

  it('names in O11\'s note a needed specialism whose cover falls below 2 through planned leavers within 12 months (SPEC 9.2)', () => {
    // P2 (autism) leaves on 31/07/2025, within 12 months of the audit date; a leaver after 31/03/2026 would not count.
    const rows = TEAM.map((p, i) => row(i + 1, p));
    rows[1] = { ...rows[1], member: { ...rows[1].member, leavingDate: '2025-07-31' } };
    expect(byId(input({ rows })).O11).toMatchObject({ value: 2, note: 'BSL: 1 staff; dyslexia: 1 staff; autism: 2 staff, 1 after 31/07/2025' });
    rows[1] = { ...rows[1], member: { ...rows[1].member, leavingDate: '2026-04-30' } };
    expect(byId(input({ rows })).O11.note).toBe('BSL: 1 staff; dyslexia: 1 staff');
  });

  it('counts senior roles per 10 staff (O13)', () => {
    expect(r.O13).toMatchObject({ value: 2, status: 'Green', basis: '2 senior of 10 staff', recommendation: null }); // P2 title, P6 level 4
  });

  it('counts mentors for staff who started in the last 12 months (O14)', () => {
    expect(r.O14).toMatchObject({ value: 66.7, status: 'Amber', basis: '2 of 3 staff who started in the last 12 months' }); // P3, P4, P9
  });

  it('counts in-date safeguarding, Due included, an undated Yes not (O17)', () => {
    // Expired: P3 (2022-01-01 + 2y); missing: P4. Due: P2 (expires 2025-04-15). Undated: P5, in the denominator only (SPEC 3.8 v2).
    expect(r.O17).toMatchObject({
      value: 70, status: 'Red', basis: '7 of 10 staff (1 with no date)', note: '1 due within 60 days; 1 with no date recorded, not counted as current',
    });
  });

  it('carries the seed source always and the recommendation only when not Green', () => {
    expect(r.O16.source).toContain('ELS report 2010, rec. 6');
    expect(r.O1.recommendation).toContain('performance review');
    expect(indicators(input()).every((x) => x.source.length > 0)).toBe(true);
  });

  it('gives No data naming the column or sheet to add', () => {
    const nd = byId(input({ mappedFields: ['name'], learnerNeeds: null, pdpPresent: false }));
    expect(nd.O1).toMatchObject({ status: 'No data', value: null, note: 'Add a Last review column to the staff table' });
    expect(nd.O4.note).toBe('Add a Qualifications or QCF units column to the staff table');
    expect(nd.O6.note).toBe('Add columns English level and Maths level to the staff table');
    expect(nd.O8.note).toBe('Add columns CPD hours and Contract type to the staff table');
    expect(nd.O9.note).toBe('Add a PDP sheet (staff, objective, success criteria, review date)');
    expect(nd.O11.note).toBe('Add a Learner needs sheet (need, number of learners)');
    expect(nd.O11.recommendation).toBe(nd.O11.note);
    expect(nd.O2.status).toBe('Amber'); // ratings are always there to count
  });

  it('gives No data when a denominator is 0', () => {
    const none = byId(input({ rows: [] }));
    expect(['O1', 'O2', 'O8', 'O10', 'O13', 'O14', 'O16'].map((id) => none[id].status)).toEqual(Array(7).fill('No data'));
  });

  it('applies >= at the thresholds exactly', () => {
    const team = (n: number, ok: number, p: Partial<P>) => Array.from({ length: n }, (_, i) => ({ ...TEAM[0], ...p, cpd: i < ok ? 20 : 0 }));
    const o = (people: P[]) => byId(input({ rows: people.map((p, i) => row(i, p)) }));
    // Permanent 10 of 10, non-permanent 9 of 10 meet the CPD target: O8 = (9/10) / (10/10) = 0.9, Green.
    expect(o([...team(10, 10, { contract: pf }), ...team(10, 9, { contract: 'hourly-paid' })]).O8).toMatchObject({ value: 0.9, status: 'Green' });
    // 7 of 10: O8 = 0.7, Amber.
    expect(o([...team(10, 10, { contract: pf }), ...team(10, 7, { contract: 'hourly-paid' })]).O8).toMatchObject({ value: 0.7, status: 'Amber' });
    expect(o(team(10, 8, {})).O7).toMatchObject({ value: 80, status: 'Green' }); // exactly 80
    expect(o(team(10, 5, {})).O7).toMatchObject({ value: 50, status: 'Amber' }); // exactly 50
    expect(o(team(100, 49, {})).O7).toMatchObject({ value: 49, status: 'Red' });
  });

  it('handles the edges of O8, O11 and O13', () => {
    const base = { ...TEAM[0], title: 'LSA', level: 2 as LsaLevel };
    const people: P[] = [{ ...base, cpd: 0 }, { ...base, cpd: 0 }, { ...base, contract: 'hourly-paid', cpd: 20 }];
    const t = byId(input({ rows: people.map((p, i) => row(i, p)), learnerNeeds: [{ need: 'autism', learners: 1 }] }));
    // Permanent rate 0, non-permanent 1 of 1: nothing to compare against, so No data (SPEC 3.8 v2).
    expect(t.O8).toMatchObject({ value: null, status: 'No data', note: 'No permanent staff met the CPD target (non-permanent: 1 of 1): nothing to compare against' });
    expect(t.O11).toMatchObject({ value: 0, status: 'Green', basis: '0 of 1 needed specialisms' }); // all three hold autism
    // SPEC 9.1: below 5 staff a per-10 ratio means nothing.
    expect(t.O13).toMatchObject({ value: null, status: 'No data', note: expect.stringContaining('too few staff for a per-10 ratio') });
    const twelve = Array.from({ length: 12 }, (_, i) => ({ ...base, title: i === 0 ? 'Senior learning support assistant' : 'LSA' }));
    expect(byId(input({ rows: twelve.map((p, i) => row(i, p)) })).O13).toMatchObject({ value: 0.8, status: 'Amber' }); // 10/12
  });

  describe('v2 indicators O18-O22', () => {
    it('O18: observed in the last 12 months (2024-03-31 .. 2025-03-31): 7 of 10 = 70%, Amber at its threshold', () => {
      // 6 dated in the window, 1 dateless Yes (counts, as for reviews), 1 a day too early, 1 never, 1 blank
      const obs = [d('2024-03-31'), d('2025-03-31'), d('2024-09-01'), d('2024-10-01'), d('2024-11-01'), d('2025-01-01'), d(null), d('2024-03-30'), null, null];
      const rows = input().rows.map((r, i) => ({ ...r, member: { ...r.member, lastObservation: obs[i] } }));
      expect(byId(input({ rows, mappedFields: [...ALL_FIELDS, 'lastObservation'] })).O18).toMatchObject({
        // SPEC 9.1: the undated observation does not count (version 2: 7 of 10, Amber).
        value: 60, status: 'Red', basis: '6 of 10 staff (1 with no date)', note: '1 observation with no date, not counted',
      });
      expect(byId(input({ rows })).O18).toMatchObject({ status: 'No data', note: 'Add a Last observation column to the staff table' });
    });

    it('O21: release time Yes for 9 of 10 = 90%, Green; 8 of 10 Amber; blank counts as no', () => {
      const release = (yes: number) => input().rows.map((r, i) => ({ ...r, member: { ...r.member, releaseTime: i < yes ? true : i === 9 ? null : false } }));
      const fields = [...ALL_FIELDS, 'releaseTime' as const];
      expect(byId(input({ rows: release(9), mappedFields: fields })).O21).toMatchObject({ value: 90, status: 'Green', basis: '9 of 10 staff' });
      expect(byId(input({ rows: release(8), mappedFields: fields })).O21).toMatchObject({ value: 80, status: 'Amber' });
      expect(byId(input({ rows: release(9) })).O21.status).toBe('No data');
    });

    it('O19: the peer network column says Yes for 3 of 10 staff: 30%, Amber (>= 25)', () => {
      const rows = input().rows.map((r, i) => ({ ...r, member: { ...r.member, peerNetwork: i < 3 ? true : i < 6 ? false : null } }));
      expect(byId(input({ rows, mappedFields: [...ALL_FIELDS, 'peerNetwork'] })).O19).toMatchObject({ value: 30, status: 'Amber', basis: '3 of 10 staff' });
      expect(byId(input()).O19).toMatchObject({ status: 'No data', note: 'Add a Peer network (or a CPD log) column to the staff table' });
    });

    it('O20: of 40 CPD log hours in the window, 16 are compliance courses: 24 of 40 = 60%, Green', () => {
      const e = (date: string | null, hours: number, type: 'training' | 'compliance') => ({ staffId: 'S1', date, activity: 'x', hours, type });
      const cpd = [
        e('2024-05-01', 10, 'training'), e('2025-03-31', 14, 'training'), e('2024-09-01', 6, 'compliance'), e('2025-01-01', 10, 'compliance'),
        e('2024-03-30', 50, 'training'), // a day before the window: not counted
        e(null, 8, 'compliance'), // undated: not counted
      ];
      expect(byId(input({ cpd })).O20).toMatchObject({ value: 60, status: 'Green', basis: '24 of 40 CPD hours', note: '16 hours of compliance courses' });
      // 12 of 40 = 30%: Amber at its threshold; 11 of 40 = 27.5%: Red
      expect(byId(input({ cpd: [e('2024-05-01', 12, 'training'), e('2024-06-01', 28, 'compliance')] })).O20.status).toBe('Amber');
      expect(byId(input({ cpd: [e('2024-05-01', 11, 'training'), e('2024-06-01', 29, 'compliance')] })).O20.status).toBe('Red');
      expect(byId(input({ cpd: null })).O20).toMatchObject({ status: 'No data', note: 'Add a CPD log sheet (staff, date, activity, hours, type)' });
      expect(byId(input({ cpd: [e('2020-01-01', 5, 'training')] })).O20.status).toBe('No data');
    });

    it('O22: of 4 staff with priority gaps, 3 have a PDP that addresses one: 75%, Amber; staff without gaps do not count', () => {
      const flags = [true, true, false, true, null, null, null, null, null, null];
      const rows = input().rows.map((r, i) => ({ ...r, pdpAddressesGap: flags[i] }));
      expect(byId(input({ rows })).O22).toMatchObject({ value: 75, status: 'Amber', basis: '3 of 4 staff with priority gaps' });
      expect(byId(input({ rows, pdpPresent: false })).O22.status).toBe('No data');
    });
  });
});
