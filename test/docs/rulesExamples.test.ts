// The worked examples of docs/rules.md, run through the code: each test computes the example with the product's own
// functions, checks the figure, and checks that the page states that figure. A rule change that alters an example
// fails here until the page is updated with it.
import { readFileSync } from 'fs';
import { join } from 'path';
import { complianceStatus, complianceSummary } from '../../src/core/compliance/complianceStatus';
import { smartCheck } from '../../src/core/development/smart/smartCheck';
import { reflectionCheck, reflectionSummary } from '../../src/core/development/reflection/reflectionCheck';
import { gapScore, gapScoreOnly } from '../../src/core/nos/gapScore';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import type { Rating } from '../../src/core/rating';
import { targetsFor } from '../../src/core/nos/targets';
import { INDICATOR_DEFINITIONS } from '../../src/core/organisation/indicatorDefinitions';
import { certificateStatus } from '../../src/core/qualifications/certificateStatus';
import { highestLearningSupportLevel, learningSupportQualification } from '../../src/core/qualifications/learningSupportQualification';
import { learningHours } from '../../src/core/qualifications/learningHours';
import { matchUnit } from '../../src/core/qualifications/matchUnit';
import { practiceCheck } from '../../src/core/qualifications/practiceCheck';
import { qcfCredits } from '../../src/core/qualifications/qcfCredits';
import { qcfSize } from '../../src/core/qualifications/qcfSize';
import { defaultSettings } from '../../src/core/settings';
import { activityHours, activityLearningHours, criterionActivity } from '../../src/core/training/criterionActivity';
import { teamTrainingPlan } from '../../src/core/training/teamTrainingPlan';
import { developmentBudgetHours, planDevelopment } from '../../src/core/training/developmentBudget';
import type { NeedRow } from '../../src/core/training/needRow';
import { namePeerSupport } from '../../src/core/training/peerSupport';
import { trainingBarrier } from '../../src/core/training/trainingBarrier';
import type { TrainingNeed } from '../../src/core/training/trainingNeed';
import type { StaffField } from '../../src/core/staffMember';
import { trainingNeeds } from '../../src/core/training/trainingNeeds';
import { groupAudit } from '../../src/core/groupAudit';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { isInLastTwelveMonths, lastTwelveMonthsStart } from '../../src/core/lastTwelveMonths';
import { profileSkills } from '../../src/core/nos/profileSkills';
import { workforceProfile } from '../../src/core/workforce/workforceProfile';
import { makeMember, makeQualifications, makeSkills } from '../core/_fixtures/auditFixtures';
import { ROOT } from './_lib/docDrift';
import { REFLECTIVE_TEAM_AUDIT_DATE, reflectiveTeam } from '../core/_fixtures/reflectiveTeam';
import { observationFollowUpNeeds } from '../../src/core/training/observationFollowUpNeeds';

// The page with its line breaks and repeated spaces folded, so a phrase matches however it is wrapped.
const RAW = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
const DOC = RAW.replace(/\s+/g, ' ');
const says = (phrase: string): void => expect(DOC).toContain(phrase.replace(/\s+/g, ' '));
const AUDIT = '2026-09-01';

describe('NOS examples', () => {
  // A level 2 LSA, not a specialist: A1-A17 rated 3 except A4 1, A9 2, A14 4; B1 2, B2 0, B3 3; B4-B7 not rated.
  const ratings: Record<string, Rating | null> = {};
  for (let i = 1; i <= 17; i++) ratings[`A${i}`] = 3;
  Object.assign(ratings, { A4: 1, A9: 2, A14: 4, B1: 2, B2: 0, B3: 3 });
  const result = gapScore(ratings, targetsFor(2, false));

  test('coverage, gap score and gaps by standard', () => {
    expect([result.coverage, result.gapScore, result.gapByStandard]).toEqual([83.3, 8.8, { A: 5.9, B: 33.3, C: null }]);
    says('coverage = 100 × 20 ÷ 24 = **83.3**');
    says('Gap score = 100 × 5 ÷ 57 = 8.77, shown **8.8**');
    says('Gap A = 100 × 3 ÷ 51 = **5.9**; Gap B = 100 × 2 ÷ 6 = **33.3**; Gap C blank');
  });

  test('priority gaps and strengths', () => {
    expect(result.priorityGaps.map((g) => `${g.code} (${g.priority})`).join(', ')).toBe('A4 (High), B2 (High), A9 (Medium)');
    expect(result.strengths).toEqual(['A14']);
    says('priority gaps **A4 (High), B2 (High), A9 (Medium)**');
    says('strengths: **A14**');
  });

  test('readiness for the next level', () => {
    expect(gapScoreOnly(ratings, targetsFor(3, false))).toBe(11.7);
    says('gaps are A4 2, A9 1, B1 1, B2 3 = 7, so the gap score is 100 × 7 ÷ 60 = 11.7, over 10: **No**');
  });

  test('a criterion override beats a standard override', () => {
    const t = targetsFor(2, false, NOS_CATALOGUE, [
      { level: 2, standard: 'A', criterion: null, target: 4 },
      { level: 2, standard: null, criterion: 'A4', target: 2 },
    ]);
    expect([t.A1, t.A4, t.A17, t.B1]).toEqual([4, 2, 4, 2]);
    says('give a level 2 LSA target 4 on A1-A17 except A4, which is 2');
  });

  test('the NOS gap needs of the same LSA: a unit is 5 guided and 10 learning hours a credit, other activities 3 x gap', () => {
    const hours = result.priorityGaps.map((g) => [activityHours(criterionActivity(g.code), g.gap), activityLearningHours(criterionActivity(g.code), g.gap)]);
    expect(hours).toEqual([[5, 10], [6, 6], [30, 60]]);
    says('1 credit: **5 hours** (10 learning hours), High');
    says('3 × 2 = **6 hours**, High');
    says('6 credits: **30 hours** (60 learning hours), Medium');
  });
});

describe('qualification examples', () => {
  test('credits, size and learning hours', () => {
    const { credits } = qcfCredits(['Preparing to support learning', 'Approaches to learning', 'Using ICT to support learning']);
    expect([credits, qcfSize(credits), learningHours(credits)]).toEqual([18, 'Certificate', 180]);
    expect([qcfSize(12), qcfSize(37)]).toEqual(['Award', 'Diploma']);
    says('are 18 credits: a **Certificate**-sized total of **180** learning hours');
  });

  test('the generic certificate with Level 2 units, and one in progress', () => {
    const held = ['Preparing to support learning (Level 2)', 'Learning support principles', 'Approaches to learning',
      'Learning support in the lifelong learning context', 'Equality and diversity',
      'Literacy, language, numeracy and ICT needs for work, education and life', 'Inclusive approaches to providing information'];
    const status = certificateStatus(held.map((t) => matchUnit(t)!), 'generic');
    expect([status.state, status.creditsCounted]).toEqual(['Achieved', 33]);
    says('**Achieved**, with a credit value of 24 + 9 = **33**');
    const progress = certificateStatus(['Approaches to learning'], 'generic').text;
    expect(progress).toBe('In progress: 6 of 30 credits, missing Preparing to support learning, Learning support in the lifelong learning context, Learning support principles, 6 optional credits');
    says(`"${progress}"`);
  });

  test('the catalogue\'s Level 2 units add up to 11 credits, under the cap of 12', () => {
    const level2 = ['Preparing to support learning (Level 2)', 'Inclusive approaches to providing information',
      'Literacy, language, numeracy and ICT needs for work, education and life',
      'Skills check and signposting for literacy, language, numeracy and ICT', 'Supporting and promoting a responsive service']
      .map((t) => matchUnit(t)!);
    expect(level2.every((u) => u.level === 2)).toBe(true);
    expect(level2.reduce((s, u) => s + u.credits, 0)).toBe(11);
    says('the catalogue\'s Level 2 units add up to 11 credits');
  });

  test('the LLN certificate\'s entry requirement', () => {
    const units = ['Preparing to support learning', 'Approaches to learning (literacy, language and numeracy)',
      'Principles of learning support (literacy, language and numeracy)',
      'Learning support in the lifelong learning context (literacy, language and numeracy)',
      'Knowledge and understanding for supporting literacy and language', 'Knowledge and understanding for supporting numeracy'];
    const text = certificateStatus(units, 'lln', { english: 'Level 2', maths: 'Level 1' }).text;
    expect(text).toBe('In progress: 36 of 36 credits, missing Level 2 maths (entry requirement)');
    says(`"${text}"`);
  });

  test('practice rules', () => {
    const generic = practiceCheck({ hours: 32, observations: [{ minutes: 60 }, { minutes: 50 }] }, 'generic');
    expect(generic.problems).toEqual(['2 observations; at least 3 are needed', '1.83 hours observed in all; at least 3 hours are needed']);
    const lln = practiceCheck({ hours: 40, literacyHours: 12, numeracyHours: 8, observations: [
      { minutes: 60, area: 'literacy' }, { minutes: 60, area: 'literacy' }, { minutes: 40, area: 'numeracy' }, { minutes: 60, area: 'other' }] }, 'lln');
    expect(lln.problems).toEqual(['8 hours in numeracy; at least 10 are needed', '3.67 hours observed in all; at least 4 hours are needed', '1 observation is shorter than 45 minutes']);
    for (const p of [...generic.problems, ...lln.problems]) says(`"${p}"`);
  });

  test('learning-support qualification levels', () => {
    expect(learningSupportQualification('NVQ 2 Supporting Teaching and Learning')?.level).toBe(2);
    expect(learningSupportQualification('Foundation Degree in Inclusive Practice')?.level).toBe(5);
    expect(learningSupportQualification('PTLLS')).toBeNull();
    expect(highestLearningSupportLevel(['GCSE English', 'Level 2 Award in Learning Support', 'Level 3 PTLLS'])).toBe(2);
    says('"NVQ 2 Supporting Teaching and Learning" is Level **2**');
    says('"Foundation Degree in Inclusive Practice" is Level **5**');
    says('gives a highest level of **2**');
  });
});

describe('SMART examples (audit date 1 September 2026)', () => {
  const check = (objective: string, extra: object = {}) => smartCheck({ objective, ...extra }, AUDIT);

  test('whole objectives: score 5 and score 1', () => {
    expect(check('Complete the Using ICT to support learning unit by June 2027')).toMatchObject({ score: 5, advice: 'SMART' });
    expect(check('Improve my skills').score).toBe(1);
    expect(check('Improve my skills').verdicts.achievable.met).toBe(true);
    says('score **5**, "SMART"');
    says('only Achievable is met, score **1**');
  });

  test('each criterion\'s examples give the reasons the page quotes', () => {
    expect(check('Improve my skills').verdicts.specific.reason).toContain('Too vague');
    expect(check('Develop my skills further').verdicts.specific.met).toBe(false);
    expect(check('Sit in on three maths lessons').verdicts.specific.met).toBe(true);
    expect(check('Improve my record keeping').verdicts.relevant.reason).toBe('Tied to the role ("record", a subject of NOS A14)');
    expect(check('Complete the unit within 24 months').verdicts).toMatchObject({ achievable: { met: false }, timeBound: { met: true } });
    expect(check('Never be late for my sessions').verdicts.achievable.met).toBe(true);
    expect(check('Shadow a senior LSA in three sessions with autistic learners by December 2026').score).toBe(5);
    expect(check('Attend dyslexia awareness training').verdicts.measurable.met).toBe(true);
    expect(check('Use Makaton with learners in group sessions').verdicts.measurable.met).toBe(false);
    const ambitious = check('Support every learner perfectly in all lessons').verdicts.achievable;
    expect(ambitious.reason).toBe('Over-ambitious: "perfectly" is an absolute aim; "every ... learner" is too large a scope');
    expect(check('Gain an NVQ, attend a BSL course and complete first aid training by July 2027').verdicts.achievable.reason).toContain('it sets 3 goals');
    expect(check('Read about B5 questioning techniques and try two in sessions within 6 months').verdicts.relevant.reason).toBe('Linked to NOS B5');
    expect(check('Learn to play the guitar').verdicts.relevant.reason).toBe('A personal or hobby aim ("guitar"), not tied to the role');
    expect(check('Use Makaton with learners in group sessions by June 2025').verdicts.timeBound.reason).toBe('The date "by june 2025" has passed');
    expect(check('Attend dyslexia awareness training', { reviewDate: '2027-01-31' }).verdicts.timeBound.met).toBe(true);
    expect(check('Attend dyslexia awareness training', { reviewDate: '2028-06-30' }).verdicts.timeBound.reason).toContain('more than 18 months away');
    says('"Linked to NOS B5"');
    says('"A personal or hobby aim ("guitar"), not tied to the role"');
    says('("The date "by june 2025" has passed")');
    says('("record", a subject of NOS A14)');
    says('it sets 3 goals');
  });
});

describe('training examples', () => {
  test('barriers', () => {
    const barrier = (contract: Parameters<typeof trainingBarrier>[0]['contract'], paidToTrain: boolean | null) => trainingBarrier({ contract, paidToTrain });
    expect(barrier('hourly-paid', false)).toBe('Hourly-paid contract; not paid to attend training');
    expect(barrier('permanent full-time', false)).toBe('Not paid to attend training');
    expect(barrier('fixed-term', null)).toBe('Fixed-term contract');
    says('"Hourly-paid contract; not paid to attend training"');
    says('permanent and not paid: "Not paid to attend training"');
    says('fixed-term with the paid cell blank: "Fixed-term contract"');
  });

  test('the team training plan groups shared needs and sums their hours', () => {
    const need = (staffId: string, name: string, text: string, hours: number, category: TrainingNeed['category'], criterion: string | null): TrainingNeed =>
      ({ staffId, name, category, need: text, criterion, priority: 'High', suggestedActivity: 'x', hours, learningHours: hours, barrier: null, timeAway: true });
    const plan = teamTrainingPlan([
      need('S1', 'Ann', 'A4 communicating effectively with learners (Not yet, target Competent)', 5, 'NOS gap', 'A4'),
      need('S2', 'Bob', 'A4 communicating effectively with learners (Aware, target Competent)', 5, 'NOS gap', 'A4'),
      need('S3', 'Cy', 'A4 communicating effectively with learners (Aware, target Competent)', 5, 'NOS gap', 'A4'),
      need('S1', 'Ann', 'CPD to the target of 15 hours (6 in the last 12 months)', 9, 'CPD', null),
      need('S2', 'Bob', 'CPD to the target of 15 hours (12 in the last 12 months)', 3, 'CPD', null),
    ]);
    expect(plan.map((p) => [p.staffCount, p.hoursEach, p.totalHours, p.deliveryHours, p.delivery])).toEqual([
      [3, 5, 15, 5, 'Group session (in-house or with a local network)'],
      [2, 9, 12, 9, 'Paired shadowing or peer observation'],
    ]);
    says('one row, 3 staff, group session, hours each **5**, staff hours **15**, delivery hours **5**');
    says('2 staff, paired shadowing or peer observation, hours each 9, staff hours 9 + 3 = **12**, delivery hours **9**');
  });
});

describe('compliance example (audit date 1 September 2026)', () => {
  test('Due, Expired, Current, No date and Missing', () => {
    const member = makeMember({ compliance: {
      safeguarding: { date: '2024-10-15' }, firstAid: { date: '2023-08-01' }, prevent: { date: '2025-01-10' }, healthAndSafety: { date: null },
    } });
    const result = complianceStatus(member, defaultSettings(AUDIT));
    expect(result.courses.map((c) => [c.label, c.status, c.expires])).toEqual([
      ['Safeguarding', 'Due', '2026-10-15'], ['Health and safety', 'No date', null], ['First aid', 'Expired', '2026-08-01'],
      ['Prevent', 'Current', '2028-01-10'], ['Equality and diversity', 'Missing', null],
    ]);
    const summary = complianceSummary(result);
    expect(summary).toBe('Safeguarding: Due; Health and safety: No date; First aid: Expired; Equality and diversity: Missing');
    says(`"${summary}"`);
  });
});

describe('indicator examples: each value and status as the page states it', () => {
  // [id, numerator, denominator, how the value is computed, the value as the page shows it]
  const examples: [string, number, number, (n: number, d: number) => number, string][] = [
    ['O1', 9, 12, (n, d) => (n * 100) / d, '**75.0%**'],
    ['O2', 11, 12, (n, d) => (n * 100) / d, '**91.7%**'],
    ['O3', 10, 12, (n, d) => (n * 100) / d, '**83.3%**'],
    ['O4', 6, 12, (n, d) => (n * 100) / d, '**50.0%**'],
    ['O5', 1, 4, (n, d) => (n * 100) / d, '**25.0%**'],
    ['O6', 10, 12, (n, d) => (n * 100) / d, '**83.3%**'],
    ['O7', 7, 12, (n, d) => (n * 100) / d, '**58.3%**'],
    ['O8', 3 * 10, 5 * 8, (n, d) => n / d, '**0.75**'],
    ['O9', 5, 12, (n, d) => (n * 100) / d, '**41.7%**'],
    ['O10', 7, 10, (n, d) => (n * 100) / d, '**70.0%**'],
    ['O11', 2, 1, (n) => n, 'value **2**'],
    ['O12', 9, 12, (n, d) => (n * 100) / d, '**75.0%**'],
    ['O13', 2, 15, (n, d) => (n * 10) / d, '**1.3** per 10'],
    ['O14', 2, 3, (n, d) => (n * 100) / d, '**66.7%**'],
    ['O15', 4, 12, (n, d) => (n * 100) / d, '**33.3%**'],
    ['O16', 228, 240, (n, d) => (n * 100) / d, '**95.0%**'],
    ['O17', 10, 12, (n, d) => (n * 100) / d, '**83.3%**'],
    ['O18', 6, 10, (n, d) => (n * 100) / d, '**60%**'], // SPEC 9.1: the undated Yes of the example no longer counts (was 7 of 10)
    ['O19', 5, 12, (n, d) => (n * 100) / d, '**41.7%**'],
    ['O21', 9, 10, (n, d) => (n * 100) / d, '**90%**'],
    ['O20', 24, 40, (n, d) => (n * 100) / d, '**60%**'],
    ['O22', 3, 4, (n, d) => (n * 100) / d, '**75%**'],
  ];

  test.each(examples)('%s', (id, n, d, value, shown) => {
    const def = INDICATOR_DEFINITIONS.find((x) => x.id === id)!;
    const start = RAW.indexOf(`\n### ${id} `);
    expect(start).toBeGreaterThanOrEqual(0);
    const section = RAW.slice(start, RAW.indexOf('\n### ', start + 1)).replace(/\s+/g, ' ');
    expect(section).toContain(shown);
    expect(section).toContain(`**${def.rate(value(n, d))}**`);
  });
});

describe('not recorded is not a need', () => {
  test('no induction column: nobody gets the induction need; with the column, a blank cell does', () => {
    const args = {
      member: makeMember({ induction: null }), skills: makeSkills(), qualifications: makeQualifications({ highestLevel: 3 }),
      compliance: { staffId: 'S1', courses: [] }, cpdHoursLast12Months: null, reviewedInLast12Months: true, settings: defaultSettings(AUDIT),
      isLlnSpecialist: false,
    };
    const induction = (fields: StaffField[]) => trainingNeeds({ ...args, mappedFields: fields }).filter((n) => n.need.startsWith('Induction'));
    expect(induction(['name', 'level'])).toEqual([]);
    expect(induction(['name', 'level', 'induction']).map((n) => n.need)).toEqual(['Induction (none recorded)']);
    says('a staff table with no induction column gives nobody "Induction (none recorded)"');
  });
});

describe('more examples of the page', () => {
  test('self and manager ratings 2 or more apart are listed to discuss; the manager\'s is scored', () => {
    const skills = profileSkills(makeMember({ selfRatings: { A5: 4, A6: 3 }, managerRatings: { A5: 2, A6: 2 } }));
    expect([skills.ratings.A5, skills.ratings.A6]).toEqual([2, 2]);
    expect(skills.toDiscuss).toEqual([{ code: 'A5', self: 4, manager: 2 }]);
    says('A5 self 4, manager 2: A5 is scored 2 and listed as "A5 (self 4, manager 2)" to discuss; A6 self 3, manager 2 is scored 2 and not listed');
  });

  test('the last 12 months', () => {
    expect(isInLastTwelveMonths('2025-09-01', AUDIT)).toBe(true);
    expect(isInLastTwelveMonths('2025-08-31', AUDIT)).toBe(false);
    expect(isInLastTwelveMonths('2026-09-02', AUDIT)).toBe(false);
    expect(lastTwelveMonthsStart('2028-02-29')).toBe('2027-02-28');
    says('1 September 2025 is in the window, 31 August 2025 is not, and 2 September 2026 is not');
    says('A 29 February audit date looks back to 28 February');
  });

  test('FTE caps each person at 1, and length of service counts completed years', () => {
    const staff = [makeMember({ id: 'S1', hoursPerWeek: 37 }), makeMember({ id: 'S2', hoursPerWeek: 18.5 }),
      makeMember({ id: 'S3', hoursPerWeek: 40, startDate: '2024-01-01' })];
    const rows = workforceProfile({ staff, qualifications: [], settings: defaultSettings(AUDIT) });
    expect(rows.find((r) => r.section === 'FTE' && r.measure === 'Full-time equivalent')?.count).toBe(2.5);
    expect(rows.find((r) => r.section === 'Length of service' && r.measure === '2-5 years')?.count).toBe(1);
    says('1 + 0.5 + 1 (capped) = **FTE 2.5**');
    says('Someone who started on 1 January 2024 has 2 completed years on 1 September 2026: "2-5 years"');
  });
});

describe('the group audit example: indicators over all the group\'s staff, not a mean of the sites', () => {
  test('O1 over the sites that keep reviews, O3 over all ten', () => {
    const site = (name: string, reviews: (string | null)[] | null, inducted: boolean) => {
      const header = ['Staff ID', 'Name', 'LSA level', 'Induction', ...(reviews ? ['Last review'] : []), 'A1'];
      const rows = Array.from({ length: reviews?.length ?? 3 }, (_, i) => [`${name[0]}${i + 1}`, `${name} ${i + 1}`, 2, inducted ? 'Yes' : 'No', ...(reviews ? [reviews[i]] : []), 3]);
      const raw = { sheets: [{ name: 'Team', firstRow: 1, firstColumn: 1, rows: [header, ...rows] }] };
      return { site: name, audit: runAudit(parseWorkbook(raw, { auditDate: AUDIT }), NOS_CATALOGUE) };
    };
    const group = groupAudit([
      site('Alder', ['2026-03-01', '2026-03-02', '2026-03-03'], true),
      site('Birch', ['2026-02-01', '2024-01-01', '2024-01-02', '2024-01-03'], false),
      site('Cedar', null, true),
    ], [], { organisation: 'Riverside Group', auditDate: AUDIT });
    const o = (id: string) => group.indicators.find((g) => g.indicator.id === id)!;
    expect([o('O1').indicator.basis, o('O1').indicator.value, o('O1').indicator.status, o('O1').leftOut]).toEqual(['4 of 7 staff', 57.1, 'Red', ['Cedar']]);
    expect([o('O3').indicator.basis, o('O3').indicator.value, o('O3').indicator.status]).toEqual(['6 of 10 staff', 60, 'Red']);
    says('**4 of 7 = 57.1%**, Red, note "no data at Cedar"');
    says('(3 + 0 + 3) of 10 = **60%**, Red');
  });
});

describe('the reflective practice examples (SPEC 9.3): O23, O24, the follow-up need and the Reflection Check', () => {
  const audit = runAudit(parseWorkbook(reflectiveTeam(), { auditDate: REFLECTIVE_TEAM_AUDIT_DATE }), NOS_CATALOGUE);
  const o = (id: string) => audit.indicators.find((i) => i.id === id)!;

  test('O23: 3 of 6 CPD entries, 50%, Green', () => {
    expect([o('O23').basis, o('O23').value, o('O23').status, o('O23').note]).toEqual(['3 of 6 CPD entries', 50, 'Green', '2 with no reflection or impact recorded']);
    says('**3 of 6 CPD entries = 50%, Green**, note "2 with no reflection or impact recorded"');
  });

  test('O24: 3 of 6 observations, 50%, Red', () => {
    expect([o('O24').basis, o('O24').value, o('O24').status, o('O24').note])
      .toEqual(['3 of 6 observations', 50, 'Red', '1 with no follow-up action recorded; 2 not done three months on']);
    says('**3 of 6 observations = 50%, Red**, note "1 with no follow-up action recorded; 2 not done three months on"');
  });

  test('the follow-up need: three months on to the day, not before', () => {
    const rec = (date: string) => ({ sheet: 'Observations', row: 2, staffId: 'S1', date, observer: null, outcome: null, followUp: 'Attend the autism awareness session', followUpDone: null });
    expect(observationFollowUpNeeds([rec('2026-01-12')], AUDIT).map((n) => [n.need, n.priority, n.hours]))
      .toEqual([['Follow up the observation of 12/01/2026: Attend the autism awareness session', 'Medium', 0]]);
    expect(observationFollowUpNeeds([rec('2026-06-01')], AUDIT)).toHaveLength(1);
    expect(observationFollowUpNeeds([rec('2026-06-05')], AUDIT)).toHaveLength(0);
    says('**"Follow up the observation of 12/01/2026: Attend the autism awareness session"**, Medium');
    says('observed 05/06/2026, not done: no need yet (three months on is 05/09/2026)');
  });

  test('the Reflection Check: 9 rows for the team, three of them Amy Shah\'s', () => {
    expect(audit.reflections).toHaveLength(9);
    expect(audit.reflections!.filter((r) => r.name === 'Amy Shah').map((r) => r.from)).toEqual(['CPD log', 'Reflective log', 'CPD log']);
    says('Gus Hart, whose only reflection is "n/a", has none: 9 rows for the team');
  });
});

describe('Reflection check examples (SPEC 9.3)', () => {
  test('retelling alone is Descriptive, with the advice and REFLECTCHECK text the page quotes', () => {
    const text = 'Supported J in maths today. We did fractions and he completed the worksheet.';
    expect(reflectionCheck(text)).toEqual({ stages: ['description'], depth: 'Descriptive',
      advice: 'Say how it went (what went well, what did not) and why, then say what you learnt from it or what you will do differently next time.' });
    expect(reflectionSummary(text)).toBe('Descriptive: no feelings, evaluation, analysis, conclusion or action plan');
    says(`"${text}": description only, **Descriptive**`);
    says('advice "Say how it went (what went well, what did not) and why, then say what you learnt from it or what you will do differently next time."');
    says('REFLECTCHECK "Descriptive: no feelings, evaluation, analysis, conclusion or action plan"');
  });

  test('evaluation and analysis without a conclusion or action are Partly reflective', () => {
    const text = 'Supported J in maths. I felt nervous. It went well because we used counters.';
    expect(reflectionCheck(text)).toMatchObject({ stages: ['description', 'feelings', 'evaluation', 'analysis'], depth: 'Partly reflective' });
    expect(reflectionSummary(text)).toBe('Partly reflective: no conclusion or action plan');
    says(`"${text}": description, feelings, evaluation ("went well") and analysis ("because"), no conclusion or action: **Partly reflective**`);
    says('REFLECTCHECK "Partly reflective: no conclusion or action plan"');
  });

  test('an intention with no look back stays Descriptive', () => {
    const r = reflectionCheck('Did the manual handling course. Will use the hoist with M next week.');
    expect(r).toEqual({ stages: ['description', 'action plan'], depth: 'Descriptive', advice: 'Say how it went (what went well, what did not) and why.' });
    says('"Did the manual handling course. Will use the hoist with M next week.": an action plan with no evaluation or analysis, so still **Descriptive**; advice "Say how it went (what went well, what did not) and why."');
  });

  test('WWW / EBI headings, and Kolb headings, are Reflective', () => {
    const www = 'WWW: learner used her talker in front of the class\nEBI: I will program more subject words into it';
    expect(reflectionCheck(www)).toMatchObject({ stages: ['description', 'evaluation', 'action plan'], depth: 'Reflective' });
    expect(reflectionSummary(www)).toBe('Reflective: no feelings, analysis or conclusion');
    says('description, evaluation (the WWW heading) and an action plan: **Reflective**; REFLECTCHECK "Reflective: no feelings, analysis or conclusion"');
    const kolb = 'Concrete experience: first time using the hoist with C\nReflective observation: it felt rushed\n'
      + 'Abstract conceptualisation: go at her pace\nActive experimentation: next transfer I will talk her through each step';
    expect(reflectionCheck(kolb)).toMatchObject({ stages: ['description', 'evaluation', 'conclusion', 'action plan'], depth: 'Reflective' });
    says('description, evaluation, conclusion and action plan, **Reflective** ("it felt rushed" is a judgement, not the writer\'s feeling)');
  });

  test('CPD log notes: impact, a recommendation, a verdict, changed practice; a job is not a change', () => {
    expect(reflectionCheck('Her spelling has improved.')).toMatchObject({ stages: ['evaluation'], depth: 'Partly reflective' });
    expect(reflectionCheck('Would recommend for anyone new.')).toMatchObject({ stages: ['evaluation'], depth: 'Partly reflective' });
    expect(reflectionCheck('Useful - will print the cue cards for K.')).toMatchObject({ stages: ['evaluation', 'action plan'], depth: 'Reflective' });
    expect(reflectionCheck('Since the webinar I check the hearing aid battery every morning.'))
      .toMatchObject({ stages: ['evaluation', 'action plan'], depth: 'Reflective' });
    expect(reflectionCheck('I now work in the Year 9 base.').depth).toBe('Descriptive');
    says('"Her spelling has improved." (impact stated: evaluation) is **Partly reflective**');
    says('"Would recommend for anyone new." **Partly reflective**');
    says('"Useful - will print the cue cards for K." (a verdict, then a plan with no subject typed) **Reflective**');
    says('"Since the webinar I check the hearing aid battery every morning." (changed practice: the CPD\'s impact and an action) **Reflective**');
    says('"I now work in the Year 9 base." (a job, not a change in practice) **Descriptive**');
  });

  test('what does not count: a learner\'s feelings, "I felt that", course content learnt', () => {
    expect(reflectionCheck('He was upset when the fire alarm went off.').stages).not.toContain('feelings');
    expect(reflectionCheck('I felt that the session was a success.').stages).toEqual(['description', 'evaluation']);
    expect(reflectionCheck('Makaton level 1 day 1. Learnt signs for food, drink, toilet, colours.').stages).toEqual(['description']);
    says('a learner\'s feelings ("he was upset"); "I felt that the session was a success" (a judgement)');
    says('course content ("Learnt signs for food")');
  });
});

describe('plan examples (SPEC 9.2)', () => {
  const row = (over: Partial<NeedRow>): NeedRow => ({ category: 'NOS gap', need: 'x', criterion: null, priority: 'High', suggestedActivity: '', hours: 3, learningHours: 3, ...over });
  test('the development budget: priority, not size; compliance and qualifications beside it', () => {
    const rows = [
      row({ category: 'Compliance', hours: 40 }), row({ hours: 6 }), row({ hours: 30 }), row({ priority: 'Medium', hours: 3 }),
      row({ category: 'Qualification', priority: 'Medium', hours: 150 }),
    ];
    expect(planDevelopment(rows, 30)).toMatchObject({ plannedHours: 6, laterHours: 183 });
    says('planned **6 of 30**, later **183**');
    expect(developmentBudgetHours(defaultSettings('2026-09-01'), { fte: null, hoursPerWeek: 3 })).toBe(6);
    says('A sessional LSA on 3 hours a week has a budget of **6**');
  });

  test('peer support: Advanced first, then at or above the target, higher level first; no early leaver', () => {
    const person = (id: string, level: 1 | 2 | 3 | 4, a3: Rating, gap = false, leavingDate: string | null = null) => ({
      member: { id, name: id, level, leavingDate, specialisms: [] }, skills: { ratings: { A3: a3 }, targets: { A3: 3 } },
      needs: gap ? [<TrainingNeed>{ staffId: id, name: id, category: 'NOS gap' as const, need: 'A3', criterion: 'A3', priority: 'High' as const, suggestedActivity: '', hours: 3, barrier: null, learningHours: 3 }] : [],
    });
    const staff = [person('Ann', 2, 1, true), person('Ben', 2, 4), person('Cat', 3, 3), person('Dan', 4, 4, false, '2026-10-01'), person('Eve', 4, 3)];
    namePeerSupport(staff, '2026-09-01');
    expect(staff[0].needs[0].peerSupport).toBe('Ben (A3: Advanced); Eve (A3: Competent)');
    says('**"Ben (A3: Advanced); Eve (A3: Competent)"**');
  });
});
