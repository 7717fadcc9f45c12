// SPEC 9.1 (issue 18): one truth across the output sheets, for any team. A generated team (with a CPD log half the time)
// is audited, and what each sheet says about a person, a count or a cell is checked against the others and against the
// records themselves: the indicators and the per-person needs never disagree about the same cell.
import fc from 'fast-check';
import { auditToSheets } from '../../src/core/auditToSheets';
import type { CellValue } from '../../src/core/cells/cellValue';
import type { RawSheet } from '../../src/core/cells/rawWorkbook';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';

const AUDIT_DATE = '2025-03-31';
const WINDOW_START = '2024-03-31';
const inWindow = (d: string | null) => d !== null && d >= WINDOW_START && d <= AUDIT_DATE;
const CRITERIA = [...Array.from({ length: 17 }, (_, i) => `A${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`)];
const HEADER = ['Staff ID', 'Name', 'LSA level', 'Job title', 'Contract', 'Start date', 'English', 'Maths', 'CPD hours', 'Joint training',
  'Peer network', 'Safeguarding', 'First aid', 'Last review', ...CRITERIA];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

interface Person {
  level: number | null; title: string; contract: string | null; start: string | null; english: string | null; maths: string | null;
  cpd: number | null; joint: string | null; network: string | null; safeguarding: string | null; firstAid: string | null;
  review: string | null; ratings: (number | null)[];
}
interface Entry { who: number; date: string | null; activity: string; hours: number; type: string | null }

const person: fc.Arbitrary<Person> = fc.record({
  level: fc.constantFrom(1, 2, 3, 4, null),
  title: fc.constantFrom('LSA', 'Senior LSA', 'Team Leader', 'Advanced Practitioner', 'Learning Support Co-ordinator', 'Specialist LSA'),
  contract: fc.constantFrom('Permanent', 'Perm PT', 'Fixed term', 'Term-time only', 'Volunteer', 'Bank', 'Sessional', null),
  start: fc.constantFrom('2010-01-01', '2024-09-01', '2025-05-01', null),
  english: fc.constantFrom('Level 2', 'Level 1', 'Entry 3', 'GCSE 4', null, '?', 'n/a'),
  maths: fc.constantFrom('Level 2', 'Level 3', 'Level 1', null, '-'),
  cpd: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 40 })),
  joint: fc.constantFrom(null, 'Yes', 'No', '2024-10-01', '2023-01-01'),
  network: fc.constantFrom(null, 'Yes', 'No'),
  safeguarding: fc.constantFrom(null, 'Yes', '2024-06-01', '2022-01-01', '2023-05-01', 'sometime', '2025-04-20'),
  firstAid: fc.constantFrom(null, 'Yes', '2024-06-01', '2020-01-01'),
  review: fc.constantFrom(null, 'Yes', '2024-10-01', '2023-01-01'),
  ratings: fc.array(fc.constantFrom(0, 1, 2, 3, 4, null), { minLength: CRITERIA.length, maxLength: CRITERIA.length }),
});
const entry = (n: number): fc.Arbitrary<Entry> => fc.record({
  who: fc.integer({ min: 0, max: n }), // n: a staff ID nobody has
  date: fc.constantFrom('2024-12-01', '2023-06-01', '2025-03-01', null),
  activity: fc.constantFrom('Joint planning with teachers', 'Safeguarding refresher', 'Autism course', 'Regional LSA network meeting', 'First aid at work', 'Prevent e-learning'),
  hours: fc.integer({ min: 0, max: 10 }),
  type: fc.constantFrom('joint training', 'training', 'network', 'Mandatory', null),
});
const team = fc.array(person, { minLength: 1, maxLength: 10 }).chain((people) => fc.record({
  people: fc.constant(people),
  log: fc.option(fc.array(entry(people.length), { maxLength: 12 }), { nil: null }),
  // Now and then the last person carries the first person's staff ID (a typing slip, SPEC 9.1).
  sharedId: fc.boolean().map((b) => b && people.length > 1),
}));

function build(t: { people: Person[]; log: Entry[] | null; sharedId: boolean }) {
  const ids = t.people.map((_, i) => (t.sharedId && i === t.people.length - 1 ? 'S0' : `S${i}`));
  const rows: CellValue[][] = t.people.map((p, i) => [ids[i], `Person ${i}`, p.level, p.title, p.contract, p.start, p.english, p.maths, p.cpd,
    p.joint, p.network, p.safeguarding, p.firstAid, p.review, ...p.ratings]);
  const sheets: RawSheet[] = [{ name: 'Staff', firstRow: 1, firstColumn: 1, rows: [HEADER, ...rows] }];
  if (t.log) {
    sheets.push({ name: 'CPD log', firstRow: 1, firstColumn: 1, rows: [['Staff ID', 'Date', 'Activity', 'Hours', 'Type'],
      ...t.log.map((e) => [`S${e.who}`, e.date, e.activity, e.hours, e.type])] });
  }
  const audit = runAudit(parseWorkbook({ sheets }, { auditDate: AUDIT_DATE }), NOS_CATALOGUE);
  const sheetsOut = auditToSheets(audit, { runAt: `${AUDIT_DATE} 09:00`, catalogue: NOS_CATALOGUE });
  return { ids, audit, sheets: sheetsOut };
}

/** The CPD type the log's rules give these activities (SPEC 2.2): a compliance course by name or a Mandatory type, else the Type cell, else the activity. */
function kind(e: Entry): string {
  if (/Safeguarding|First aid|Prevent/.test(e.activity) || e.type === 'Mandatory') return 'compliance';
  if (e.type !== null) return e.type === 'joint training' ? 'joint' : e.type;
  return /Joint/.test(e.activity) ? 'joint' : /network/.test(e.activity) ? 'network' : 'training';
}

describe('one truth across the output sheets (SPEC 9.1)', () => {
  test('a person\'s needs, hours and counts agree across Skills Profile, Training Needs, Team Training Plan, Workforce Profile and Audit Summary', () => {
    fc.assert(fc.property(team, (t) => {
      const { audit, sheets } = build(t);
      const sheet = (name: string) => sheets.find((s) => s.name === name)!;
      const starters = t.people.filter((p) => p.start !== null && p.start > AUDIT_DATE).length;
      // Everyone is audited or a planned starter; every sheet counts the same people.
      expect(audit.staff.length + starters).toBe(t.people.length);
      expect(audit.summary.staffAudited).toBe(audit.staff.length);
      expect(sheet('Skills Profile').rows).toHaveLength(audit.staff.length);
      const workforce = (measure: RegExp) => audit.workforce.filter((r) => measure.test(r.measure));
      expect(workforce(/^Staff$/)[0].count).toBe(audit.staff.length);
      expect(workforce(/^Planned starters/)[0].count).toBe(starters);
      // Each person's number of needs on the Skills Profile is their rows on Training Needs.
      const needRows = sheet('Training Needs').rows;
      sheet('Skills Profile').rows.forEach((r) => {
        expect(needRows.filter((n) => n[0] === r[0] && n[1] === r[1])).toHaveLength(Number(r[13]));
      });
      // The team plan plans this year's needs once each (SPEC 9.2): its staff hours are the hours of the needs marked
      // "This year", and it names everyone with a need this year; "Later" needs are only counted.
      const thisYear = (a: (typeof audit.staff)[number]) => a.needs.filter((n) => n.plan !== 'Later');
      const needHours = audit.staff.reduce((s, a) => s + thisYear(a).reduce((h, n) => h + n.hours, 0), 0);
      expect(audit.sharedNeeds.reduce((s, n) => s + n.totalHours, 0)).toBeCloseTo(needHours, 6);
      const named = new Set(audit.sharedNeeds.flatMap((n) => n.staff));
      for (const a of audit.staff) if (thisYear(a).length > 0) expect(named.has(a.member.name)).toBe(true);
      // Every %-of-staff indicator with a value counts the audited staff.
      for (const i of audit.indicators) if (i.value !== null && / of \d+ staff(?: \(|$)/.test(i.basis ?? '')) expect(i.denominator).toBe(audit.staff.length);
    }), { numRuns: 150 });
  });

  test('every Workforce Profile count equals the rows it counts', () => {
    fc.assert(fc.property(team, (t) => {
      const { audit } = build(t);
      const n = audit.staff.length;
      const section = (name: string) => audit.workforce.filter((r) => r.section === name).reduce((s, r) => s + r.count, 0);
      for (const name of ['Contract', 'Length of service', 'LSA level']) expect(section(name)).toBe(n);
      const contracts = (label: string) => audit.workforce.find((r) => r.section === 'Contract' && r.measure === label)?.count ?? 0;
      expect(contracts('Volunteer')).toBe(audit.staff.filter((s) => s.member.contract === 'volunteer').length);
      expect(contracts('Term-time only')).toBe(audit.staff.filter((s) => s.member.contract === 'term-time only').length);
    }), { numRuns: 100 });
  });

  test('an indicator\'s basis and the per-person needs never disagree about the same cell (O6, O7, O17, O1, O15, O19)', () => {
    fc.assert(fc.property(team, (t) => {
      const { ids, audit } = build(t);
      const ind = (id: string) => audit.indicators.find((i) => i.id === id)!;
      const shared = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
      const byRow = (row: number) => t.people[row - 2];
      let o6 = 0; let o7 = 0; let o17 = 0; let o1 = 0; let o15 = 0; let o19 = 0;
      for (const a of audit.staff) {
        const p = byRow(a.member.row);
        const id = ids[a.member.row - 2];
        const has = (re: RegExp) => a.needs.some((n) => re.test(n.need));
        // O6 vs the personal-skills need: a blank or "nothing" cell is no Level 2 for both.
        const l2 = (v: string | null, ok: string[]) => v !== null && ok.includes(v);
        const o6Met = l2(p.english, ['Level 2', 'GCSE 4']) && l2(p.maths, ['Level 2', 'Level 3']);
        if (o6Met) o6++;
        expect(a.needs.some((n) => n.category === 'Personal skills')).toBe(!o6Met);
        // O7 vs the CPD need, both from the larger of the table figure and the log's 12-month sum (blank and no log: 0).
        const logged = (t.log ?? []).filter((e) => `S${e.who}` === id && !shared.has(id));
        const logHours = logged.filter((e) => inWindow(e.date)).reduce((s, e) => s + e.hours, 0);
        const hours = Math.max(p.cpd ?? 0, t.log ? logHours : 0);
        expect(a.cpdHoursLast12Months).toBeCloseTo(hours, 6);
        if (hours >= 15) o7++;
        expect(a.needs.some((n) => n.category === 'CPD')).toBe(hours < 15);
        // O17 vs the safeguarding need: not counted means a need; a High need means not counted.
        const safe = a.compliance.courses.find((c) => c.course === 'safeguarding')!;
        const current = safe.status === 'Current' || safe.status === 'Due';
        if (current) o17++;
        if (!current) expect(has(/Safeguarding/)).toBe(true);
        if (a.needs.some((n) => /Safeguarding/.test(n.need) && n.priority === 'High')) expect(current).toBe(false);
        const loggedSafe = logged.some((e) => e.date !== null && /Safeguarding/.test(e.activity));
        if (!loggedSafe && p.safeguarding === 'Yes') expect(has(/^Record the date of Safeguarding/)).toBe(true);
        if (!loggedSafe && p.safeguarding === 'sometime') expect(has(/^Record a readable date of Safeguarding/)).toBe(true);
        // O1 vs the review need: only a date in the window counts; "Yes" asks for the date.
        const reviewed = inWindow(p.review);
        if (reviewed) o1++;
        expect(has(/^Performance review|^Record the date of the performance review/)).toBe(!reviewed);
        if (p.review === 'Yes') expect(has(/^Record the date of the performance review/)).toBe(true);
        // O15 and O19 from the table and the log together.
        const joint = (p.joint !== null && ISO.test(p.joint) && inWindow(p.joint)) || logged.some((e) => inWindow(e.date) && kind(e) === 'joint');
        if (joint) o15++;
        expect(a.jointTrainingLast12Months).toBe(joint);
        const network = p.network === 'Yes' || logged.some((e) => inWindow(e.date) && kind(e) === 'network');
        if (network) o19++;
      }
      if (audit.staff.length === 0) return; // only starters: every indicator has No data
      const numerator = (id: string) => ind(id).numerator;
      expect([numerator('O6'), numerator('O7'), numerator('O17'), numerator('O1'), numerator('O15'), numerator('O19')]).toEqual([o6, o7, o17, o1, o15, o19]);
    }), { numRuns: 200 });
  });
});
