import { QCF_UNITS, qcfPathwayUnits, qcfUnitById } from '../../../src/core/qualifications/qcfUnits';

describe('QCF unit catalogue (seed 001)', () => {
  it('holds the 4 mandatory units of the generic certificate, 6 credits each (24)', () => {
    const mandatory = qcfPathwayUnits('generic', 'mandatory');
    expect(mandatory.map((u) => u.title)).toEqual([
      'Preparing to support learning',
      'Learning support in the lifelong learning context',
      'Learning support principles',
      'Approaches to learning',
    ]);
    expect(mandatory.reduce((s, u) => s + u.credits, 0)).toBe(24);
  });

  it('holds the 13 optional units with their credits and levels', () => {
    const optional = qcfPathwayUnits('generic', 'optional');
    expect(optional).toHaveLength(13);
    // hand-summed from the seed's chart: 6+1+2+6+6+3+3+3+1+1+6+6+6 = 50
    expect(optional.reduce((s, u) => s + u.credits, 0)).toBe(50);
    expect(optional.filter((u) => u.levels.includes(2)).map((u) => u.id)).toEqual(['inclusive-info', 'lln-ict-needs', 'skills-check', 'responsive']);
  });

  it('holds the 6 mandatory LLN units (36 credits), 3 contextualised and 2 specialist', () => {
    const lln = qcfPathwayUnits('lln', 'mandatory');
    expect(lln).toHaveLength(6);
    expect(lln.reduce((s, u) => s + u.credits, 0)).toBe(36);
    expect(lln.filter((u) => u.contextualises !== null).map((u) => u.contextualises)).toEqual(['context', 'principles', 'approaches']);
    expect(qcfUnitById('lln-literacy')?.title).toBe('Knowledge and understanding for supporting literacy and language');
    expect(qcfUnitById('lln-numeracy')?.title).toBe('Knowledge and understanding for supporting numeracy');
  });

  it('gives Preparing to support learning the levels "2 or 3"', () => {
    expect(qcfUnitById('preparing')?.levels).toEqual([2, 3]);
  });

  it('fixes the seed OCR slip "persona!" in the canonical title', () => {
    expect(qcfUnitById('personal-care')?.title).toBe('Providing learners with personal care support');
    expect(QCF_UNITS.some((u) => u.title.includes('!'))).toBe(false);
  });

  it('marks the starred units also in the Level 2 Award in LLN and ICT Awareness', () => {
    expect(QCF_UNITS.filter((u) => u.inLlnIctAward).map((u) => u.id)).toEqual(['lln-ict-needs', 'skills-check', 'responsive']);
  });

  it('has unique ids', () => {
    expect(new Set(QCF_UNITS.map((u) => u.id)).size).toBe(QCF_UNITS.length);
  });
});
