import type { Criterion } from '../../../src/core/nos/criterion';
import { BAD, GOOD, NEUTRAL, NONE } from '../../../src/core/sheets/_palette';
import { skillsMatrixSheet } from '../../../src/core/sheets/skillsMatrixSheet';
import { makeMember, makeSkills } from '../_fixtures/auditFixtures';
import { auditOf, staffAudit } from './_staffAudit';

const catalogue = ['A1', 'A2', 'C1'].map((code) => ({ code, standard: code[0], number: Number(code[1]), title: code, knowledge: [] }) as Criterion);

describe('skillsMatrixSheet', () => {
  it('writes ratings coloured against target, leaves criteria without a target blank, and ends with the Team row', () => {
    const sheet = skillsMatrixSheet(
      auditOf([
        staffAudit({ member: makeMember({ id: 'S1', name: 'Ann' }), skills: makeSkills({ targets: { A1: 3, A2: 3 }, ratings: { A1: 3, A2: 2 } }) }),
        staffAudit({ member: makeMember({ id: 'S2', name: 'Bo' }), skills: makeSkills({ targets: { A1: 3, A2: 3, C1: 2 }, ratings: { A1: 1, C1: 4 } }) }),
      ]),
      catalogue,
    );
    expect(sheet.headers).toEqual(['Staff ID', 'Name', 'A1', 'A2', 'C1']);
    expect(sheet.rows).toEqual([
      ['S1', 'Ann', 3, 2, null],
      ['S2', 'Bo', 1, null, 4],
      ['Team', '% of assessed staff at target', 50, 0, 100],
    ]);
    expect([...sheet.styles!]).toEqual([
      ['0:2', GOOD], ['0:3', NEUTRAL],
      ['1:2', BAD], ['1:3', NONE], ['1:4', GOOD],
      ...[0, 1, 2, 3, 4].map((c) => [`2:${c}`, { bold: true }]),
    ]);
    expect(sheet.columnWidths).toEqual([10, 24, 5, 5, 5]);
  });

  it('gives an empty team a Team row with no percentages', () => {
    const sheet = skillsMatrixSheet(auditOf([]), catalogue);
    expect(sheet.rows).toEqual([['Team', '% of assessed staff at target', null, null, null]]);
    expect(sheet.styles!.size).toBe(5);
  });
});
