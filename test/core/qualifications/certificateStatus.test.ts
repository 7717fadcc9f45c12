import fc from 'fast-check';
import { certificateStatus } from '../../../src/core/qualifications/certificateStatus';
import { matchUnit, type MatchedUnit } from '../../../src/core/qualifications/matchUnit';
import { QCF_UNITS, qcfUnitById } from '../../../src/core/qualifications/qcfUnits';

const MANDATORY = ['Preparing to support learning', 'Learning support in the lifelong learning context', 'Learning support principles', 'Approaches to learning'];
const LLN_ALL = [
  'Preparing to support learning',
  'Learning support in the lifelong learning context (literacy, language and numeracy)',
  'Principles of learning support (literacy, language and numeracy)',
  'Approaches to learning (literacy, language and numeracy)',
  'Knowledge and understanding for supporting literacy and language',
  'Knowledge and understanding for supporting numeracy',
];
/** A catalogue unit held at a given level (a Level 2 version of a Level 3 unit is hypothetical: it tests the cap). */
const at = (id: string, level: number): MatchedUnit => ({ ...qcfUnitById(id)!, level });

describe('certificateStatus, generic Level 3 Certificate in Learning Support (seed 001)', () => {
  it('is Achieved with the 4 mandatory units (24) and 6 optional credits: 30', () => {
    const s = certificateStatus([...MANDATORY, 'Using ICT to support learning'], 'generic');
    expect(s).toMatchObject({ state: 'Achieved', creditsCounted: 30, creditsRequired: 30, missingMandatory: [], text: 'Achieved' });
  });

  it('counts at most 12 optional credits: 24 + 18 optional is 36', () => {
    const s = certificateStatus([...MANDATORY, 'Using ICT to support learning', 'Equality and diversity', 'Managing behaviours in the learning environment'], 'generic');
    expect(s.creditsCounted).toBe(36);
  });

  it('makes up the 6 optional credits from small units: 3 + 3', () => {
    const s = certificateStatus([...MANDATORY, 'Preparing for the mentoring role', 'Principles and practice of family learning'], 'generic');
    expect(s).toMatchObject({ state: 'Achieved', creditsCounted: 30 });
  });

  it('is In progress when optional credits fall short: 24 + 3 + 1 = 28', () => {
    const s = certificateStatus([...MANDATORY, 'Preparing for the mentoring role', 'Supporting and promoting a responsive service'], 'generic');
    expect(s.text).toBe('In progress: 28 of 30 credits, missing 2 optional credits');
    expect(s.creditsCounted).toBe(28);
  });

  it('names the missing mandatory units: 3 of 4 held is 18 of 30', () => {
    const s = certificateStatus(['Approaches to learning', 'Preparing to support learning', 'Learning support principles'], 'generic');
    expect(s.state).toBe('In progress');
    expect(s.missingMandatory).toEqual(['Learning support in the lifelong learning context']);
    expect(s.text).toBe('In progress: 18 of 30 credits, missing Learning support in the lifelong learning context, 6 optional credits');
  });

  it('shows progress against 30: optional credits beyond 6 do not hide a missing mandatory unit', () => {
    // 3 mandatory (18) + 12 optional: progress is 18 + 6 = 24
    const s = certificateStatus(['Approaches to learning', 'Preparing to support learning', 'Learning support principles', 'Equality and diversity', 'Using ICT to support learning'], 'generic');
    expect(s.text).toBe('In progress: 24 of 30 credits, missing Learning support in the lifelong learning context');
  });

  it('is In progress with only optional units', () => {
    expect(certificateStatus(['Using ICT to support learning'], 'generic').text).toBe(`In progress: 6 of 30 credits, missing ${MANDATORY.join(', ')}`);
  });

  it('is Not started with no unit of the certificate', () => {
    expect(certificateStatus([], 'generic')).toMatchObject({ state: 'Not started', creditsCounted: 0, text: 'Not started' });
    expect(certificateStatus(['Floristry'], 'generic').state).toBe('Not started');
    expect(certificateStatus(['Knowledge and understanding for supporting numeracy'], 'generic').state).toBe('Not started');
  });

  it('counts all Level 2 credits up to 12: Preparing at L2 (6) + the four L2 optionals (5) + mentoring (3)', () => {
    const units = ['Preparing to support learning (L2)', ...MANDATORY.slice(1), 'Inclusive approaches to providing information',
      'Literacy, language, numeracy and ICT needs for work, education and life', 'Skills check and signposting for literacy, language, numeracy and ICT',
      'Supporting and promoting a responsive service', 'Preparing for the mentoring role'];
    // Level 2: 6 + 1 + 2 + 1 + 1 = 11 <= 12, all counted; optional 5 + 3 = 8
    expect(certificateStatus(units, 'generic')).toMatchObject({ state: 'Achieved', creditsCounted: 32 });
  });

  it('does not count Level 2 credits beyond 12 (hypothetical L2 versions of 6-credit units)', () => {
    // Level 2: Preparing 6 + Equality 6 + ICT 6 = 18; only 12 count, so ICT adds nothing: 24 + 6 = 30, not 36
    const units = [at('preparing', 2), at('context', 3), at('principles', 3), at('approaches', 3), at('equality', 2), at('ict', 2)];
    expect(certificateStatus(units, 'generic')).toMatchObject({ state: 'Achieved', creditsCounted: 30 });
  });

  it('prefers Level 3 optional units before the Level 2 allowance runs out', () => {
    // Level 2 room after Preparing L2 is 6: used by Equality@2 only once ICT@3 (6) has been counted first
    const units = [at('preparing', 2), at('context', 3), at('principles', 3), at('approaches', 3), at('equality', 2), at('ict', 3), at('behaviours', 2)];
    expect(certificateStatus(units, 'generic').creditsCounted).toBe(36);
  });

  it('accepts an LLN-contextualised unit for its generic mandatory unit', () => {
    const s = certificateStatus([...LLN_ALL.slice(0, 4), 'Using ICT to support learning'], 'generic');
    expect(s).toMatchObject({ state: 'Achieved', creditsCounted: 30 });
  });

  it('keeps the higher level when a unit is listed twice', () => {
    const s = certificateStatus(['Preparing to support learning L2', 'Preparing to support learning L3', ...MANDATORY.slice(1), 'Equality and diversity'], 'generic');
    expect(s.state).toBe('Achieved');
  });
});

describe('certificateStatus, LLN certificate (seed 001)', () => {
  it('is Achieved with all 6 mandatory units (36 credits)', () => {
    expect(certificateStatus(LLN_ALL, 'lln', { english: 'Level 2', maths: 'Level 3' })).toMatchObject({ state: 'Achieved', creditsCounted: 36, creditsRequired: 36 });
  });

  it('allows Preparing to support learning at Level 2 (6 credits, the Level 2 maximum)', () => {
    expect(certificateStatus(['Preparing to support learning (Level 2)', ...LLN_ALL.slice(1)], 'lln').creditsCounted).toBe(36);
  });

  it('does not accept the generic versions of the contextualised units', () => {
    const s = certificateStatus([...MANDATORY, ...LLN_ALL.slice(4)], 'lln');
    // Preparing 6 + the two specialist units 12 = 18 of 36
    expect(s.text).toBe(`In progress: 18 of 36 credits, missing ${LLN_ALL.slice(1, 4).join(', ')}`);
  });

  it('needs the Level 2 English and maths entry requirement when a lower level is recorded', () => {
    const s = certificateStatus(LLN_ALL, 'lln', { english: 'Level 1', maths: 'Level 2' });
    expect(s.state).toBe('In progress');
    expect(s.text).toBe('In progress: 36 of 36 credits, missing Level 2 English (entry requirement)');
    expect(certificateStatus(LLN_ALL, 'lln', { english: 'Entry 3', maths: false }).text).toMatch(/missing Level 2 English and maths/);
  });

  it('does not block on English and maths that are not recorded', () => {
    expect(certificateStatus(LLN_ALL, 'lln', { english: null }).state).toBe('Achieved');
  });

  it('does not count mandatory credits at Level 2 beyond 6 (hypothetical L2 versions of the specialist units)', () => {
    // Preparing@2 uses the 6 Level 2 credits; the two specialist units at Level 2 count 0: 36 - 12 = 24
    const units = [at('preparing', 2), at('lln-context', 3), at('lln-principles', 3), at('lln-approaches', 3), at('lln-literacy', 2), at('lln-numeracy', 2)];
    expect(certificateStatus(units, 'lln').text).toBe('In progress: 24 of 36 credits, missing 12 credits at Level 3 (at most 6 may be at Level 2)');
  });

  it('is Not started without any LLN unit', () => {
    expect(certificateStatus(['Using ICT to support learning'], 'lln').state).toBe('Not started');
  });
});

describe('certificateStatus properties', () => {
  const held = fc.subarray(QCF_UNITS.map((u) => u.id)).chain((ids) =>
    fc.tuple(...ids.map((id) => fc.constantFrom(2, 3).map((level) => at(id, level)))));

  it('never counts more than 36 generic credits, and In progress always stays below the credits required', () => {
    fc.assert(
      fc.property(held, (units) => {
        for (const pathway of ['generic', 'lln'] as const) {
          const s = certificateStatus(units, pathway);
          expect(s.creditsCounted).toBeLessThanOrEqual(36);
          if (s.state === 'In progress') expect(s.creditsCounted).toBeLessThan(s.creditsRequired);
          if (s.state === 'Achieved') expect(s.creditsCounted).toBeGreaterThanOrEqual(s.creditsRequired);
        }
      }),
    );
  });

  it('a shared status for the same matched units equals a fresh one worked out from unfrozen copies', () => {
    const titles = QCF_UNITS.map((u) => u.title);
    fc.assert(fc.property(fc.subarray(titles), fc.boolean(), fc.constantFrom<'generic' | 'lln'>('generic', 'lln'), (picked, below, pathway) => {
      const units = picked.map((t) => matchUnit(t)!).filter(Boolean);
      const opts = { english: below ? ('Level 1' as const) : ('Level 2' as const) };
      const shared = certificateStatus(units, pathway, opts);
      expect(certificateStatus(units, pathway, opts)).toBe(shared);
      expect(certificateStatus(units.map((u) => ({ ...u })), pathway, opts)).toEqual(shared);
    }));
  });
});
