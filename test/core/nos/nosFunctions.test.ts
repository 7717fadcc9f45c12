import { nosCoverage, nosGap, nosPriorities, nosTitle } from '../../../src/core/nos/nosFunctions';

const cells = (n: number, v: unknown) => Array.from({ length: n }, () => v);
/** A row of 17 ratings of 3 with A3 rated 1. */
const seventeen = [cells(17, 3).map((v, i) => (i === 2 ? 1 : v))];

describe('nosGap', () => {
  it('scores 17 A ratings against level 2 (A 3, B 2 unassessed)', () => {
    // gap 2 (A3) of 17 x 3 = 51 -> 3.9
    expect(nosGap(seventeen, 2)).toEqual({ value: 3.9 });
  });

  it('accepts a level written as "L3" or "Level 3", or as a one-cell range', () => {
    expect(nosGap(seventeen, 'L3')).toEqual({ value: 3.9 });
    expect(nosGap(seventeen, [['Level 3']])).toEqual({ value: 3.9 });
  });

  it('treats C as applicable when C ratings are given, unless specialist is FALSE', () => {
    const all = [[...cells(17, 3), ...cells(7, 2), ...cells(7, 1)]];
    // level 2: C target 2, rating 1 -> gap 7 of 51 + 14 + 14 = 79 -> 8.9
    expect(nosGap(all, 2)).toEqual({ value: 8.9 });
    expect(nosGap(all, 2, false)).toEqual({ value: 0 });
  });

  it('scores against a targets range of the same shape, blank targets not applicable', () => {
    // A1: 3 - 1 = 2; B1: 4 - 2 = 2; A2 has no target. 4 of 7 -> 57.1
    expect(nosGap([['A1', 'A2', 'B1'], [1, 3, 2]], [['A1', 'A2', 'B1'], [3, '', 4]])).toEqual({ value: 57.1 });
  });

  it('gives #N/A when nothing is assessed', () => {
    expect(nosGap([cells(17, '')], 2)).toMatchObject({ error: 'na' });
  });

  it('gives #VALUE! with a message for a bad level, rating or specialist flag', () => {
    expect(nosGap(seventeen, 5)).toEqual({ error: 'value', message: "level_or_targets must be an LSA level 1-4 or a range of targets; got '5'" });
    expect(nosGap([cells(17, 'good')], 2)).toMatchObject({ error: 'value', message: expect.stringMatching(/^Cell 1 \(A1\) holds 'good'/) });
    expect(nosGap(seventeen, 2, 'maybe')).toEqual({ error: 'value', message: "specialist must be TRUE or FALSE; got 'maybe'" });
  });
});

describe('nosCoverage', () => {
  it('is the % of applicable criteria assessed (1 of 24 -> 4.2)', () => {
    expect(nosCoverage([['A1', 'A2'], [3, '']])).toEqual({ value: 4.2 });
  });

  it('counts C for a specialist (17 of 31 -> 54.8)', () => {
    expect(nosCoverage(seventeen, 3, true)).toEqual({ value: 54.8 });
  });
});

describe('nosPriorities', () => {
  const ratings = [['A1', 'B1', 'A2', 'B2'], [0, 0, 2, 4]];
  it('lists codes largest gap first, A before B, as one column', () => {
    // level 3: A1 gap 3, B1 gap 3, A2 gap 1, B2 none
    expect(nosPriorities(ratings, 3)).toEqual({ value: [['A1'], ['B1'], ['A2']] });
  });

  it('stops at count', () => {
    expect(nosPriorities(ratings, 3, undefined, 2)).toEqual({ value: [['A1'], ['B1']] });
    expect(nosPriorities(ratings, 3, undefined, 0)).toMatchObject({ error: 'value' });
  });

  it('gives one blank cell when there is no gap and #N/A when nothing is assessed', () => {
    expect(nosPriorities([['A1'], [4]], 4)).toEqual({ value: [['']] });
    expect(nosPriorities([['A1'], ['']], 4)).toMatchObject({ error: 'na' });
  });
});

describe('nosTitle', () => {
  it('returns the criterion text for a loosely written code', () => {
    expect(nosTitle('a4')).toEqual({ value: 'Communicate effectively with learners.' });
    expect(nosTitle([['NOS B3']])).toEqual({ value: 'Contribute to the negotiation and monitoring of individual learning objectives.' });
  });

  it('gives #VALUE! for a code outside the NOS', () => {
    expect(nosTitle('D1')).toEqual({ error: 'value', message: "'D1' is not a NOS criterion: use A1-A17, B1-B7 or C1-C7" });
  });
});
