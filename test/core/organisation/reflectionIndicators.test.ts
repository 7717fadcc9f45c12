// SPEC 9.3: O23 Evidence of CPD impact, O24 Observation follow-up, the follow-up need and the observation dates, worked by
// hand on the seven people of test/core/_fixtures/reflectiveTeam.ts (audit 01/09/2026; the window opens 01/09/2025).
import { reflectionCheck } from '../../../src/core/development/reflection/reflectionCheck';
import { groupAudit } from '../../../src/core/groupAudit';
import { auditHistorySheet } from '../../../src/core/sheets/auditHistorySheet';
import { auditSummarySheet } from '../../../src/core/sheets/auditSummarySheet';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { runAudit } from '../../../src/core/runAudit';
import { REFLECTIVE_TEAM_AUDIT_DATE, reflectiveTeam, TEXTS } from '../_fixtures/reflectiveTeam';

type Without = NonNullable<Parameters<typeof reflectiveTeam>[0]>['without'];
const audit = (without: Without = []) =>
  runAudit(parseWorkbook(reflectiveTeam({ without }), { auditDate: REFLECTIVE_TEAM_AUDIT_DATE, auditDateExplicit: true }), NOS_CATALOGUE);
const indicator = (a: ReturnType<typeof audit>, id: string) => a.indicators.find((i) => i.id === id)!;
const needs = (a: ReturnType<typeof audit>, text: RegExp) =>
  a.staff.flatMap((s) => s.needs.filter((n) => text.test(n.need)).map((n) => [s.member.id, n.need, n.priority, n.category, n.hours]));

describe('the fixture\'s writing is read as the worked examples assume', () => {
  // The examples below rest on these depths: if the reflection check's rules change them, the examples must be reworked.
  test.each([
    ['reflective', 'Reflective'], ['complianceReflective', 'Reflective'], ['partly', 'Partly reflective'], ['descriptive', 'Descriptive'],
    ['oldReflective', 'Reflective'], ['impact', 'Reflective'], ['gibbs', 'Reflective'], ['network', 'Descriptive'], ['makaton', 'Descriptive'],
  ] as const)('%s is %s', (key, depth) => {
    expect(reflectionCheck(TEXTS[key]).depth).toBe(depth);
  });
});

describe('O23 Evidence of CPD impact (SPEC 9.3)', () => {
  test('3 of the 6 non-compliance CPD entries in the window are at least partly reflective: 50%, Green', () => {
    // In the window and not compliance: Amy's workshop (Reflective), Ben's shadowing (Partly reflective), Cara's course
    // (Descriptive), Dev's network meeting (nothing written), Finn's de-escalation (Impact only, Reflective), Gus's
    // e-learning ("n/a" and "-": nothing written). Left out: Amy's safeguarding refresher (Mandatory: compliance), Eve's
    // Makaton course of 01/06/2025 (before the window), Cara's undated team meeting.
    const o23 = indicator(audit(), 'O23');
    expect(o23).toMatchObject({ value: 50, status: 'Green', numerator: 3, denominator: 6, basis: '3 of 6 CPD entries', note: '2 with no reflection or impact recorded' });
    expect(o23.source).toMatch(/^CPD study notes: .*"not just certificates of attendance but also reflective logs/);
  });

  test('one entry fewer that is at least partly reflective: 2 of 6 = 33.3%, Amber', () => {
    const book = reflectiveTeam();
    const cpd = book.sheets.find((s) => s.name === 'CPD log')!;
    cpd.rows[3][5] = TEXTS.descriptive; // Ben's shadowing now only retells events
    const o23 = runAudit(parseWorkbook(book, { auditDate: REFLECTIVE_TEAM_AUDIT_DATE }), NOS_CATALOGUE).indicators.find((i) => i.id === 'O23')!;
    expect(o23).toMatchObject({ value: 33.3, status: 'Amber', basis: '2 of 6 CPD entries' });
  });

  test('No data without a Reflection or Impact column on the CPD log, even with a Reflective log', () => {
    const o23 = indicator(audit(['cpdReflection']), 'O23');
    expect(o23).toMatchObject({ status: 'No data', value: null, note: 'Add a Reflection or Impact column to the CPD log' });
    const noLog = runAudit(parseWorkbook({ sheets: [reflectiveTeam().sheets[0]] }, { auditDate: REFLECTIVE_TEAM_AUDIT_DATE }), NOS_CATALOGUE);
    expect(indicator(noLog, 'O23')).toMatchObject({ status: 'No data', note: 'Add a CPD log sheet with a Reflection or Impact column' });
  });
});

describe('O24 Observation follow-up (SPEC 9.3)', () => {
  test('3 of the 6 observations in the window are followed up or not yet due: 50%, Red', () => {
    // Amy 10/03/2026 done 20/04/2026; Ben 05/06/2026 not yet three months old; Finn 20/02/2026 done "Yes": count.
    // Cara 12/01/2026 not done; Eve 01/06/2026 not done, three months old on the audit date itself; Dev 01/02/2026 no
    // action ("n/a"): do not. Finn's 15/08/2025 is before the window; Ben's "soon" has no date; S9 is no one.
    const o24 = indicator(audit(), 'O24');
    expect(o24).toMatchObject({
      value: 50, status: 'Red', numerator: 3, denominator: 6, basis: '3 of 6 observations',
      note: '1 with no follow-up action recorded; 2 not done three months on',
    });
    expect(o24.source).toMatch(/^ELS report 2010: "the link between observation and training to support development is at best inconsistent"/);
  });

  test('No data without an Observations sheet', () => {
    expect(indicator(audit(['observations']), 'O24')).toMatchObject({
      status: 'No data', value: null, note: 'Add an Observations sheet (staff, date, observer, outcome, follow-up action, follow-up done)',
    });
  });
});

describe('the follow-up need and the observation date (SPEC 9.1, 9.3)', () => {
  test('a follow-up not done three months after the observation is a Medium need, with no hours', () => {
    expect(needs(audit(), /^Follow up the observation/)).toEqual([
      ['S3', 'Follow up the observation of 12/01/2026: Attend the autism awareness session', 'Medium', 'Compliance', 0],
      ['S5', 'Follow up the observation of 01/06/2026: Practise de-escalation with the team leader', 'Medium', 'Compliance', 0],
      ['S6', 'Follow up the observation of 15/08/2025: Read chapter 6 of the SEND code of practice', 'Medium', 'Compliance', 0],
    ]);
    expect(needs(audit(['observations']), /^Follow up the observation/)).toEqual([]);
  });

  test('O18 and the observation need take the later of the staff table\'s date and the Observations sheet\'s', () => {
    // With the sheet: everyone but Gus observed in the window (Cara's 01/05/2025 on the table gives way to 12/01/2026;
    // Dev's dateless Yes to 01/02/2026): 6 of 7 = 85.7%, Amber. Without it: Amy and Finn; Dev's dateless Yes does not
    // count (SPEC 9.1, undated evidence) and asks for the date: 2 of 7, Red.
    const withSheet = audit();
    expect(indicator(withSheet, 'O18')).toMatchObject({ value: 85.7, status: 'Amber', basis: '6 of 7 staff', note: null });
    expect(withSheet.staff.map((s) => s.member.lastObservation?.date ?? null)).toEqual(
      ['2026-03-10', '2026-06-05', '2026-01-12', '2026-02-01', '2026-06-01', '2026-02-20', null]);
    expect(needs(withSheet, /^Observation of practice/).map((n) => n[0])).toEqual(['S7']);
    const without = audit(['observations']);
    expect(indicator(without, 'O18')).toMatchObject({ value: 28.6, status: 'Red', basis: '2 of 7 staff (1 with no date)' });
    expect(needs(without, /^Record the date of the observation/).map((n) => n[0])).toEqual(['S4']);
    expect(needs(without, /^Observation of practice/).map((n) => n[0])).toEqual(['S2', 'S3', 'S5', 'S7']);
  });

  test('an Observations sheet with no Last observation column on the staff table maps the observation', () => {
    const book = reflectiveTeam();
    book.sheets[0] = { ...book.sheets[0], rows: book.sheets[0].rows.map((r) => [...r.slice(0, 4), r[5]]) };
    const a = runAudit(parseWorkbook(book, { auditDate: REFLECTIVE_TEAM_AUDIT_DATE }), NOS_CATALOGUE);
    expect(indicator(a, 'O18')).toMatchObject({ value: 85.7, basis: '6 of 7 staff' });
  });
});

describe('a run without these sheets changes nothing else (SPEC 9.3)', () => {
  const comparable = (a: ReturnType<typeof audit>) => ({
    indicators: a.indicators.filter((i) => i.id !== 'O18' && i.id !== 'O23' && i.id !== 'O24'),
    needs: a.staff.map((s) => s.needs.filter((n) => !/^(Follow up the observation|Observation of practice|Record the date of the observation)/.test(n.need))),
    workforce: a.workforce,
  });

  test('without the Reflection and Impact columns or the Reflective log, only O23 and the Reflection Check change', () => {
    const full = audit();
    const bare = audit(['cpdReflection', 'reflective']);
    expect(bare.indicators.filter((i) => i.id !== 'O23')).toEqual(full.indicators.filter((i) => i.id !== 'O23'));
    expect(bare.staff.map((s) => s.needs)).toEqual(full.staff.map((s) => s.needs));
    expect(bare.reflections).toBeNull();
    expect(full.reflections).toHaveLength(9);
  });

  test('without the Observations sheet, only O18, O24 and the observation needs change', () => {
    expect(comparable(audit(['observations']))).toEqual(comparable(audit()));
  });
});

describe('the group audit pools O23 and O24 over every site\'s entries', () => {
  test('two copies of the team: the same rates over twice the entries; a site without the sheet is left out', () => {
    const a = audit();
    const group = groupAudit([{ site: 'North', audit: a }, { site: 'South', audit: audit() }], [], { organisation: 'G', auditDate: REFLECTIVE_TEAM_AUDIT_DATE });
    const g = (id: string) => group.indicators.find((x) => x.indicator.id === id)!;
    expect(g('O23').indicator).toMatchObject({ value: 50, basis: '6 of 12 CPD entries' });
    expect(g('O24').indicator).toMatchObject({ value: 50, basis: '6 of 12 observations' });
    const mixed = groupAudit([{ site: 'North', audit: a }, { site: 'South', audit: audit(['observations', 'cpdReflection']) }], [], { organisation: 'G', auditDate: REFLECTIVE_TEAM_AUDIT_DATE });
    const m = (id: string) => mixed.indicators.find((x) => x.indicator.id === id)!;
    expect(m('O24')).toMatchObject({ leftOut: ['South'], indicator: { basis: '3 of 6 observations' } });
    expect(m('O23')).toMatchObject({ leftOut: ['South'], indicator: { basis: '3 of 6 CPD entries' } });
  });
});

describe('O23 and O24 on the Audit Summary and in Audit History', () => {
  test('the last two indicator rows, and the last two history columns (appended after O22: an older history gains them)', () => {
    const a = audit();
    const summary = auditSummarySheet(a);
    expect(summary.rows.slice(-2).map((r) => r.slice(0, 6))).toEqual([
      ['O23', 'Evidence of CPD impact', 50, '>= 50% (Amber >= 25%)', 'Green', '3 of 6 CPD entries'],
      ['O24', 'Observation follow-up', 50, '>= 90% (Amber >= 70%)', 'Red', '3 of 6 observations'],
    ]);
    const history = auditHistorySheet(a, '2026-09-01 10:00');
    expect(history.headers.slice(-3)).toEqual(['O22 Plans address gaps', 'O23 Evidence of CPD impact', 'O24 Observation follow-up']);
    expect(history.rows[0].slice(-2)).toEqual([50, 50]);
  });
});
