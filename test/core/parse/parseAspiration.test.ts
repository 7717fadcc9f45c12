import { parseAspiration } from '../../../src/core/parse/parseAspiration';

describe('parseAspiration', () => {
  // Issue 11, failure 5: the three sentences read by first keyword in version 1.
  test.each([
    ['I do not want to teach, stay as LSA', 'stay'],
    ['Teaching assistant in a school', 'schools'],
    ['Stay as an LSA but take on more responsibility', 'responsibility'],
  ])('reads "%s" as a sentence: %s', (text, aspiration) => {
    expect(parseAspiration(text)).toBe(aspiration);
  });

  // Every pathway of Career pathways 2011, as people write it.
  test.each([
    ['Happy where I am', 'stay'],
    ['Stay in current role', 'stay'],
    ['No plans to move on', 'stay'],
    ["Not looking to change, I'm happy as an LSA", 'stay'],
    ['Take on more responsibility', 'responsibility'],
    ['Remain an LSA with extra responsibilities', 'responsibility'],
    ['Become a senior LSA', 'senior'],
    ['Advanced practitioner', 'senior'],
    ['LSA representative', 'representative'],
    ['Become a Union Learning Representative', 'representative'],
    ['Specialise in autism', 'specialist'],
    ['BSL interpreter', 'specialist'],
    ['Support tutor', 'supportTutor'],
    ['Learning support tutor in 2 years', 'supportTutor'],
    ['Specialist support tutor for Deaf learners', 'specialistTutor'],
    ['Learning support co-ordinator', 'coordinator'],
    ['Learning support manager one day', 'management'],
    ['Train as a teacher (PGCE)', 'teaching'],
    ['Do PTLLS and then CTLLS', 'teaching'],
    ['Trainer in work-based learning', 'training'],
    ['NVQ assessor', 'training'],
    ['Research and professional development', 'research'],
    ['HLTA', 'schools'],
    ['TA in a primary school', 'schools'],
    ['Move into social care', 'outside'],
    ['Nursing', 'outside'],
    ['Work in the health service', 'outside'],
    ['Learning mentor', 'lateral'],
    ['Careers adviser', 'lateral'],
    ['Work with autistic learners more', 'specialist'],
    ['Not interested in progressing', 'stay'],
    ['Keep doing what I do', 'stay'],
    ['Leave the sector', 'other'],
    ['Travel the world', 'other'],
  ])('%s is %s', (text, aspiration) => {
    expect(parseAspiration(text)).toBe(aspiration);
  });

  test.each([
    ['Senior LSA, then teaching', 'senior'], // the first goal named is the next step
    ['Teaching, or maybe senior LSA', 'teaching'],
    ["Don't want to be a manager, would like to specialise in dyslexia", 'specialist'],
    ['Not interested in teaching or management - happy as I am', 'stay'],
    ['Not sure yet, maybe teaching', 'teaching'],
    ["Wouldn't mind being a senior LSA", 'senior'],
    ['Teaching is not for me', 'other'],
    ['Stay as a specialist BSL communicator', 'stay'], // the role kept, not a new goal
    ['Remain in my role and take on more responsibility', 'responsibility'],
    ['Stay with the team, then become an advanced practitioner', 'senior'],
  ])('negation and order: "%s" is %s', (text, aspiration) => {
    expect(parseAspiration(text)).toBe(aspiration);
  });

  test('blank is not recorded', () => {
    expect(parseAspiration(null)).toBeNull();
    expect(parseAspiration(' - ')).toBeNull();
  });
});
