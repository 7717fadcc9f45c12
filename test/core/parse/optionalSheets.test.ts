import type { StaffMember } from '../../../src/core/staffMember';
import type { RawSheet } from '../../../src/core/cells/rawWorkbook';
import { staffIndex } from '../../../src/core/parse/_lib/staffIndex';
import { cpdType, parseCpdLog } from '../../../src/core/parse/parseCpdLog';
import { parseLearnerNeeds } from '../../../src/core/parse/parseLearnerNeeds';
import { nosLinks, parsePdpSheet } from '../../../src/core/parse/parsePdpSheet';
import { parseTargetsSheet } from '../../../src/core/parse/parseTargetsSheet';
import { parseUnitsSheet } from '../../../src/core/parse/parseUnitsSheet';

const sheet = (name: string, rows: RawSheet['rows']): RawSheet => ({ name, firstRow: 1, firstColumn: 1, rows });
const member = (id: string, name: string) => ({ id, name }) as StaffMember;
const index = staffIndex([member('S1', 'Ann Lee'), member('S2', 'Bob Khan')]);

describe('PDP sheet', () => {
  test('joins by ID, reads dates and NOS links, reports unknown staff and missing objectives', () => {
    const read = parsePdpSheet(
      sheet('PDP', [
        ['PDP 2025'],
        ['Staff ID', 'Objective', 'Success criteria', 'Review date', 'NOS'],
        ['s1', 'Shadow a senior LSA', 'Observed twice', '30/06/2025', 'A4 and B1'],
        ['S3', 'Learn BSL', null, null, null],
        ['S2', null, null, 'soon', null],
      ]),
      index,
    );
    expect(read.objectives).toEqual([
      { sheet: 'PDP', row: 3, staffId: 'S1', objective: 'Shadow a senior LSA', actions: null, resources: null, successCriteria: 'Observed twice', reviewDate: '2025-06-30', nosLinks: ['A4', 'B1'] },
    ]);
    expect(read.issues.map((i) => [i.row, i.code])).toEqual([
      [4, 'unknown-staff'],
      [5, 'no-objective'],
    ]);
  });
  test('reads an appraisal system\'s export: Employee Number, Development Goal, Measure, Due Date', () => {
    const read = parsePdpSheet(sheet('Objectives', [
      ['Employee Number', 'Development Goal', 'Measure', 'Due Date', 'Status'],
      ['S1', 'Complete the Level 3 Award in Education and Training', 'Certificate achieved', '31/07/2027', 'In progress'],
    ]), index);
    expect(read.objectives).toEqual([expect.objectContaining({
      staffId: 'S1', objective: 'Complete the Level 3 Award in Education and Training', successCriteria: 'Certificate achieved', reviewDate: '2027-07-31',
    })]);
    expect(read.issues).toEqual([]);
  });

  // SPEC 2.1 (v2): "n/a", "-" and the like alone in a text cell mean empty, so PDP Check's "Plan complete" names them.
  test('a plan cell that means nothing is read as missing', () => {
    const read = parsePdpSheet(
      sheet('PDP', [
        ['Staff ID', 'Objective', 'Actions', 'Resources', 'Success criteria'],
        ['S1', 'Shadow a senior LSA', 'n/a', '-', 'None'],
      ]),
      index,
    );
    expect(read.objectives.map((o) => [o.actions, o.resources, o.successCriteria])).toEqual([[null, null, null]]);
  });
  test('NOS links', () => {
    expect(nosLinks('A1; b.3, C07 / A18')).toEqual(['A1', 'B3', 'C7']);
    expect(nosLinks(null)).toEqual([]);
  });
});

describe('Units sheet', () => {
  test('an e-portfolio export lists units in progress too: only the achieved ones are held, and Audit Issues says how many were not', () => {
    const read = parseUnitsSheet(sheet('Units', [
      ['Employee Number', 'Unit Title', 'Credits', 'Level', 'Status', 'Completed Date'],
      ['S1', 'Approaches to learning', 6, 3, 'Achieved', '01/06/2025'],
      ['S1', 'Learning support principles', 6, 3, 'In progress', null],
      ['S1', 'Equality and diversity', 6, 3, 'Not started', null],
      ['S2', 'Using ICT to support learning', 6, 3, 'Signed off', '12/12/2025'],
    ]), index, '2026-09-01');
    expect(read.units.map((u) => [u.staffId, u.title, u.dateAchieved])).toEqual([
      ['S1', 'Approaches to learning', '2025-06-01'], ['S2', 'Using ICT to support learning', '2025-12-12'],
    ]);
    expect(read.issues).toEqual([expect.objectContaining({
      code: 'units-not-achieved', severity: 'Info', column: 'Status',
      problem: '2 Units rows have a status that is not achieved (In progress, Not started): not counted as held',
    })]);
  });

  test('reads credits, level and date; joins by name without an ID column', () => {
    const read = parseUnitsSheet(
      sheet('Units', [['Name', 'Unit title', 'Credits', 'Level', 'Date achieved'], ['bob  khan', 'Approaches to learning', 6, 3, '01/06/2024'], ['Bob Khan', 'Equality and Diversity', 'six', 'L3', '2026-01-01']]),
      index,
      '2025-03-31',
    );
    expect(read.units).toEqual([
      { staffId: 'S2', title: 'Approaches to learning', credits: 6, level: 3, dateAchieved: '2024-06-01' },
      { staffId: 'S2', title: 'Equality and Diversity', credits: null, level: 3, dateAchieved: '2026-01-01' },
    ]);
    expect(read.issues.map((i) => [i.column, i.code])).toEqual([['Credits', 'unreadable-number'], ['Date achieved', 'future-date']]);
  });
});

describe('CPD log', () => {
  test('types from the Type column, else from the activity', () => {
    expect(cpdType('E-learning', 'anything')).toBe('e-learning');
    expect(cpdType(null, 'Joint training with teachers')).toBe('joint training');
    expect(cpdType(null, 'Regional LSA network')).toBe('network');
    expect(cpdType(null, 'Shadowed a senior LSA')).toBe('shadowing');
    expect(cpdType('Reading', 'Read a book')).toBe('other');
  });
  test('entries with missing hours count 0 and are reported', () => {
    const read = parseCpdLog(sheet('CPD log', [['Staff', 'Date', 'Activity', 'Duration'], ['Ann Lee', '10/01/2025', 'Autism course', 3], ['S2', null, 'Webinar', null]]), index, '2025-03-31');
    expect(read.entries).toEqual([
      { staffId: 'S1', date: '2025-01-10', activity: 'Autism course', hours: 3, type: 'training' },
      { staffId: 'S2', date: null, activity: 'Webinar', hours: 0, type: 'e-learning' },
    ]);
    expect(read.issues.map((i) => [i.code, i.severity])).toEqual([['no-hours', 'Warning'], ['no-date', 'Warning']]);
  });
});

describe('Learner needs', () => {
  test('reads a college MIS export of the learner record\'s LLDD categories as specialisms, leaving out "Prefer not to say"', () => {
    const read = parseLearnerNeeds(sheet('Learner needs', [
      ['Primary LLDD and health problem', 'Headcount'],
      ['Autism spectrum disorder', 14], ["Asperger's syndrome", 3], ['Disability affecting mobility', 5], ['Profound complex disabilities', 2],
      ['Social and emotional difficulties', 6], ['Emotional/behavioural difficulties', 4], ['Prefer not to say', 11], ['Not known', 7],
    ]));
    expect(read.needs).toEqual([
      { need: 'Autism', learners: 17 }, { need: 'Physical impairment or disability', learners: 5 },
      { need: 'Profound and multiple learning difficulties', learners: 2 }, { need: 'Social, emotional and mental health', learners: 10 },
    ]);
    expect(read.issues).toEqual([]);
  });

  test('needs are canonical specialisms, learners summed', () => {
    const read = parseLearnerNeeds(sheet('Learner needs', [['Need', 'Number of learners'], ['ASD', 8], ['Autism', 4], ['BSL', null], ['Music', 'lots']]));
    expect(read.needs).toEqual([
      { need: 'Autism', learners: 12 },
      { need: 'Deaf and hearing impairment', learners: 1 },
      { need: 'Music', learners: 1 },
    ]);
    expect(read.issues.map((i) => [i.row, i.code])).toEqual([[5, 'unreadable-number']]);
  });
});

describe('Targets sheet', () => {
  test('wide form by standard and by criterion', () => {
    const read = parseTargetsSheet(sheet('Targets', [['LSA level', 'A', 'B', 'C', 'A17'], [1, 3, 2, null, 4], ['Level 9', 1, 1, 1, 1], [2, 5, null, null, null]]));
    expect(read.overrides).toEqual([
      { level: 1, standard: 'A', criterion: null, target: 3 },
      { level: 1, standard: 'B', criterion: null, target: 2 },
      { level: 1, standard: null, criterion: 'A17', target: 4 },
    ]);
    expect(read.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'unreadable-level'],
      [4, 'unreadable-target'],
    ]);
  });
  test('long form', () => {
    const read = parseTargetsSheet(sheet('Targets', [['Level', 'Standard', 'Criterion', 'Target'], [3, 'B', null, 4], [4, null, 'C2', '3']]));
    expect(read.overrides).toEqual([
      { level: 3, standard: 'B', criterion: null, target: 4 },
      { level: 4, standard: null, criterion: 'C2', target: 3 },
    ]);
  });
});
