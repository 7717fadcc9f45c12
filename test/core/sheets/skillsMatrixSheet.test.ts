import type { Criterion } from '../../../src/core/criterion';
import { BAD, GOOD, NEUTRAL, NONE } from '../../../src/core/sheets/_palette';
import { skillsMatrixSheet } from '../../../src/core/sheets/skillsMatrixSheet';
import { makeMember, makeSkills } from '../_fixtures/auditFixtures';
import { auditOf, staffAudit } from './_staffAudit';

const catalogue = ['A1', 'A2', 'C1'].map((code) => ({ code, standard: code[0], number: Number(code[1]), title: code, knowledge: [] }) as Criterion);

describe('skillsMatrixSheet', () => {
  it('writes ratings coloured against target beside each LSA level, leaves criteria without a target blank, and ends with the Team row', () => {
    const sheet = skillsMatrixSheet(
      auditOf([
        staffAudit({ member: makeMember({ id: 'S1', name: 'Ann' }), skills: makeSkills({ targets: { A1: 3, A2: 3 }, ratings: { A1: 3, A2: 2 } }) }),
        staffAudit({ member: makeMember({ id: 'S2', name: 'Bo' }), skills: makeSkills({ targets: { A1: 3, A2: 3, C1: 2 }, ratings: { A1: 1, C1: 4 } }) }),
      ]),
      catalogue,
    );
    expect(sheet.headers).toEqual(['Staff ID', 'Name', 'LSA level', 'A1', 'A2', 'C1']);
    const level = makeMember({}).level;
    expect(sheet.rows).toEqual([
      ['S1', 'Ann', level, 3, 2, null],
      ['S2', 'Bo', level, 1, null, 4],
      ['Team', '% of assessed staff at target', null, 50, 0, 100],
    ]);
    expect([...sheet.styles!]).toEqual([
      ['0:3', GOOD], ['0:4', NEUTRAL],
      ['1:3', BAD], ['1:4', NONE], ['1:5', GOOD],
      ...[0, 1, 2, 3, 4, 5].map((c) => [`2:${c}`, { bold: true }]),
    ]);
    expect(sheet.columnWidths).toHaveLength(6);
  });

  it('explains itself: a key to the colours above, each criterion\'s title below, and a chart of the Team row', () => {
    const sheet = skillsMatrixSheet(auditOf([staffAudit({ member: makeMember({ id: 'S1', name: 'Ann' }), skills: makeSkills({ targets: { A1: 3 }, ratings: { A1: 3 } }) })]), catalogue);
    expect(sheet.preamble.map((r) => r[1])).toEqual([undefined, 'Met the target', 'One short of the target', 'Two or more short', 'Not assessed (no rating)', 'Not applicable (blank)']);
    expect(sheet.preambleStyles!.get('1:1')).toBe(GOOD);
    expect(sheet.preambleStyles!.get('3:1')).toBe(BAD);
    expect(sheet.notes!.filter((r) => r.length === 2).slice(1)).toEqual([['A1', 'A1'], ['A2', 'A2'], ['C1', 'C1']]);
    const [chart] = sheet.charts!;
    // Header on sheet row 7 (six lines of key and a blank row); the Team row is the second data row.
    expect(chart.categories).toEqual({ row: 7, column: 3, rows: 1, columns: 3 });
    expect(chart.series[0].values).toEqual({ row: 9, column: 3, rows: 1, columns: 3 });
    expect(sheet.print).toMatchObject({ landscape: true, titleColumns: 3 });
  });

  it('gives an empty team a Team row with no percentages', () => {
    const sheet = skillsMatrixSheet(auditOf([]), catalogue);
    expect(sheet.rows).toEqual([['Team', '% of assessed staff at target', null, null, null, null]]);
    expect(sheet.styles!.size).toBe(6);
  });
});
