// SPEC 9.2 "No pressure to qualify, for everyone": a qualification need is an offer (Low) unless the aspiration is to
// qualify or progress, or Settings makes a qualification required for the person's LSA level; in progress still wins.
import { parseSettingsSheet } from '../../../src/core/parse/parseSettingsSheet';
import { parseAspiration } from '../../../src/core/parse/parseAspiration';
import { AB, auditRows } from '../_fixtures/auditRows';

const HEADER = ['Name', 'LSA level', 'Qualifications', 'Career aspiration', ...AB];
const row = (name: string, level: number, quals: string | null, aspiration: string | null) => [name, level, quals, aspiration, ...AB.map(() => 3)];
const settings = (rows: (string | number)[][]) => ({ name: 'Settings', firstRow: 1, firstColumn: 1, rows: [['Setting', 'Value'], ...rows] });

function qualificationNeeds(audit: ReturnType<typeof auditRows>, name: string) {
  return audit.staff.find((s) => s.member.name === name)!.needs.filter((n) => n.category === 'Qualification').map((n) => [n.need, n.priority]);
}

describe('no pressure to qualify, for everyone', () => {
  const audit = auditRows(HEADER, [
    row('Blank', 3, null, null),
    row('Unsure', 2, null, 'Not sure yet'),
    row('Stayer', 3, null, 'Stay in current role'),
    row('Climber', 3, null, 'Become a senior LSA'),
    row('Teacher', 2, null, 'Train to teach'),
    row('Qualifier', 3, null, 'Get my Level 3 certificate'),
    row('Underway', 3, 'Working towards Level 3 Certificate in Learning Support', 'Become a senior LSA'),
  ]);

  test.each([
    ['Blank', [['Offer the Level 3 Certificate in Learning Support', 'Low']]],
    ['Unsure', [['Offer the Level 2 Award in Learning Support', 'Low']]],
    ['Stayer', [['Offer the Level 3 Certificate in Learning Support', 'Low']]],
    ['Climber', [['Learning-support qualification at Level 3', 'Medium']]],
    ['Teacher', [['Learning-support qualification at Level 2 or above', 'Medium']]],
    ['Qualifier', [['Learning-support qualification at Level 3', 'Medium']]],
    ['Underway', [['Complete the Level 3 Certificate in Learning Support (in progress)', 'Low']]],
  ])('%s: %j', (name, want) => {
    expect(qualificationNeeds(audit, name)).toEqual(want);
  });

  test('"to qualify" is read from the aspiration; a qualified teacher is still the teaching pathway', () => {
    expect(parseAspiration('Get my Level 3 certificate')).toBe('qualify');
    expect(parseAspiration('Gain a qualification in learning support')).toBe('qualify');
    expect(parseAspiration('Become a qualified teacher')).toBe('teaching');
  });
});

describe('a qualification required by Settings for an LSA level', () => {
  test('Settings reads "Required qualification for level 3" = "Level 3"', () => {
    const read = parseSettingsSheet(settings([['Required qualification for level 3', 'Level 3'], ['Required qualification for LSA level 2', 2], ['Required qualification for level 4', 'a degree']]));
    expect(read.overrides.requiredQualification).toEqual({ 3: 3, 2: 2 });
    expect(read.issues.map((i) => i.problem)).toEqual(['Unreadable qualification level (use "Level 2" to "Level 7"): not used']);
  });

  test('makes the need Medium for that level, whatever the aspiration; other levels keep the offer; in progress still wins', () => {
    const audit = auditRows(HEADER, [
      row('Stayer', 3, null, 'Stay in current role'),
      row('Junior', 2, null, 'Stay in current role'),
      row('Underway', 3, 'Working towards Level 3 Certificate in Learning Support', 'Stay'),
    ], [settings([['Required qualification for level 3', 'Level 3']])]);
    expect(audit.settings.requiredQualification).toEqual({ 3: 3 });
    expect(qualificationNeeds(audit, 'Stayer')).toEqual([['Learning-support qualification at Level 3 (required for LSA level 3)', 'Medium']]);
    expect(qualificationNeeds(audit, 'Junior')).toEqual([['Offer the Level 2 Award in Learning Support', 'Low']]);
    expect(qualificationNeeds(audit, 'Underway')).toEqual([['Complete the Level 3 Certificate in Learning Support (in progress)', 'Low']]);
  });

  test('a level above what the LSA level asks is required too', () => {
    const audit = auditRows(HEADER, [row('Junior', 2, 'Level 2 Award in Learning Support', 'Stay')], [settings([['Required qualification for level 2', 'Level 3']])]);
    expect(qualificationNeeds(audit, 'Junior')).toEqual([['Learning-support qualification at Level 3 (required for LSA level 2)', 'Medium']]);
  });
});
