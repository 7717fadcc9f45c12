import { isOutputSheetName, optionalSheetKind } from '../../../src/core/parse/sheetNames';

describe('sheet names', () => {
  test('optional sheets by name synonyms', () => {
    expect(optionalSheetKind('CPD Log')).toBe('cpd');
    expect(optionalSheetKind('Training records')).toBe('cpd');
    expect(optionalSheetKind('Development plans')).toBe('pdp');
    expect(optionalSheetKind('QCF units')).toBe('units');
    expect(optionalSheetKind('Learner needs')).toBe('learnerNeeds');
    expect(optionalSheetKind('Targets')).toBe('targets');
    expect(optionalSheetKind('settings')).toBe('settings');
    expect(optionalSheetKind('Training Needs')).toBeNull(); // an output sheet, not learner needs
  });
  test('output sheets, also as "Name (2)"', () => {
    expect(isOutputSheetName('Audit Issues')).toBe(true);
    expect(isOutputSheetName('Skills Matrix (2)')).toBe(true);
    expect(isOutputSheetName('Staff')).toBe(false);
  });
});
