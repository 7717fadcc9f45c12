import { NOS_CATALOGUE } from '../../../../src/core/nos/nosCatalogue';
import { NOS_SUBJECTS, subjectStem as stem } from '../../../../src/core/nos/criterionSubjects';

describe('relevantVocabulary: the NOS subjects come from the catalogue (SPEC 3.6 v2)', () => {
  const catalogueText = NOS_CATALOGUE.map((c) => [c.title, ...c.knowledge.map((k) => k.text)].join(' ')).join(' ').toLowerCase();

  it('holds only words of the catalogue, each with the first criterion that uses it', () => {
    expect(NOS_SUBJECTS.size).toBeGreaterThan(40);
    for (const { word, code } of NOS_SUBJECTS.values()) {
      expect(catalogueText).toContain(word);
      expect(NOS_CATALOGUE.map((c) => c.code)).toContain(code);
    }
  });

  it.each([
    ['records', 'A14'], ['confidentiality', 'A13'], ['assessment', 'B4'], ['questioning', 'B5'], ['feedback', 'B5'],
    ['independence', 'A6'], ['english', 'A17'], ['maths', 'A17'], ['ict', 'A7'], ['behaviour', 'A10'], ['transition', 'C7'],
  ])('"%s" is a subject (first in %s)', (word, code) => {
    expect(NOS_SUBJECTS.get(stem(word))?.code).toBe(code);
  });

  it.each(['skills', 'improve', 'develop', 'learn', 'new', 'better', 'learning', 'support', 'work', 'confidence', 'people'])(
    'leaves out the common word "%s"', (word) => expect(NOS_SUBJECTS.has(stem(word))).toBe(false));

  it('stems words so their forms meet', () => {
    expect(stem('recording')).toBe(stem('records'));
    expect(stem('questions')).toBe(stem('questioning'));
    expect(stem('assess')).toBe(stem('assessment'));
    expect(stem('confidential')).toBe(stem('confidentiality'));
    expect(stem('communication')).toBe(stem('communicate'));
  });
});
