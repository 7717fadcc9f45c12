import { qcfSize } from '../../../src/core/qualifications/qcfSize';

describe('qcfSize (seed 001: Awards 1-12, Certificates 13-36, Diplomas 37+)', () => {
  it.each([
    [0, 'None'],
    [1, 'Award'],
    [12, 'Award'],
    [13, 'Certificate'],
    [30, 'Certificate'],
    [36, 'Certificate'],
    [37, 'Diploma'],
    [120, 'Diploma'],
  ])('%i credits is %s', (credits, size) => {
    expect(qcfSize(credits)).toBe(size);
  });

  it('treats negative or non-numbers as None', () => {
    expect(qcfSize(-3)).toBe('None');
    expect(qcfSize(Number.NaN)).toBe('None');
  });
});
