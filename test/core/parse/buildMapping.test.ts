import { buildMapping } from '../../../src/core/parse/buildMapping';
import { findStaffTable, type StaffTable } from '../../../src/core/parse/findStaffTable';

function table(headers: string[]): StaffTable {
  const found = findStaffTable({ sheets: [{ name: 'S', firstRow: 1, firstColumn: 1, rows: [headers, headers.map(() => 'x')] }] }, {});
  if (!('table' in found)) throw new Error(found.problem);
  return found.table;
}

describe('buildMapping', () => {
  test('maps each field once: the most confident column, then the leftmost', () => {
    const built = buildMapping(table(['Name', 'Full name', 'Date of last appraisal', 'Last review', 'Band']));
    expect(built.mapping.columns.map((c) => [c.column, c.field, c.confidence])).toEqual([
      [1, 'name', 1],
      [4, 'lastReview', 1],
      [5, 'level', 1],
    ]);
    expect(built.columns.map((c) => c.index)).toEqual([0, 3, 4]);
  });

  test('the override (Excel column numbers) wins, "" ignores a column, unknown fields are reported', () => {
    const built = buildMapping(table(['Name', 'Band', 'Grade', 'Notes']), { 3: 'level', 1: 'name', 4: 'colour', 2: '' });
    expect(built.mapping.columns.map((c) => [c.header, c.field])).toEqual([
      ['Name', 'name'],
      ['Grade', 'level'],
    ]);
    expect(built.issues.map((i) => [i.code, i.value])).toEqual([['mapping-unknown-field', 'colour']]);
  });

  test('rating overrides name the source', () => {
    const built = buildMapping(table(['Name', 'Band', 'Q1']), { 3: 'rating:B2:manager' });
    expect(built.columns[2].field).toEqual({ kind: 'rating', code: 'B2', source: 'manager' });
  });
});
