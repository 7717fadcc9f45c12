import { qcfCredits } from '../../../src/core/qualifications/qcfCredits';

describe('qcfCredits', () => {
  it('adds catalogue credits of the listed units', () => {
    // 6 (Approaches) + 3 (mentoring) + 1 (responsive service) = 10
    expect(qcfCredits(['Approaches to learning', 'Preparing for the mentoring role', 'Supporting and promoting a responsive service'])).toEqual({ credits: 10, unknown: [] });
  });

  it('counts a unit listed twice once', () => {
    expect(qcfCredits(['Equality and diversity', 'EQUALITY & DIVERSITY']).credits).toBe(6);
  });

  it('lists unknown titles and leaves their credits out', () => {
    expect(qcfCredits(['Using ICT to support learning', 'Floristry basics'])).toEqual({ credits: 6, unknown: ['Floristry basics'] });
  });

  it('uses the credits list where given, the catalogue for blanks', () => {
    // Floristry 4 (given) + Approaches 6 (catalogue) = 10
    expect(qcfCredits(['Floristry basics', 'Approaches to learning'], [4, null])).toEqual({ credits: 10, unknown: [] });
  });
});
