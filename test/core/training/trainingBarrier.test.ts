import { contractGroup, trainingBarrier } from '../../../src/core/training/trainingBarrier';

describe('trainingBarrier', () => {
  it('groups contracts as permanent or non-permanent', () => {
    expect(contractGroup('permanent part-time')).toBe('permanent');
    expect(contractGroup('hourly-paid')).toBe('non-permanent');
    expect(contractGroup('term-time only')).toBe('non-permanent');
    expect(contractGroup('other')).toBeNull();
    expect(contractGroup(null)).toBeNull();
  });

  it('words the barriers that apply', () => {
    expect(trainingBarrier({ contract: 'hourly-paid', paidToTrain: false })).toBe('Hourly-paid contract; not paid to attend training');
    expect(trainingBarrier({ contract: 'bank/agency', paidToTrain: null })).toBe('Bank/agency staff');
    expect(trainingBarrier({ contract: 'permanent full-time', paidToTrain: false })).toBe('Not paid to attend training');
    expect(trainingBarrier({ contract: 'permanent full-time', paidToTrain: true })).toBeNull();
  });

  it('raises a contract barrier only where the paid-to-train column is mapped and does not say Yes (SPEC 3.7 v2)', () => {
    expect(trainingBarrier({ contract: 'hourly-paid', paidToTrain: true })).toBeNull();
    expect(trainingBarrier({ contract: 'hourly-paid', paidToTrain: null }, { paidToTrain: false })).toBeNull();
  });
});
