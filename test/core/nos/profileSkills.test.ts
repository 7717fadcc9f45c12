import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { profileSkills } from '../../../src/core/nos/profileSkills';
import type { Rating } from '../../../src/core/rating';
import type { StaffMember } from '../../../src/core/staffMember';

function member(overrides: Partial<StaffMember>): StaffMember {
  return {
    sheet: 'Staff', row: 2, id: 'S1', idFromRow: false, name: 'Sam', jobTitle: 'LSA', level: 2, specialisms: [],
    contract: null, contractText: null, hoursPerWeek: null, startDate: null, induction: null, lastReview: null,
    selfAssessmentDate: null, english: null, maths: null, ict: null, qualifications: [], qcfUnits: [], cpdHours: null,
    paidToTrain: null, mentor: null, jointTraining: null, peerNetwork: null, aspiration: null, aspirationText: null,
    selfRatings: {}, managerRatings: {}, compliance: {}, complianceExpiry: {}, fte: null, leavingDate: null, lastObservation: null, releaseTime: null, mappedCells: 0, filledCells: 0,
    ...overrides,
  };
}

/** Every A criterion rated a, every B rated b (C only when c is given). */
function all(a: Rating, b: Rating, c?: Rating): Record<string, Rating> {
  const out: Record<string, Rating> = {};
  for (const cr of NOS_CATALOGUE) {
    const r = cr.standard === 'A' ? a : cr.standard === 'B' ? b : c;
    if (r !== undefined) out[cr.code] = r;
  }
  return out;
}

describe('profileSkills', () => {
  // Level 2 generalist: targets A 3, B 2. Self: all A 3, all B 2, but A1 self 1, A2 self 4, B1 self 0, A3 blank.
  // Manager: A1 3, A2 2. Scored: A1 3 (gap 0), A2 2 (gap 1), B1 0 (gap 2), the rest on target.
  const self: Record<string, Rating> = { ...all(3, 2), A1: 1, A2: 4, B1: 0 };
  delete self.A3;
  const sam = member({ selfRatings: self, managerRatings: { A1: 3, A2: 2 } });
  const p = profileSkills(sam, NOS_CATALOGUE, []);

  it('scores the manager rating over the self rating', () => {
    expect(p.ratings.A1).toBe(3);
    expect(p.ratings.A2).toBe(2);
    expect(p.ratings.A3).toBeNull();
  });

  it('works out coverage and gap scores by hand', () => {
    // 23 of 24 assessed -> 95.8. Targets over assessed: 16 x 3 + 7 x 2 = 62; gaps 1 + 2 = 3 -> 4.8
    expect(p.coverage).toBe(95.8);
    expect(p.gapScore).toBe(4.8);
    // A: 1/48 -> 2.1; B: 2/14 -> 14.3
    expect(p.gapByStandard).toEqual({ A: 2.1, B: 14.3, C: null });
    expect(p.priorityGaps.map((g) => [g.code, g.priority])).toEqual([['B1', 'High'], ['A2', 'Medium']]);
    expect(p.strengths).toEqual([]);
  });

  it('lists criteria where self and manager differ by 2 or more to discuss', () => {
    expect(p.toDiscuss).toEqual([
      { code: 'A1', self: 1, manager: 3 },
      { code: 'A2', self: 4, manager: 2 },
    ]);
  });

  it('is not ready for level 3 when the gap against its targets exceeds 10', () => {
    // Level 3 targets A 3, B 3: sum t = 48 + 21 = 69; gaps A2 1, B1 3, B2-B7 1 each = 10 -> 14.5
    expect(p.readyForNextLevel).toBe(false);
  });

  it('is ready for the next level with coverage >= 80 and a gap <= 10 against its targets', () => {
    const ready = profileSkills(member({ level: 1, selfRatings: all(3, 2) }), NOS_CATALOGUE, []);
    expect(ready.gapScore).toBe(0);
    expect(ready.readyForNextLevel).toBe(true);
  });

  it('is not ready when coverage is below 80 even with no gaps', () => {
    const ratings = all(3, 3);
    for (const code of ['A1', 'A2', 'A3', 'A4', 'A5']) delete ratings[code]; // 19 of 24 = 79.2
    const r = profileSkills(member({ level: 2, selfRatings: ratings }), NOS_CATALOGUE, []);
    expect(r.coverage).toBe(79.2);
    expect(r.readyForNextLevel).toBe(false);
  });

  it('leaves readiness blank at level 4', () => {
    expect(profileSkills(member({ level: 4, selfRatings: all(4, 4) }), NOS_CATALOGUE, []).readyForNextLevel).toBeNull();
  });

  it('scores a person with no level at level 2', () => {
    const r = profileSkills(member({ level: null, selfRatings: { A1: 2 } }), NOS_CATALOGUE, []);
    expect(r.level).toBe(2);
    expect(r.targets.A1).toBe(3);
    expect(r.gapScore).toBe(33.3);
  });

  it('adds Standard C for a specialist', () => {
    const r = profileSkills(member({ specialisms: ['autism'], selfRatings: all(3, 2, 1) }), NOS_CATALOGUE, []);
    expect(r.specialist).toBe(true);
    expect(r.applicable).toHaveLength(31);
    // C target 2 at level 2, rating 1: gap 7 of 14 -> 50; overall 7 / (51 + 14 + 14) = 8.9
    expect(r.gapByStandard.C).toBe(50);
    expect(r.gapScore).toBe(8.9);
  });

  it('applies Targets-sheet overrides for the level', () => {
    const r = profileSkills(member({ selfRatings: all(3, 2) }), NOS_CATALOGUE, [{ level: 2, standard: 'A', criterion: null, target: 4 }]);
    // A gap 1 each: 17 of (68 + 14) = 20.7
    expect(r.gapScore).toBe(20.7);
  });
});
