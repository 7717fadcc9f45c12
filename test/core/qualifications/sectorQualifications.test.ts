// Issue 18 item 7 and SPEC 9.1 "Levels of degrees": learning-support qualifications as the sector writes them.
import { learningSupportQualification } from '../../../src/core/qualifications/learningSupportQualification';

const level = (title: string) => learningSupportQualification(title)?.level;

describe('learning-support qualifications as the sector writes them', () => {
  test.each([
    // seeds 003 and 004: the OCN Level 3 for supporting learners with learning difficulties and/or disabilities
    ['OCN Level 3 Certificate in Supporting Learners with Learning Difficulties and/or Disabilities', 3],
    ['OCN Level 3 Supporting people with learning difficulties and disabilities', 3],
    ['CACHE Level 3 Certificate in Specialist Support for Teaching and Learning', 3],
    ['CACHE Specialist Support for Teaching and Learning in Schools (Level 3)', 3],
    ['HLTA status', 4],
    ['Higher Level Teaching Assistant status', 4],
    ['Foundation Degree in Inclusive Practice', 5],
    ['BA (Hons) Inclusive Practice', 6],
    ["Bachelor's degree in Learning Support", 6],
    ['MA Inclusive Practice', 7],
    ["Master's degree in Inclusive Practice", 7],
    ['PGCE (Inclusive Practice)', 7],
  ])('%s is a learning-support qualification at Level %s', (title, want) => {
    expect(level(title)).toBe(want);
  });

  test.each(['PGCE', 'BA (Hons) Music', "Master's degree in History", 'PTLLS'])('%s is not a learning-support qualification', (title) => {
    expect(learningSupportQualification(title)).toBeNull();
  });
});
