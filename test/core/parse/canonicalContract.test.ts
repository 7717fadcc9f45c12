import { canonicalContract } from '../../../src/core/parse/canonicalContract';

describe('canonicalContract', () => {
  test.each([
    ['Permanent full-time', null, 'permanent full-time'],
    ['Perm PT', 37, 'permanent part-time'],
    ['Permanent', 22.5, 'permanent part-time'],
    ['Permanent', 37, 'permanent full-time'],
    ['Permanent', null, 'permanent full-time'],
    ['Part time', null, 'permanent part-time'],
    ['Fixed term (12 months)', 37, 'fixed-term'],
    ['Temporary part-time', 20, 'fixed-term'],
    ['Sessional', null, 'hourly-paid'],
    ['casual', null, 'hourly-paid'],
    ['Zero hours', null, 'hourly-paid'],
    ['Hourly paid', null, 'hourly-paid'],
    ['Permanent term-time only', 30, 'term-time only'],
    ['TTO', 30, 'term-time only'],
    ['Bank', null, 'bank/agency'],
    ['Agency staff', null, 'bank/agency'],
    ['Volunteer', null, 'volunteer'],
    ['Apprentice', null, 'other'],
  ] as const)('%s with %p hours is %s', (text, hours, type) => {
    expect(canonicalContract(text, hours, 37)).toBe(type);
  });
  test('blank is not recorded', () => {
    expect(canonicalContract(null, 20, 37)).toBeNull();
    expect(canonicalContract('  ', 20, 37)).toBeNull();
  });
});
