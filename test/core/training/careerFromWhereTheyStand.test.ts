// Issue 18 item 12 and issue 20 (SPEC 9.2 "Careers from where people stand"): the career step takes what is held.
import { careerStep } from '../../../src/core/training/careerStep';
import { parseAspiration } from '../../../src/core/parse/parseAspiration';
import { specialismNamedIn } from '../../../src/core/parse/canonicalSpecialism';
import { AB, auditRows } from '../_fixtures/auditRows';

const text = (s: ReturnType<typeof careerStep>) => `${s!.need} ${s!.activity}`;

describe('careers from where people stand', () => {
  test('with no teacher training, the first rung by today\'s name, the old one in brackets once', () => {
    const step = careerStep('teaching', 2, [], { qualifications: [] });
    expect(step!.activity).toMatch(/^Level 3 Award in Education and Training \(formerly PTLLS\)/);
    expect(text(step).match(/PTLLS/g)).toHaveLength(1);
  });

  test.each([
    [['PTLLS'], /Level 4 Certificate in Education and Training \(formerly CTLLS\)|Level 5 Diploma in Education and Training \(formerly DTLLS\)/],
    [['Level 3 Award in Education and Training'], /Level 5 Diploma in Education and Training \(formerly DTLLS\)/],
    [['CTLLS'], /^Level 5 Diploma in Education and Training \(formerly DTLLS\)/],
    [['DTLLS'], /QTLS/],
    [['Cert Ed'], /QTLS/],
    [['PGCE'], /QTLS/],
  ])('holding %j, a teaching aspirant is offered the next rung (%s)', (qualifications, next) => {
    const step = careerStep('teaching', 3, [], { qualifications });
    expect(step!.activity).toMatch(next);
    expect(step!.activity).not.toMatch(/Level 3 Award in Education and Training|^PTLLS/);
  });

  test.each([[['DTLLS']], [['PGCE']], [['Level 5 Diploma in Education and Training']]])('holding %j, no rung below or at it is suggested', (qualifications) => {
    for (const aspiration of ['teaching', 'supportTutor', 'training'] as const) {
      const t = text(careerStep(aspiration, 3, [], { qualifications }));
      expect(t).not.toMatch(/Award in Education and Training|Certificate in Education and Training|Diploma in Education and Training/);
    }
  });

  test('a specialist tutor who holds a teaching qualification is not told to get one', () => {
    expect(careerStep('specialistTutor', 3, ['Autism'], { qualifications: [] })!.activity).toMatch(/teaching qualification/);
    expect(careerStep('specialistTutor', 3, ['Autism'], { qualifications: ['Cert Ed'] })!.activity).not.toMatch(/teaching qualification/);
  });

  test('a specialism named in the aspiration wins over the ones held', () => {
    expect(specialismNamedIn('Specialist in sight loss')).toBe('Visual impairment');
    expect(specialismNamedIn('Specialise further')).toBeNull();
    const step = careerStep('specialist', 3, ['Autism', 'Mental health'], { aspirationSpecialism: 'Visual impairment' });
    expect(step!.activity).toMatch(/^Specialist training in Visual impairment/);
    expect(careerStep('specialist', 3, ['Autism'], { aspirationSpecialism: null })!.activity).toMatch(/^Specialist training in Autism/);
    // Through the audit: the aspiration is read once, at the boundary.
    const audit = auditRows(['Name', 'LSA level', 'Specialisms', 'Career aspiration', ...AB], [
      ['Olivia Brown', 3, 'Assistive technology; Visual impairment', 'Specialist in sight loss', ...AB.map(() => 3)],
    ]);
    expect(audit.staff[0].needs.find((n) => n.category === 'Career')!.suggestedActivity).toMatch(/^Specialist training in Visual impairment/);
  });

  test.each(['AET next year', 'Level 3 Award in Education and Training', 'Do my DET', 'Start the Certificate in Education and Training'])('"%s" is the teaching pathway (today\'s names read)', (aspiration) => {
    expect(parseAspiration(aspiration)).toBe('teaching');
  });

  test('supported employment and job coaching is a pathway', () => {
    expect(parseAspiration('Supported employment job coach')).toBe('supportedEmployment');
    expect(parseAspiration('I would like to become a job coach')).toBe('supportedEmployment');
    const step = careerStep('supportedEmployment', 2, ['Work experience and supported employment'])!;
    expect(step.need).toBe('Career: develop supported employment and job coaching');
    expect(step.activity).toMatch(/work placements/);
  });

  test('the mentoring unit is not suggested to someone who holds it', () => {
    expect(careerStep('senior', 2, [], { heldUnits: [] })!.activity).toMatch(/Preparing for the mentoring role/);
    expect(careerStep('senior', 2, [], { heldUnits: ['mentoring'] })!.activity).not.toMatch(/Preparing for the mentoring role/);
  });

  test('a management qualification held is not suggested again', () => {
    expect(careerStep('management', 2, [], { qualifications: ['Certificate in First Line Management'] })!.activity).not.toMatch(/First Line Management \(or/);
  });

  test('through the audit: the sample\'s Charlotte Wood holds PTLLS and wants to teach; she is not told to take PTLLS', () => {
    const audit = auditRows(['Name', 'LSA level', 'Qualifications', 'Career aspiration', ...AB], [
      ['Charlotte Wood', 4, 'Foundation Degree in Learning Support; PTLLS', 'Teaching', ...AB.map(() => 4)],
    ]);
    const career = audit.staff[0].needs.find((n) => n.category === 'Career')!;
    expect(career.suggestedActivity).not.toMatch(/^PTLLS|Level 3 Award in Education and Training/);
    expect(career.suggestedActivity).toMatch(/formerly CTLLS|formerly DTLLS/);
  });
});
