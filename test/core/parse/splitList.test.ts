import { splitList, splitTitles } from '../../../src/core/parse/splitList';

describe('splitList', () => {
  test('splits on ; , / and new lines, trims, drops blanks and repeats', () => {
    expect(splitList('Autism; BSL / dyslexia, ESOL\nMakaton;; autism')).toEqual(['Autism', 'BSL', 'dyslexia', 'ESOL', 'Makaton']);
    expect(splitList('')).toEqual([]);
  });
  test('an item that means nothing is dropped whole: "n/a" is not "n" and "a" (SPEC 2.1 v2)', () => {
    expect(splitList('n/a')).toEqual([]);
    expect(splitList('Autism; N/A')).toEqual(['Autism']);
    expect(splitList('BSL/Makaton, none')).toEqual(['BSL', 'Makaton']);
  });
});

describe('splitTitles', () => {
  test('splits on ; and new lines only: titles hold commas (SPEC 2.1 v2)', () => {
    expect(splitTitles('Level 3 Certificate in Learning Support (Literacy, Language and Numeracy)')).toEqual(['Level 3 Certificate in Learning Support (Literacy, Language and Numeracy)']);
    expect(splitTitles('Literacy language numeracy and ICT needs for work, education and life; Learning support principles')).toEqual([
      'Literacy language numeracy and ICT needs for work, education and life',
      'Learning support principles',
    ]);
    expect(splitTitles('PTLLS\nNVQ 3')).toEqual(['PTLLS', 'NVQ 3']);
  });
});
