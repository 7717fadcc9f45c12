import { highestLearningSupportLevel, learningSupportQualification } from '../../../src/core/qualifications/learningSupportQualification';

const level = (title: string) => learningSupportQualification(title)?.level;

describe('learningSupportQualification', () => {
  it.each([
    // Career pathways 2011, "Designed for LSAs"
    ['Level 2 Award in Preparing to Support Learning', 2],
    ['Level 2 Award in Learning Support', 2],
    ['Level 2 Award in Literacy, Language, Numeracy, ICT Awareness', 2],
    ['Level 3 Award in Preparing to Support Learning', 3],
    ['Level 3 Award in Learning Support', 3],
    ['Level 3 Certificate in Learning Support (disabled learners)', 3],
    ['Level 3 Certificate in Learning Support (literacy, language and numeracy)', 3],
    // Career pathways 2011: Foundation Degree (Learning Support/ Inclusive Learning); SPEC adds inclusive practice
    ['Foundation Degree (Learning Support/ Inclusive Learning)', 5],
    ['FdA Inclusive Practice', 5],
    // titles naming supporting teaching and learning, or teaching assistant
    ['NVQ 2 Supporting Teaching and Learning', 2],
    ['NVQ Level 3 Supporting Teaching & Learning in Schools', 3],
    ['CACHE L3 Certificate for Teaching Assistants', 3],
  ])('%s is a learning-support qualification at Level %i', (title, expected) => {
    expect(level(title)).toBe(expected);
  });

  it('reads "Award in ... Level 2" with the level after the title', () => {
    expect(level('Award in Learning Support Level 2')).toBe(2);
  });

  it('takes the seed 001 certificates as Level 3 when the title has no level', () => {
    expect(level('Certificate in Learning Support')).toBe(3);
    expect(level('Award in Preparing to Support Learning')).toBe(3); // "2 or 3": 3 unless it says 2
    expect(level('Award in Literacy, Language, Numeracy and ICT Awareness')).toBe(2);
  });

  it('gives no level when the title states none', () => {
    expect(learningSupportQualification('Teaching Assistant course')).toEqual({ title: 'Teaching Assistant course', level: null });
  });

  it('does not count other qualifications', () => {
    for (const t of ['Level 3 PTLLS', 'NVQ 2 in Health and Social Care', 'Level 2 Certificate in British Sign Language', 'GCSE English', 'Foundation Degree in Business']) {
      expect(learningSupportQualification(t)).toBeNull();
    }
  });
});

describe('highestLearningSupportLevel', () => {
  it('is the largest level among learning-support qualifications only', () => {
    expect(highestLearningSupportLevel(['GCSE English', 'Level 2 Award in Learning Support', 'Level 5 DTLLS'])).toBe(2);
    expect(highestLearningSupportLevel(['NVQ 2 Supporting Teaching and Learning', 'Foundation Degree in Learning Support'])).toBe(5);
  });

  it('is null when none is held', () => {
    expect(highestLearningSupportLevel([])).toBeNull();
    expect(highestLearningSupportLevel(['Level 3 PTLLS'])).toBeNull();
  });
});
