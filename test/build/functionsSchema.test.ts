import fs from 'fs';
import path from 'path';
import Ajv, { type ErrorObject } from 'ajv';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

// functions.json against Microsoft's custom-functions metadata schema (the one its docs name in "$schema":
// developer.microsoft.com/json-schemas/office-js/custom-functions.schema.json), kept in scripts/schemas/ with its
// source and changes in scripts/schemas/README.md. Broken copies must be refused, each for its reason.
const SCHEMA_FILE = path.join(__dirname, '../../scripts/schemas/custom-functions.schema.json');
const SOURCE = path.join(__dirname, '../../src/functions/functions.ts');

/**
 * The published schema says draft-04; the keywords it uses (type, properties, items, enum, required,
 * additionalProperties and annotations) mean the same in ajv's default draft, so it is compiled without that line.
 */
function compileSchema(): (data: unknown) => ErrorObject[] {
  const { $schema, ...schema } = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  const validate = new Ajv({ allErrors: true }).compile(schema);
  return (data) => (validate(data) ? [] : validate.errors ?? []);
}

const said = (errors: ErrorObject[]): string[] => errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`);

describe('functions.json against the custom-functions metadata schema (ajv)', () => {
  const errorsOf = compileSchema();
  let metadata: any;
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(SOURCE);
    expect(generated.errors).toEqual([]);
    metadata = JSON.parse(generated.metadataJson);
    // As webpack.config.js's FunctionsMetadataPlugin writes it: core reads plain values, not data types.
    metadata.allowCustomDataForDataTypeAny = false;
  });
  /** The generated metadata with one change made by `edit` on a deep copy. */
  const broken = (edit: (m: any) => void): any => {
    const copy = JSON.parse(JSON.stringify(metadata));
    edit(copy);
    return copy;
  };

  test('the generated functions.json is valid', () => {
    expect(said(errorsOf(metadata))).toEqual([]);
    expect(metadata.functions.length).toBeGreaterThanOrEqual(10);
  });

  test.each([
    ['a function without its id', (m: any) => delete m.functions[0].id, "/functions/0 must have required property 'id'"],
    ['a parameter without a name', (m: any) => delete m.functions[0].parameters[0].name, "/functions/0/parameters/0 must have required property 'name'"],
    ['a parameter dimensionality other than scalar or matrix', (m: any) => (m.functions[0].parameters[0].dimensionality = 'vector'), '/functions/0/parameters/0/dimensionality must be equal to one of the allowed values'],
    ['a parameter type Excel does not have', (m: any) => (m.functions[0].parameters[0].type = 'date'), '/functions/0/parameters/0/type must be equal to one of the allowed values'],
    ['a result dimensionality other than scalar or matrix', (m: any) => (m.functions[0].result.dimensionality = 'table'), '/functions/0/result/dimensionality must be equal to one of the allowed values'],
    ['an option Excel does not know', (m: any) => (m.functions[0].options = { volatile: true, timeout: 30 }), '/functions/0/options must NOT have additional properties (timeout)'],
    ['a misspelt top-level key', (m: any) => ((m.function = m.functions), delete m.functions), "/ must have required property 'functions'"],
    ['volatile given as text', (m: any) => (m.functions[0].options = { volatile: 'yes' }), '/functions/0/options/volatile must be boolean'],
  ])('refuses %s', (_what, edit, reason) => {
    expect(said(errorsOf(broken(edit)))).toContain(reason);
  });
});
