import { depthOf, reflectionCheck, reflectionSummary } from '../../../../src/core/development/reflection/reflectionCheck';
import { readEntry } from '../../../../src/core/development/reflection/reflectionText';

describe('reflectionCheck (SPEC 9.3)', () => {
  it('finds retelling alone Descriptive and asks for how it went and what comes next', () => {
    const r = reflectionCheck('Supported J in maths today. We did fractions and he completed the worksheet.');
    expect(r.stages).toEqual(['description']);
    expect(r.depth).toBe('Descriptive');
    expect(r.advice).toBe('Say how it went (what went well, what did not) and why, then say what you learnt from it or what you will do differently next time.');
  });

  it('finds evaluation without a conclusion or action Partly reflective', () => {
    const r = reflectionCheck('Worked with T in catering. It did not go well, he kept walking off.');
    expect(r.depth).toBe('Partly reflective');
    expect(r.advice).toBe('Say what you learnt from it or what you will do differently next time.');
  });

  it('finds all six Gibbs stages under typed headings, and the same under Kolb headings', () => {
    const gibbs = reflectionCheck('Description: observed in ESOL\nFeelings: nervous\nEvaluation: ok\nAnalysis: new room\nConclusion: prepare\nAction plan: visit first');
    expect(gibbs.stages).toEqual(['description', 'feelings', 'evaluation', 'analysis', 'conclusion', 'action plan']);
    expect(gibbs.advice).toBe('Reflective');
    const kolb = reflectionCheck('Concrete experience: used the hoist with C\nReflective observation: rushed\nAbstract conceptualisation: go at her pace\nActive experimentation: talk her through it');
    expect(kolb.stages).toEqual(['description', 'evaluation', 'conclusion', 'action plan']);
    expect(kolb.depth).toBe('Reflective');
  });

  it('reads short CPD-log notes in the third round\'s words, and keeps a wish or a maybe from counting as a plan', () => {
    const stages = (t: string) => reflectionCheck(t).stages;
    // Verdicts on the CPD: it confirmed what one knew, it was beneficial, something was missing, it was needed.
    for (const t of ['Consolidated my existing knowledge.', 'Very beneficial for new starters.', 'Would have preferred a shorter day.', 'It was long overdue.']) {
      expect({ t, evaluation: stages(t).includes('evaluation') }).toEqual({ t, evaluation: true });
    }
    // A change already made is an action and the CPD's impact; a change still to come is a plan only.
    for (const t of ['Putting the strategies into practice in catering.', 'We have been using timers in maths.', 'Have since moved C nearer the board.']) {
      expect({ t, depth: reflectionCheck(t).depth }).toEqual({ t, depth: 'Reflective' });
    }
    expect(reflectionCheck('I will put it into practice next term.').depth).toBe('Descriptive');
    expect(stages('Could be useful in future.')).not.toContain('action plan');
    expect(stages('We agreed she would sit nearer the door.')).toContain('action plan');
    expect(stages('I think that is partly why he gave up.')).toContain('analysis');
    expect(stages('I was petrified before the observation.')).toContain('feelings');
  });

  it('reads a heading typed on a line of its own as the stage of the next line, and an empty heading as nothing', () => {
    expect(readEntry('What went well\nthe group work')).toEqual([{ text: 'the group work', heading: 'evaluation' }]);
    expect(reflectionCheck('Supported in catering.\nEvaluation:\nConclusion:\nAction plan:').depth).toBe('Descriptive');
  });

  it('reads typos and dropped apostrophes as the words they stand for', () => {
    const r = reflectionCheck('didnt go well becuase the room was noisy. i relised i need a quieter space. nxt time ask for room 4');
    expect(r.stages).toEqual(expect.arrayContaining(['evaluation', 'analysis', 'conclusion', 'action plan']));
  });

  it("does not count a learner's feelings or a judgement typed as 'I felt that' as the writer's feelings", () => {
    expect(reflectionCheck('He was upset when the fire alarm went off.').stages).not.toContain('feelings');
    expect(reflectionCheck('I felt that the session was a success.').stages).not.toContain('feelings');
    expect(reflectionCheck('I felt nervous before my observation.').stages).toContain('feelings');
  });

  it('takes an intention alone as Descriptive: an action with no evaluation or analysis is not reflection', () => {
    expect(reflectionCheck('Did the manual handling course. Will use the hoist with M next week.').depth).toBe('Descriptive');
  });

  it('reads a CPD log note stating impact, a recommendation or a verdict on usefulness as evaluation', () => {
    expect(reflectionCheck('Her spelling has improved.').depth).toBe('Partly reflective');
    expect(reflectionCheck('Would recommend for anyone new.').depth).toBe('Partly reflective');
    expect(reflectionCheck('Not relevant, I work in the sixth form.').depth).toBe('Partly reflective');
    expect(reflectionCheck('Useful - will print the cue cards for K.').depth).toBe('Reflective');
  });

  it('reads changed practice (CPD study notes) as the CPD\'s impact and an action, but not a job, a home or a lesson drawn', () => {
    for (const note of ['Since the webinar I check the hearing aid battery every morning.', 'We now start every session with a recap.',
      'Attendance has gone up since we introduced the breakfast check-in.']) {
      expect(reflectionCheck(note).stages).toEqual(expect.arrayContaining(['evaluation', 'action plan']));
      expect(reflectionCheck(note).depth).toBe('Reflective');
    }
    expect(reflectionCheck('I now work in the Year 9 base.').depth).toBe('Descriptive');
    expect(reflectionCheck('He now lives with his nan.').stages).not.toContain('evaluation');
    expect(reflectionCheck('They worked in pairs.').stages).not.toContain('evaluation');
    expect(reflectionCheck('I now understand why he needs breaks.').stages).not.toContain('action plan');
    expect(reflectionCheck('Could have been an email.').stages).not.toContain('conclusion');
    expect(reflectionCheck('I should of asked for help.').stages).toContain('conclusion');
  });

  it('judges depth from the stages as SPEC 9.3 says', () => {
    expect(depthOf(['description', 'feelings', 'action plan'])).toBe('Descriptive');
    expect(depthOf(['analysis'])).toBe('Partly reflective');
    expect(depthOf(['evaluation', 'conclusion'])).toBe('Reflective');
  });

  it('treats an empty entry as Descriptive with advice to write one', () => {
    expect(reflectionCheck('')).toEqual({ stages: [], depth: 'Descriptive', advice: 'Write what happened, how it went and why, and what you will do differently next time.' });
  });
});

describe('reflectionSummary (REFLECTCHECK)', () => {
  it('gives the depth and the stages missing', () => {
    expect(reflectionSummary('Supported J in maths. I felt nervous. It went well because we used counters.'))
      .toBe('Partly reflective: no conclusion or action plan');
    expect(reflectionSummary('Supported J in maths.')).toBe('Descriptive: no feelings, evaluation, analysis, conclusion or action plan');
    expect(reflectionSummary(null)).toBe('Descriptive: no description, feelings, evaluation, analysis, conclusion or action plan');
  });
});
