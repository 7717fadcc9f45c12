import { planOutputSheets } from '../../../src/core/sheets/planOutputSheets';

describe('planOutputSheets', () => {
  it('creates sheets that do not exist yet', () => {
    const plan = planOutputSheets(['Staff'], [], ['Audit Summary'], new Set());
    expect(plan).toEqual([{ output: 'Audit Summary', target: 'Audit Summary', action: 'create', renamed: false }]);
  });
  it("never overwrites a user's sheet of the same name: the output goes to Name (2)", () => {
    const plan = planOutputSheets(['Staff', 'Skills Matrix'], [], ['Skills Matrix'], new Set());
    expect(plan[0]).toMatchObject({ target: 'Skills Matrix (2)', action: 'create', renamed: true });
  });
  it('skips numbers already taken, case-insensitively', () => {
    const plan = planOutputSheets(['skills matrix', 'Skills Matrix (2)'], [], ['Skills Matrix'], new Set());
    expect(plan[0].target).toBe('Skills Matrix (3)');
  });
  it('replaces a sheet it wrote before, and appends to Audit History', () => {
    const plan = planOutputSheets(['Skills Matrix', 'Audit History'], ['Skills Matrix', 'Audit History'], ['Skills Matrix', 'Audit History'], new Set(['Audit History']));
    expect(plan.map((p) => p.action)).toEqual(['replace', 'append']);
  });
  it('re-uses its own renamed copy on a re-run while the user still owns the plain name', () => {
    const plan = planOutputSheets(['Skills Matrix', 'Skills Matrix (2)'], ['Skills Matrix (2)'], ['Skills Matrix'], new Set());
    expect(plan[0]).toMatchObject({ target: 'Skills Matrix (2)', action: 'replace', renamed: true });
  });
  it('creates again when a sheet it owned was deleted by the user', () => {
    const plan = planOutputSheets(['Staff'], ['Skills Matrix'], ['Skills Matrix'], new Set());
    expect(plan[0]).toMatchObject({ target: 'Skills Matrix', action: 'create' });
  });
});
