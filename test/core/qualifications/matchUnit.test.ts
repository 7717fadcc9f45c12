import { matchUnit } from '../../../src/core/qualifications/matchUnit';

describe('matchUnit', () => {
  it('reads "(L2)" on Preparing to support learning as Level 2', () => {
    const unit = matchUnit('Preparing to Support Learning (L2)');
    expect(unit?.id).toBe('preparing');
    expect(unit?.level).toBe(2);
    expect(unit?.credits).toBe(6);
  });

  it('holds Preparing to support learning at Level 3 unless the record says Level 2', () => {
    expect(matchUnit('Preparing to support learning')?.level).toBe(3);
    expect(matchUnit('Preparing to support learning', 2)?.level).toBe(2);
    expect(matchUnit('Preparing to support learning Level 2')?.level).toBe(2);
  });

  it('keeps a single-level unit at its catalogue level whatever the record says', () => {
    expect(matchUnit('Using ICT to support learning', 2)?.level).toBe(3);
    expect(matchUnit('Inclusive approaches to providing information (Level 3)')?.level).toBe(2);
  });

  it('ignores case, punctuation and "and" / "&"', () => {
    expect(matchUnit('EQUALITY & DIVERSITY')?.id).toBe('equality');
    expect(matchUnit('Literacy language numeracy & ICT needs for work, education and life*')?.id).toBe('lln-ict-needs');
    expect(matchUnit('Practice based investigation')?.id).toBe('investigation');
    expect(matchUnit('Supporting the learning of 14–19 year-olds')?.id).toBe('14-19');
  });

  it('reads the OCR slip "persona!" as "personal"', () => {
    expect(matchUnit('Providing learners with persona! care support')?.id).toBe('personal-care');
  });

  it('tolerates up to two other slips when one unit is nearest', () => {
    expect(matchUnit('Aproaches to lerning')?.id).toBe('approaches');
    expect(matchUnit('Approaches to teaching')).toBeNull();
  });

  it('tells the LLN-contextualised units from the generic ones', () => {
    expect(matchUnit('Approaches to learning')?.id).toBe('approaches');
    expect(matchUnit('Approaches to learning (literacy, language and numeracy)')?.id).toBe('lln-approaches');
    expect(matchUnit('Approaches to learning (LLN)')?.id).toBe('lln-approaches');
    expect(matchUnit('Principles of learning support (literacy, language & numeracy)')?.id).toBe('lln-principles');
  });

  it('drops unit numbers, credits and a trailing "unit"', () => {
    expect(matchUnit('Unit 3: Using ICT to support learning (6 credits)')?.id).toBe('ict');
    expect(matchUnit('Using ICT to support learning unit')?.id).toBe('ict');
  });

  it('returns null for a title not in the catalogue', () => {
    expect(matchUnit('British Sign Language Level 1')).toBeNull();
    expect(matchUnit('')).toBeNull();
  });
});
