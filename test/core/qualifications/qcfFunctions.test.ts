import { certStatusFn, qcfCreditsFn } from '../../../src/core/qualifications/qcfFunctions';

describe('qcfCreditsFn (QCFCREDITS)', () => {
  it('adds catalogue credits of a column of unit titles, blanks ignored', () => {
    // 6 (Approaches) + 6 (ICT) + 1 (responsive service) = 13
    expect(qcfCreditsFn([['Approaches to learning'], ['Using ICT to support learning'], [''], ['Supporting and promoting a responsive service']])).toEqual({ value: 13 });
  });

  it('reads several titles in one cell separated by semicolons', () => {
    expect(qcfCreditsFn([['Approaches to learning; Equality & diversity']])).toEqual({ value: 12 });
  });

  it('gives #VALUE! naming an unknown unit', () => {
    const r = qcfCreditsFn([['Approaches to learning'], ['Floristry']]);
    expect(r).toEqual({ error: 'value', message: expect.stringContaining("'Floristry' is not a unit") });
  });

  it('sums the credits range when given, using the catalogue for blank credit cells', () => {
    // Floristry 4 (given) + Approaches 6 (catalogue) = 10
    expect(qcfCreditsFn([['Floristry'], ['Approaches to learning']], [[4], [null]])).toEqual({ value: 10 });
    expect(qcfCreditsFn([[''], ['']], [[6], [3]])).toEqual({ value: 9 });
  });

  it('gives #VALUE! for credits that are not numbers, or ranges of different sizes', () => {
    expect(qcfCreditsFn([['Approaches to learning']], [['six']])).toMatchObject({ error: 'value', message: "Credits must be numbers of 0 or more; got 'six'" });
    expect(qcfCreditsFn([['a'], ['b']], [[6]])).toMatchObject({ error: 'value', message: expect.stringMatching(/same size/) });
  });
});

describe('certStatusFn (CERTSTATUS)', () => {
  const mandatory = [['Preparing to support learning'], ['Learning support in the lifelong learning context'], ['Learning support principles'], ['Approaches to learning']];

  it('is "Achieved" for the 4 mandatory units and 6 optional credits', () => {
    expect(certStatusFn([...mandatory, ['Equality and diversity']])).toEqual({ value: 'Achieved' });
  });

  it('says what is missing while in progress', () => {
    expect(certStatusFn(mandatory)).toEqual({ value: 'In progress: 24 of 30 credits, missing 6 optional credits' });
  });

  it('is "Not started" for an empty range', () => {
    expect(certStatusFn([[''], [null]])).toEqual({ value: 'Not started' });
  });

  it('checks the LLN pathway when asked', () => {
    // SPEC 9.1: the generic units (Preparing to support learning is shared) do not start the LLN certificate.
    expect(certStatusFn(mandatory, 'LLN')).toEqual({ value: 'Not started' });
    expect(certStatusFn([...mandatory, ['Knowledge and understanding for supporting numeracy']], 'LLN')).toEqual({
      value: 'In progress: 12 of 36 credits, missing Learning support in the lifelong learning context (literacy, language and numeracy), ' +
        'Principles of learning support (literacy, language and numeracy), Approaches to learning (literacy, language and numeracy), ' +
        'Knowledge and understanding for supporting literacy and language',
    });
  });

  it('gives #VALUE! for an unknown pathway or unit title', () => {
    expect(certStatusFn(mandatory, 'diploma')).toMatchObject({ error: 'value', message: expect.stringMatching(/pathway must be "generic" or "LLN"/) });
    expect(certStatusFn([['Basket weaving']])).toMatchObject({ error: 'value', message: expect.stringContaining("'Basket weaving'") });
    expect(certStatusFn([[42]])).toMatchObject({ error: 'value' });
  });
});
