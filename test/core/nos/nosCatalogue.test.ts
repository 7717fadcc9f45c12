import { NOS_CATALOGUE, criterionByCode } from '../../../src/core/nos/nosCatalogue';

describe('NOS_CATALOGUE (seed 002)', () => {
  it('holds 31 criteria: 17 in A, 7 in B, 7 in C', () => {
    expect(NOS_CATALOGUE).toHaveLength(31);
    const count = (s: string) => NOS_CATALOGUE.filter((c) => c.standard === s).length;
    expect([count('A'), count('B'), count('C')]).toEqual([17, 7, 7]);
  });

  it('lists criteria in order A1-A17, B1-B7, C1-C7 with codes made of standard and number', () => {
    const expected = [
      ...Array.from({ length: 17 }, (_, i) => `A${i + 1}`),
      ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`),
      ...Array.from({ length: 7 }, (_, i) => `C${i + 1}`),
    ];
    expect(NOS_CATALOGUE.map((c) => c.code)).toEqual(expected);
    for (const c of NOS_CATALOGUE) expect(c.code).toBe(`${c.standard}${c.number}`);
  });

  it('gives every KU statement to the criterion its number names', () => {
    for (const c of NOS_CATALOGUE) {
      expect(c.knowledge.length).toBeGreaterThan(0);
      for (const ku of c.knowledge) expect(ku.code).toMatch(new RegExp(`^KU${c.number}\\.\\d+$`));
    }
  });

  it('has unique KU codes within each criterion and 77 KU statements in all', () => {
    for (const c of NOS_CATALOGUE) expect(new Set(c.knowledge.map((k) => k.code)).size).toBe(c.knowledge.length);
    // A: 5+5+3+1+3+2+1+3+2+3+1+3+2+1+2+2+3 = 42; B: 3+2+3+3+2+2+2 = 17; C: 1+3+1+1+1+1+2 = 10
    const total = (s: string) => NOS_CATALOGUE.filter((c) => c.standard === s).reduce((n, c) => n + c.knowledge.length, 0);
    expect([total('A'), total('B'), total('C')]).toEqual([42, 17, 10]);
  });

  it('transcribes titles verbatim, without the leading number', () => {
    expect(criterionByCode('A1')?.title).toBe('Provide high quality learning support that enables learners to achieve identified goals.');
    expect(criterionByCode('A8')?.title).toBe('Support learner progression.');
    expect(criterionByCode('B5')?.title).toBe(
      'Promote learning through questioning and constructive feedback and involve learners in feedback activities.',
    );
    expect(criterionByCode('C7')?.title).toBe('Support progression and the transition of the learner in the context of the specialist area(s).');
  });

  it('transcribes KU statements verbatim, including those flattened into other cells', () => {
    const ku = (code: string, ku: string) => criterionByCode(code)?.knowledge.find((k) => k.code === ku)?.text;
    expect(ku('A17', 'KU17.3')).toBe(
      'Ensure own personal skills in English and/or Welsh, mathematics and ICT are appropriate for the effective support of learners.',
    );
    expect(ku('A5', 'KU5.3')).toBe('How to use new and emergent technologies to meet the needs of individual learners.');
    expect(ku('B1', 'KU1.3')).toBe("Requirements of learner's programme(s).");
    expect(ku('B6', 'KU6.2')).toMatch(/^How to support learners in their understanding of assessment requirements/);
    expect(ku('C2', 'KU2.3')).toBe('Ways that specialist learning support can effectively address individual learning needs and promote inclusion.');
  });

  it('reads the second KU4.1 of Standard B as KU4.2 (seeds README)', () => {
    expect(criterionByCode('B4')?.knowledge.map((k) => k.code)).toEqual(['KU4.1', 'KU4.2', 'KU4.3']);
    expect(criterionByCode('B4')?.knowledge[1].text).toBe('The practical application of different forms of formative and summative assessment.');
  });

  it('returns undefined for a code outside the catalogue', () => {
    expect(criterionByCode('A18')).toBeUndefined();
  });
});
