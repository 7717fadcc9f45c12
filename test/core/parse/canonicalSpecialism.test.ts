import { CANONICAL_SPECIALISMS, canonicalSpecialism } from '../../../src/core/parse/canonicalSpecialism';

describe('canonicalSpecialism', () => {
  test.each([
    ['ASC', 'Autism'],
    ['autistic spectrum', 'Autism'],
    ["Asperger's", 'Autism'],
    ['HI', 'Deaf and hearing impairment'],
    ['BSL level 2', 'Deaf and hearing impairment'],
    ['Sign language', 'Deaf and hearing impairment'],
    ['VI', 'Visual impairment'],
    ['sight loss', 'Visual impairment'],
    ['SpLD', 'Dyslexia and specific learning difficulties'],
    ['ESOL', 'Literacy and language'],
    ['Numeracy', 'Numeracy'],
    ['assistive technology', 'ICT and assistive technology'],
    ['Challenging behaviour', 'Behaviour for learning'],
    ['Mental health first aid', 'Mental health'],
    ['medication', 'Personal care and medication'],
    ['complex needs', 'Profound and multiple learning difficulties'],
    ['Makaton', 'Communication'],
    ['AAC', 'Communication'],
    ['adhd', 'ADHD'],
    ['supported employment', 'Work experience and supported employment'],
  ])('%s is %s', (text, canonical) => {
    expect(canonicalSpecialism(text)).toBe(canonical);
  });
  test('anything else is kept as written (tidied)', () => {
    expect(canonicalSpecialism('  Music  ')).toBe('Music');
    expect(canonicalSpecialism('Health and social care')).toBe('Health and social care');
    expect(canonicalSpecialism('Support at lunch')).toBe('Support at lunch');
  });
  test('lists the 14 canonical specialisms of SPEC 2.1 and the 5 of SPEC 9.1', () => {
    expect(CANONICAL_SPECIALISMS).toHaveLength(19);
  });
});
