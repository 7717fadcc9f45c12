import { associated, FakeCustomFunctionsError, thrown } from './_lib/customFunctionsFake';
import {
  CERTSTATUS, LEARNINGHOURS, LSA_FUNCTIONS, PRACTICECHECK, NOSCOVERAGE, NOSGAP, NOSPRIORITIES, NOSTITLE, QCFCREDITS, QCFSIZE, REFLECTCHECK, SMARTCHECK, SMARTSCORE,
} from '../../src/functions/functions';

// Excel hands every range, and any value given for an any[][] parameter, over as rows of cells.
const row = (...cells: unknown[]): unknown[][] => [cells];
const cells = (n: number, v: unknown): unknown[] => Array.from({ length: n }, () => v);
/** A1-A17 all rated 3 except A3 rated 1. */
const seventeen = row(...cells(17, 3).map((v, i) => (i === 2 ? 1 : v)));
const valueError = (message: string) => new FakeCustomFunctionsError('#VALUE!', message);

describe('registration', () => {
  it('associates each of the eleven SPEC 5 functions and REFLECTCHECK (SPEC 9.3) under its id when CustomFunctions exists', () => {
    expect([...associated.keys()].sort()).toEqual(
      ['CERTSTATUS', 'LEARNINGHOURS', 'NOSCOVERAGE', 'NOSGAP', 'NOSPRIORITIES', 'NOSTITLE', 'PRACTICECHECK', 'QCFCREDITS', 'QCFSIZE', 'REFLECTCHECK', 'SMARTCHECK', 'SMARTSCORE'],
    );
    for (const [id, fn] of Object.entries(LSA_FUNCTIONS)) expect(associated.get(id)).toBe(fn);
  });
});

describe('NOSGAP', () => {
  it('scores a row of ratings against a level passed as a one-cell matrix', () => {
    // level 2, A target 3: only A3 falls short, by 2, of 17 x 3 = 51 -> 3.9
    expect(NOSGAP(seventeen, [[2]])).toBe(3.9);
  });

  it('treats an omitted specialist (null or undefined) the same', () => {
    expect(NOSGAP(seventeen, [[2]], null)).toBe(3.9);
    expect(NOSGAP(seventeen, [[2]], undefined)).toBe(3.9);
  });

  it('scores against a targets range', () => {
    // A1: 3 - 1 = 2; B1: 4 - 2 = 2; A2 has no target. 4 of 7 -> 57.1
    expect(NOSGAP([['A1', 'A2', 'B1'], [1, 3, 2]], [['A1', 'A2', 'B1'], [3, '', 4]])).toBe(57.1);
  });

  it('throws #N/A with a message when nothing is assessed', () => {
    const e = thrown(() => NOSGAP(row(...cells(17, '')), [[2]])) as FakeCustomFunctionsError;
    expect(e).toBeInstanceOf(FakeCustomFunctionsError);
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/No criterion is assessed/);
  });

  it('throws #VALUE! saying what to fix for a bad level or specialist flag', () => {
    expect(thrown(() => NOSGAP(seventeen, [[5]]))).toEqual(valueError("level_or_targets must be an LSA level 1-4 or a range of targets; got '5'"));
    expect(thrown(() => NOSGAP(seventeen, [[2]], 'maybe'))).toEqual(valueError("specialist must be TRUE or FALSE; got 'maybe'"));
  });
});

describe('NOSCOVERAGE', () => {
  it('defaults the level when it is omitted (1 of 24 -> 4.2)', () => {
    expect(NOSCOVERAGE([['A1', 'A2'], [3, '']])).toBe(4.2);
    expect(NOSCOVERAGE([['A1', 'A2'], [3, '']], null, null)).toBe(4.2);
  });

  it('counts the C criteria for a specialist (17 of 31 -> 54.8)', () => {
    expect(NOSCOVERAGE(seventeen, 3, true)).toBe(54.8);
  });
});

describe('NOSPRIORITIES', () => {
  const ratings = [['A1', 'B1', 'A2', 'B2'], [0, 0, 2, 4]];

  it('spills codes down one column, largest gap first', () => {
    // level 3: A1 gap 3, B1 gap 3, A2 gap 1, B2 none
    expect(NOSPRIORITIES(ratings, [[3]])).toEqual([['A1'], ['B1'], ['A2']]);
  });

  it('stops at count, with specialist omitted', () => {
    expect(NOSPRIORITIES(ratings, [[3]], null, 2)).toEqual([['A1'], ['B1']]);
  });

  it('throws #VALUE! for a count below 1', () => {
    expect((thrown(() => NOSPRIORITIES(ratings, [[3]], null, 0)) as FakeCustomFunctionsError).code).toBe('#VALUE!');
  });
});

describe('NOSTITLE', () => {
  it("returns a criterion's text", () => {
    expect(NOSTITLE('a4')).toBe('Communicate effectively with learners.');
  });

  it('throws #VALUE! for a code outside the NOS', () => {
    expect(thrown(() => NOSTITLE('D1'))).toEqual(valueError("'D1' is not a NOS criterion: use A1-A17, B1-B7 or C1-C7"));
  });
});

describe('QCFCREDITS', () => {
  const units = [['Approaches to learning'], ['Using ICT to support learning']];

  it('adds catalogue credits when credits is omitted (6 + 6 = 12)', () => {
    expect(QCFCREDITS(units)).toBe(12);
    expect(QCFCREDITS(units, null as unknown as any[][])).toBe(12);
  });

  it('adds a credits range (4 + 3 = 7)', () => {
    expect(QCFCREDITS(units, [[4], [3]])).toBe(7);
  });

  it('throws #VALUE! naming an unknown unit', () => {
    const e = thrown(() => QCFCREDITS([['Floristry']])) as FakeCustomFunctionsError;
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/'Floristry' is not a unit/);
  });
});

describe('QCFSIZE and LEARNINGHOURS', () => {
  it('sizes credits: 12 Award, 13 Certificate, 37 Diploma, 0 None', () => {
    expect([12, 13, 37, 0].map(QCFSIZE)).toEqual(['Award', 'Certificate', 'Diploma', 'None']);
  });

  it('gives 10 learning hours per credit', () => {
    expect(LEARNINGHOURS(30)).toBe(300);
  });
});

describe('CERTSTATUS', () => {
  const mandatory = [['Preparing to support learning'], ['Learning support in the lifelong learning context'], ['Learning support principles'], ['Approaches to learning']];

  it('is Achieved for the mandatory units plus 6 optional credits, pathway omitted', () => {
    expect(CERTSTATUS([...mandatory, ['Equality and diversity']])).toBe('Achieved');
    expect(CERTSTATUS([...mandatory, ['Equality and diversity']], null)).toBe('Achieved');
  });

  it('says what is missing while in progress (24 of 30)', () => {
    expect(CERTSTATUS(mandatory)).toMatch(/^In progress: 24 of 30 credits/);
  });

  it('throws #VALUE! for an unknown pathway', () => {
    expect(thrown(() => CERTSTATUS(mandatory, 'maths'))).toEqual(valueError(`pathway must be "generic" or "LLN"; got 'maths'`));
  });
});

describe('SMARTSCORE and SMARTCHECK', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date(2026, 8, 1, 12) })); // audit date = today = 2026-09-01
  afterEach(() => jest.useRealTimers());
  const objective = 'Attend autism awareness training for learners';

  it('scores all five for a dated, specific objective', () => {
    expect(SMARTSCORE('Complete Using ICT to support learning unit by June 2027')).toBe(5);
    expect(SMARTCHECK('Complete Using ICT to support learning unit by June 2027', null, null)).toBe('SMART');
  });

  it('uses today as the audit date: a review date 3 months ahead makes it time-bound', () => {
    expect(SMARTSCORE(objective)).toBe(4);
    expect(SMARTCHECK(objective)).toMatch(/Time-bound/);
    expect(SMARTSCORE(objective, '2026-12-01')).toBe(5);
    jest.setSystemTime(new Date(2027, 0, 1, 12)); // the review date has now passed
    expect(SMARTSCORE(objective, '2026-12-01')).toBe(4);
  });

  it('accepts an omitted or blank review date and success criteria', () => {
    expect(SMARTSCORE(objective, null, null)).toBe(4);
    expect(SMARTSCORE(objective, '', '')).toBe(4);
  });

  it('judges against audit_date when given (a date serial or yyyy-mm-dd), whatever today is', () => {
    jest.setSystemTime(new Date(2027, 0, 1, 12)); // today is after the review date
    expect(SMARTSCORE(objective, '2026-12-01', null, '2026-09-01')).toBe(5);
    expect(SMARTSCORE(objective, '2026-12-01', null, 46266)).toBe(5); // 2026-09-01 as an Excel date
    expect(SMARTCHECK(objective, '2026-12-01', null, '2026-09-01')).toBe('SMART');
    expect(SMARTSCORE(objective, '2026-12-01', null, '')).toBe(4); // blank: today
    expect(thrown(() => SMARTSCORE(objective, '2026-12-01', null, 'soon'))).toEqual(valueError('audit_date must be a date or yyyy-mm-dd; got soon'));
  });
});

describe('REFLECTCHECK (SPEC 9.3)', () => {
  it('gives the depth and the Gibbs stages missing', () => {
    expect(REFLECTCHECK('Supported J in maths. I felt nervous. It went well because we used counters.'))
      .toBe('Partly reflective: no conclusion or action plan');
    expect(REFLECTCHECK('Attended safeguarding training.')).toBe('Descriptive: no feelings, evaluation, analysis, conclusion or action plan');
    expect(REFLECTCHECK('Description: supported L in catering\nFeelings: nervous\nWhat went well: she weighed it all herself\n'
      + 'Why: the picture recipe\nWhat I learnt: pictures help her\nNext time: picture recipes for all'))
      .toBe('Reflective');
  });

  it('reads an empty cell, a number or a boolean as text without failing', () => {
    expect(REFLECTCHECK(null)).toBe('Descriptive: no description, feelings, evaluation, analysis, conclusion or action plan');
    expect(REFLECTCHECK('')).toMatch(/^Descriptive: no description/);
    expect(REFLECTCHECK(42)).toMatch(/^Descriptive/);
  });
});

describe('data types (entities) never reach core', () => {
  const entity = { type: 'Entity', text: 'Northgate', properties: { Name: { type: 'String', basicValue: 'Northgate' } } };
  it.each(Object.keys(LSA_FUNCTIONS))('%s refuses a data type argument with #VALUE! and what to do', (id) => {
    const fn = (LSA_FUNCTIONS as Record<string, (...a: unknown[]) => unknown>)[id];
    const error = thrown(() => fn(entity, [[entity]]));
    expect(error).toEqual(valueError(expect.stringMatching(new RegExp(`^LSA\\.${id} takes plain cell values, but argument 1 holds a data type`)) as unknown as string));
    // In a range too.
    expect(thrown(() => fn([[1, entity]], 2))).toEqual(valueError(expect.stringMatching(/argument 1 holds a data type/) as unknown as string));
  });
});

describe('PRACTICECHECK (SPEC 3.5 v2, LLUK qualifications practice rules)', () => {
  it('says Met for 30 hours and three hour-long observations, and what is missing otherwise', () => {
    expect(PRACTICECHECK(30, [[60], [60], [60]])).toBe('Met');
    // 20 hours, 2 observations of 60 and 30 minutes: 1.5 hours observed of the 3 needed
    expect(PRACTICECHECK(20, [[60], [30]])).toBe('20 hours of practice; at least 30 are needed; 2 observations; at least 3 are needed; 1.5 hours observed in all; at least 3 hours are needed');
  });

  it('reads two columns of minutes and subject for the LLN pathway', () => {
    const obs = [[60, 'Literacy'], [60, 'Numeracy'], [60, 'Language'], [60, 'Numeracy']];
    expect(PRACTICECHECK(40, obs, 'LLN', 10, 12)).toBe('Met');
    expect(PRACTICECHECK(40, [[60, 'Literacy'], [40, 'Literacy'], [60, 'Literacy'], [90, 'ESOL']], 'LLN', 10, 12))
      .toBe('1 observation is shorter than 45 minutes; no observation in numeracy');
  });

  it('gives #VALUE! with what to fix for unreadable input', () => {
    expect(thrown(() => PRACTICECHECK('lots', [[60]]))).toEqual(valueError("practice_hours must be a number of hours of 0 or more; got 'lots'"));
    expect(thrown(() => PRACTICECHECK(30, [[60]], 'NVQ'))).toEqual(valueError('pathway must be "generic" or "LLN"; got \'NVQ\''));
  });
});
