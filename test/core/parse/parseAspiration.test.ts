import { parseAspiration } from '../../../src/core/parse/parseAspiration';

describe('parseAspiration', () => {
  test.each([
    ['Happy where I am', 'stay'],
    ['Stay in current role', 'stay'],
    ['Train as a teacher (PGCE)', 'teaching'],
    ['Become a senior LSA', 'senior'],
    ['HLTA', 'senior'],
    ['Learning support manager one day', 'management'],
    ['Specialise in autism', 'specialist'],
    ['BSL interpreter', 'specialist'],
    ['Travel the world', 'other'],
    ['Senior LSA, then teaching', 'senior'], // the first goal named is the next step
    ['Teaching, or maybe senior LSA', 'teaching'],
  ])('%s is %s', (text, aspiration) => {
    expect(parseAspiration(text)).toBe(aspiration);
  });
  test('blank is not recorded', () => {
    expect(parseAspiration(null)).toBeNull();
    expect(parseAspiration(' - ')).toBeNull();
  });
});
