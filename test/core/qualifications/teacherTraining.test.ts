// SPEC 9.1 "Today's names, the seeds' names recognised": AET, CET and DET, and PTLLS, CTLLS and DTLLS at the same levels.
import { teacherTrainingHeld } from '../../../src/core/qualifications/teacherTraining';

describe('teacherTrainingHeld', () => {
  test.each([
    [['PTLLS'], 'AET', 3],
    [['Level 3 PTLLS'], 'AET', 3],
    [['Preparing to Teach in the Lifelong Learning Sector'], 'AET', 3],
    [['Level 3 Award in Education and Training'], 'AET', 3],
    [['AET'], 'AET', 3],
    [['CTLLS'], 'CET', 4],
    [['Level 4 Certificate in Education and Training'], 'CET', 4],
    [['DTLLS'], 'DET', 5],
    [['Level 5 Diploma in Education and Training'], 'DET', 5],
    [['DET'], 'DET', 5],
    [['Cert Ed'], 'Cert Ed', 5],
    [['Certificate in Education (PCET)'], 'Cert Ed', 5],
    [['PGCE'], 'PGCE', 7],
    [['QTLS'], 'QTLS', 8],
    [['PTLLS', 'DTLLS'], 'DET', 5],
    [['Foundation Degree in Learning Support', 'PTLLS'], 'AET', 3],
  ])('%j: the highest rung is %s (level %i)', (titles, rung, level) => {
    expect(teacherTrainingHeld(titles)).toMatchObject({ rung, level });
  });

  test.each([[['Working towards DTLLS']], [['Level 3 Certificate in Learning Support']], [['Level 4 Certificate in Education and Training (in progress)']], [[]]])('%j holds no teacher training', (titles) => {
    expect(teacherTrainingHeld(titles)).toBeNull();
  });

  test('the certificate in learning support, or in education and training, is not a Certificate in Education', () => {
    expect(teacherTrainingHeld(['Level 3 Certificate in Learning Support (literacy, language and numeracy)'])).toBeNull();
    expect(teacherTrainingHeld(['Level 4 Certificate in Education and Training'])?.rung).toBe('CET');
  });
});
