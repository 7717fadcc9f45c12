// Issue 18 item 7 (SPEC 9.1 "Specialisms and qualifications as the sector writes them"): the specialisms of the career
// pathways report are recognised; SLCN and its words are one; "D/deaf" is one specialism, never split on "/".
import { canonicalSpecialism } from '../../../src/core/parse/canonicalSpecialism';
import { splitList } from '../../../src/core/parse/splitList';
import { AB, auditRows, indicator } from '../_fixtures/auditRows';

describe('specialisms as the sector writes them', () => {
  test.each([
    ['MLD', 'Moderate learning difficulties'],
    ['moderate learning difficulties', 'Moderate learning difficulties'],
    ['SLD', 'Severe learning difficulties'],
    ['Severe learning difficulties', 'Severe learning difficulties'],
    ['PMLD', 'Profound and multiple learning difficulties'],
    ['physical impairment', 'Physical impairment or disability'],
    ['Physical disabilities', 'Physical impairment or disability'],
    ['SLCN', 'Speech, language and communication needs'],
    ['Speech, language and communication needs', 'Speech, language and communication needs'],
    ['speech and language', 'Speech, language and communication needs'],
    ['SEMH', 'Social, emotional and mental health'],
    ['Social, emotional and mental health', 'Social, emotional and mental health'],
    ['D/deaf', 'Deaf and hearing impairment'],
    ['Makaton', 'Communication'],
    ['Mental health', 'Mental health'],
  ])('%s is %s', (text, canonical) => {
    expect(canonicalSpecialism(text)).toBe(canonical);
  });

  test('a list keeps "D/deaf" and the words of SLCN and SEMH whole', () => {
    expect(splitList('D/deaf; Autism')).toEqual(['D/deaf', 'Autism']);
    expect(splitList('Speech, language and communication needs, MLD')).toEqual(['Speech, language and communication needs', 'MLD']);
    expect(splitList('Social, emotional and mental health / ADHD')).toEqual(['Social, emotional and mental health', 'ADHD']);
    expect(splitList('Dyslexia/SpLD')).toEqual(['Dyslexia', 'SpLD']);
  });

  test('read from the staff table: SLCN written either way is one specialism, D/deaf is deaf, and nobody is an LLN specialist for it', () => {
    const audit = auditRows(['Name', 'LSA level', 'Specialisms', ...AB], [
      ['Ann', 2, 'Speech, language and communication needs', ...AB.map(() => 3)],
      ['Ben', 2, 'SLCN', ...AB.map(() => 3)],
      ['Cy', 2, 'D/deaf', ...AB.map(() => 3)],
      ['Di', 2, 'MLD; SLD; physical impairment', ...AB.map(() => 3)],
    ]);
    const specialisms = audit.staff.map((s) => s.member.specialisms);
    expect(specialisms).toEqual([
      ['Speech, language and communication needs'], ['Speech, language and communication needs'], ['Deaf and hearing impairment'],
      ['Moderate learning difficulties', 'Severe learning difficulties', 'Physical impairment or disability'],
    ]);
    const single = audit.workforce.filter((w) => w.section === 'Specialisms held by one person').map((w) => w.measure);
    expect(single).not.toContain('D: Cy');
    expect(audit.staff[0].qualifications.llnShown).toBe(false);
  });

  test('O11 counts staff for learners with MLD, SLD and physical impairment', () => {
    const audit = auditRows(['Name', 'LSA level', 'Specialisms', ...AB], [
      ['Di', 2, 'MLD; SLD; physical impairment', ...AB.map(() => 3)],
      ['Ed', 2, 'Moderate learning difficulties', ...AB.map(() => 3)],
    ], [{ name: 'Learner needs', firstRow: 1, firstColumn: 1, rows: [['Need', 'Learners'], ['MLD', 12], ['Severe learning difficulties', 4], ['Physical disability', 3]] }]);
    const o11 = indicator(audit, 'O11');
    // MLD: Di and Ed; SLD and physical impairment: Di alone (each under 2); none is "0 staff".
    expect(o11.value).toBe(2);
    expect(o11.note).toBe('Severe learning difficulties: 1 staff; Physical impairment or disability: 1 staff');
  });
});
