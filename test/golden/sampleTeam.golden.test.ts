import golden from './sample-team.summary.json';
import { auditFile } from './_lib/auditFile';

// The bundled sample in, the reviewed summary out, compared field by field so a failure names the field.
describe('golden: assets/sample-team.xlsx audited on 2026-09-01', () => {
  let actual: Awaited<ReturnType<typeof auditFile>>;
  beforeAll(async () => {
    actual = await auditFile('assets/sample-team.xlsx', '2026-09-01');
  });

  it('has the expected header-block summary', () => {
    expect(actual.summary).toEqual(golden.summary);
  });

  it('writes the expected number of rows on every sheet', () => {
    expect(actual.sheetRows).toEqual(golden.sheetRows);
  });

  it.each(Object.keys(golden.indicators))('indicator %s has the expected value, status and basis', (id) => {
    expect(actual.indicators[id]).toEqual((golden.indicators as Record<string, unknown>)[id]);
  });

  const people = Object.keys(golden.staff);
  it('profiles the same people', () => {
    expect(Object.keys(actual.staff)).toEqual(people);
  });
  it.each(people)('%s: every profiled field matches', (person) => {
    const want = (golden.staff as Record<string, Record<string, unknown>>)[person];
    const got = actual.staff[person] as Record<string, unknown>;
    for (const field of Object.keys(want)) expect({ field, value: got[field] }).toEqual({ field, value: want[field] });
  });

  it('reports the expected data issues', () => {
    expect(actual.issues).toEqual(golden.issues);
  });

  it('lists the criteria needing outside expertise', () => {
    expect(actual.outsideExpertise).toEqual(golden.outsideExpertise);
  });

  it('has the expected workforce profile', () => {
    expect(actual.workforce).toEqual(golden.workforce);
  });
});
