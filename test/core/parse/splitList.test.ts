import { splitList, splitTitles } from '../../../src/core/parse/splitList';

describe('splitList', () => {
  test('splits on ; , / and new lines, trims, drops blanks and repeats', () => {
    expect(splitList('Autism; BSL / dyslexia, ESOL\nMakaton;; autism')).toEqual(['Autism', 'BSL', 'dyslexia', 'ESOL', 'Makaton']);
    expect(splitList('')).toEqual([]);
  });
});

describe('splitTitles', () => {
  test('splits on ; and new lines, and on commas only before a capital', () => {
    expect(splitTitles('Approaches to learning, Equality and Diversity')).toEqual(['Approaches to learning', 'Equality and Diversity']);
    expect(splitTitles('Literacy language numeracy and ICT needs for work, education and life; Learning support principles')).toEqual([
      'Literacy language numeracy and ICT needs for work, education and life',
      'Learning support principles',
    ]);
    expect(splitTitles('PTLLS\nNVQ 3')).toEqual(['PTLLS', 'NVQ 3']);
  });
});
