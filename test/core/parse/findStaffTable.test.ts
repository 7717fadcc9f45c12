import type { RawSheet } from '../../../src/core/cells/rawWorkbook';
import { findStaffTable } from '../../../src/core/parse/findStaffTable';

const sheet = (name: string, rows: RawSheet['rows'], extra: Partial<RawSheet> = {}): RawSheet => ({ name, firstRow: 1, firstColumn: 1, rows, ...extra });

describe('findStaffTable', () => {
  test('the header row is the first row matching two known fields, below title rows', () => {
    const found = findStaffTable({ sheets: [sheet('Staff', [['LSA team'], ['Name only here'], ['Name', 'Role', 'Band'], ['Ann', 'LSA', 2]])] }, {});
    expect('table' in found && found.table.headerIndex).toBe(2);
    expect('table' in found && found.table.score).toBe(3);
  });

  test('the sheet whose header row matches the most fields wins', () => {
    const small = sheet('A', [['Name', 'Role'], ['Ann', 'LSA']]);
    const big = sheet('B', [['Name', 'Role', 'Band', 'Contract'], ['Ann', 'LSA', 2, 'Perm']]);
    const found = findStaffTable({ sheets: [small, big] }, {});
    expect('table' in found && found.table.sheet.name).toBe('B');
  });

  test('output sheets are never the staff table, and optional sheets only when nothing else is', () => {
    const matrix = sheet('Skills Matrix', [['Staff ID', 'Name', 'A1', 'A2', 'A3'], ['S1', 'Ann', 3, 3, 3]]);
    const pdp = sheet('PDP', [['Staff ID', 'Name', 'Job title', 'Band'], ['S1', 'Ann', 'LSA', 2]]);
    const staff = sheet('Staff', [['Name', 'Role'], ['Ann', 'LSA']]);
    const found = findStaffTable({ sheets: [matrix, pdp, staff] }, {});
    expect('table' in found && found.table.sheet.name).toBe('Staff');
    const onlyPdp = findStaffTable({ sheets: [matrix, pdp] }, {});
    expect('table' in onlyPdp && onlyPdp.table.sheet.name).toBe('PDP');
  });

  test("an Excel table's header row and extent are preferred", () => {
    const s = sheet('Staff', [['Name', 'Role'], ['x', 'y'], [null, 'Name', 'Role', 'Band'], [null, 'Ann', 'LSA', 2], [null, 'Total', 1]], {
      tables: [{ name: 'Team', ref: 'B3:D4' }],
    });
    const found = findStaffTable({ sheets: [s] }, {});
    expect('table' in found && [found.table.headerIndex, found.table.endIndex, found.table.colStart, found.table.colEnd]).toEqual([2, 4, 1, 4]);
  });

  test('the user can name the sheet (any case) and the header row', () => {
    const s = sheet('Team', [['Who', 'What'], ['Name', 'Role']], { firstRow: 10 });
    const found = findStaffTable({ sheets: [s] }, { sheet: 'team', headerRow: 11 });
    expect('table' in found && found.table.headerIndex).toBe(1);
  });

  test('explains why there is no staff table', () => {
    expect(findStaffTable({ sheets: [] }, { sheet: 'Nope' })).toEqual({ problem: 'No staff table found: there is no sheet named "Nope"' });
    const found = findStaffTable({ sheets: [sheet('S', [['Role', 'Band']])] }, {});
    expect('problem' in found && found.problem).toMatch(/^No staff table found/);
  });
});
