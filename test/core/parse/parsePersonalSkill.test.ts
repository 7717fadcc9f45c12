import { parsePersonalSkill } from '../../../src/core/parse/parsePersonalSkill';

describe('parsePersonalSkill', () => {
  test.each([
    ['Entry 3', 'Entry 3'],
    ['E2', 'Entry 2'],
    ['Level 1', 'Level 1'],
    ['Level 3 or above', 'Level 3'],
    ['Functional Skills Level 2', 'Level 2'],
    ['FS L1', 'Level 1'],
    ['GCSE C', 'Level 2'],
    ['GCSE 4', 'Level 2'],
    ['GCSE grade 3', 'Level 1'],
    ['GCSE B', 'Level 2'],
    ['GCSE English D', 'Level 1'],
    ['A*', 'Level 2'],
    ['A level', 'Level 3'],
    ['Degree', 'Level 3'],
    [2, 'Level 2'],
    [6, 'Level 3'],
  ])('%p is %s', (cell, level) => {
    expect(parsePersonalSkill(cell)).toEqual({ kind: 'level', level });
  });
  test('blank and unreadable', () => {
    expect(parsePersonalSkill(null)).toEqual({ kind: 'blank' });
    expect(parsePersonalSkill('good')).toEqual({ kind: 'invalid' });
    expect(parsePersonalSkill(0)).toEqual({ kind: 'invalid' });
  });
});
