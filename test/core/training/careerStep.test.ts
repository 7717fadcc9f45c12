import { careerStep } from '../../../src/core/training/careerStep';

describe('careerStep', () => {
  it('follows seed 004 pathways for each aspiration', () => {
    expect(careerStep('teaching', 2, [])!.activity).toContain('PTLLS');
    expect(careerStep('senior', 2, [])).toMatchObject({ need: 'Career: prepare for a senior LSA role', hours: 30 });
    expect(careerStep('specialist', 2, ['autism'])!.activity).toContain('Specialist training in autism');
    expect(careerStep('management', 3, [])!.need).toBe('Career: prepare for LSA management');
  });

  it('sends a level 4 LSA aiming senior towards management', () => {
    expect(careerStep('senior', 4, [])!.need).toBe('Career: prepare for LSA management');
  });

  it('has no step for stay, other or no aspiration', () => {
    expect(careerStep('stay', 2, [])).toBeNull();
    expect(careerStep('other', 2, [])).toBeNull();
    expect(careerStep(null, 2, [])).toBeNull();
  });
});
