import { sharedNeedText } from '../../../src/core/training/sharedNeedText';

describe('sharedNeedText', () => {
  it('strips the trailing per-person detail from need text', () => {
    expect(sharedNeedText('Safeguarding training (expired 2024-05-01)')).toBe('Safeguarding training');
    expect(sharedNeedText('Induction (none recorded)')).toBe('Induction');
    expect(sharedNeedText('Career: develop a specialism')).toBe('Career: develop a specialism');
  });
});
