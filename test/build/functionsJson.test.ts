import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { LSA_FUNCTIONS } from '../../src/functions/functions';

// functions.json as the webpack plugin generates it, straight from the JSDoc of src/functions/functions.ts.
const SOURCE = path.join(__dirname, '../../src/functions/functions.ts');

type Param = { name: string; optional?: boolean; dimensionality?: string; type?: string };
type Fn = { id: string; name: string; description?: string; parameters: Param[]; result: { type?: string; dimensionality?: string }; options?: { volatile?: boolean } };

/** SPEC 5: name(params) -> result type; [x] optional, x# a range (matrix). */
const EXPECTED: Record<string, { params: string; result: string }> = {
  NOSGAP: { params: 'ratings# level_or_targets# [specialist]', result: 'number' },
  NOSCOVERAGE: { params: 'ratings# [level] [specialist]', result: 'number' },
  NOSPRIORITIES: { params: 'ratings# level_or_targets# [specialist] [count]', result: 'string matrix' },
  NOSTITLE: { params: 'code', result: 'string' },
  QCFCREDITS: { params: 'units# [credits#]', result: 'number' },
  QCFSIZE: { params: 'credits', result: 'string' },
  LEARNINGHOURS: { params: 'credits', result: 'number' },
  CERTSTATUS: { params: 'units# [pathway]', result: 'string' },
  SMARTSCORE: { params: 'objective [review_date] [success_criteria] [audit_date]', result: 'number' },
  SMARTCHECK: { params: 'objective [review_date] [success_criteria] [audit_date]', result: 'string' },
  PRACTICECHECK: { params: 'practice_hours observations# [pathway] [literacy_hours] [numeracy_hours]', result: 'string' },
  REFLECTCHECK: { params: 'text', result: 'string' }, // SPEC 9.3
};

const describeParam = (p: Param): string => {
  const name = `${p.name}${p.dimensionality === 'matrix' ? '#' : ''}`;
  return p.optional ? `[${name}]` : name;
};

describe('functions.json generated from src/functions/functions.ts', () => {
  let functions: Fn[];
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(SOURCE);
    expect(generated.errors).toEqual([]);
    functions = JSON.parse(generated.metadataJson).functions;
  });

  it('declares exactly the SPEC 5 and 9.3 functions, ids equal to names and to what functions.ts registers', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
    expect(Object.keys(LSA_FUNCTIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s has the SPEC parameters, optional flags and ranges', (id, expected) => {
    const f = functions.find((fn) => fn.id === id)!;
    expect(f.parameters.map(describeParam).join(' ')).toBe(expected.params);
  });

  it.each(Object.entries(EXPECTED))('%s returns the declared type and shape', (id, expected) => {
    const { result } = functions.find((fn) => fn.id === id)!;
    const [type, shape = 'scalar'] = expected.result.split(' ');
    expect(result.type ?? 'any').toBe(type);
    expect(result.dimensionality ?? 'scalar').toBe(shape);
  });

  it('marks exactly the functions that read today\'s date as volatile (SPEC 5 v2)', () => {
    expect(functions.filter((f) => f.options?.volatile).map((f) => f.id).sort()).toEqual(['SMARTCHECK', 'SMARTSCORE']);
  });

  it('gives every function and parameter a description for Excel to show', () => {
    for (const f of functions) {
      expect(f.description).toMatch(/\w/);
      for (const p of f.parameters) expect((p as { description?: string }).description).toMatch(/\w/);
    }
  });
});
