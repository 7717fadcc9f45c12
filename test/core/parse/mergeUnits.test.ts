import type { StaffMember } from '../../../src/core/staffMember';
import { mergeUnits } from '../../../src/core/parse/mergeUnits';

describe('mergeUnits', () => {
  test('table titles are added unless the Units sheet has them; qcfUnits lists both', () => {
    const staff = [{ id: 'S1', qcfUnits: ['Approaches to learning', 'Learning support principles'] }, { id: 'S2', qcfUnits: [] }] as unknown as StaffMember[];
    const sheetUnit = { staffId: 'S1', title: 'approaches to learning', credits: 6, level: 3, dateAchieved: null };
    const other = { staffId: 'S2', title: 'Equality and Diversity', credits: 6, level: 3, dateAchieved: null };
    const merged = mergeUnits(staff, [sheetUnit, other]);
    expect(merged.units).toEqual([sheetUnit, other, { staffId: 'S1', title: 'Learning support principles', credits: null, level: null, dateAchieved: null }]);
    expect(merged.staff.map((s) => s.qcfUnits)).toEqual([['Approaches to learning', 'Learning support principles'], ['Equality and Diversity']]);
  });
});
