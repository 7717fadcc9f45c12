import { ratingsFromRange } from '../../../src/core/nos/ratingsFromRange';

const row = (n: number, v: unknown = 3) => [Array.from({ length: n }, () => v)];

describe('ratingsFromRange (SPEC 5)', () => {
  it('reads a row of 17 cells as A1-A17', () => {
    const r = ratingsFromRange(row(17));
    expect('ratings' in r && Object.keys(r.ratings)).toEqual(Array.from({ length: 17 }, (_, i) => `A${i + 1}`));
  });

  it('reads a column of 24 cells as A1-B7, labels and blanks included', () => {
    const cells: unknown[] = Array.from({ length: 24 }, () => 2);
    cells[17] = 'Competent'; // B1
    cells[18] = ''; // B2: not assessed
    cells[19] = 'n/a'; // B3: not assessed
    const r = ratingsFromRange(cells.map((c) => [c]));
    if (!('ratings' in r)) throw new Error(r.error);
    expect([r.ratings.A17, r.ratings.B1, r.ratings.B2, r.ratings.B3, r.ratings.B7]).toEqual([2, 3, null, null, 2]);
    expect(r.ratings.C1).toBeUndefined();
  });

  it('reads a row of 31 cells through C7', () => {
    const r = ratingsFromRange(row(31, null));
    expect('ratings' in r && r.ratings.C7).toBeNull();
  });

  it('says which cell is wrong and how to fix it', () => {
    const cells = row(17)[0];
    cells[4] = 'good';
    expect(ratingsFromRange([cells])).toEqual({ error: "Cell 5 (A5) holds 'good': use 0-4 or a label such as Competent" });
  });

  it('counts further wrong cells (2.5, 5, #N/A)', () => {
    const cells = row(17)[0];
    cells[0] = 2.5;
    cells[1] = 5;
    cells[2] = { error: '#N/A' };
    expect(ratingsFromRange([cells])).toEqual({ error: "Cell 1 (A1) holds '2.5': use 0-4 or a label such as Competent (and 2 more)" });
  });

  it('reads two rows with criterion codes above the ratings, in any order', () => {
    const r = ratingsFromRange([['C2', 'nos a.1', 'B7 rating'], ['advanced', 0, '-']]);
    expect(r).toEqual({ ratings: { C2: 4, A1: 0, B7: null } });
  });

  it('reads two columns with codes beside the ratings', () => {
    expect(ratingsFromRange([['A3', 1], ['B2', 'Aware']])).toEqual({ ratings: { A3: 1, B2: 1 } });
  });

  it('rejects a code it does not know in the code row', () => {
    expect(ratingsFromRange([['A1', 'A18'], [3, 2]])).toEqual({
      error: "Cell 2 has 'A18' as its code: use a code such as A1, B7 or C3",
    });
  });

  it('rejects a criterion given twice', () => {
    expect(ratingsFromRange([['A1', 'a1'], [3, 2]])).toEqual({ error: 'Cell 2: A1 appears twice' });
  });

  it('explains the accepted shapes when the size is wrong', () => {
    const r = ratingsFromRange(row(20));
    expect('error' in r && r.error).toBe(
      'Give 17, 24 or 31 cells in one row or column (A1-A17, B1-B7, C1-C7), or criterion codes above the values; got 1 row(s) x 20 column(s)',
    );
  });
});
