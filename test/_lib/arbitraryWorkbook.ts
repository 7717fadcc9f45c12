import fc from 'fast-check';
import type { CellValue } from '../../src/core/cells/cellValue';
import type { RawSheet, RawWorkbook } from '../../src/core/cells/rawWorkbook';
import { FIELD_SYNONYMS } from '../../src/core/parse/fieldSynonyms';
import type { StaffField } from '../../src/core/staffMember';

/** A generated workbook and what the property needs to know about its staff table. */
export interface GeneratedWorkbook {
  raw: RawWorkbook;
  staffSheet: string;
  /** Excel row number of the first data row, and the data rows as generated. */
  firstDataRow: number;
  dataRows: CellValue[][];
  /** Index (within a data row) of the name column, or of first name and surname. */
  nameColumns: number[];
}

const SPECIAL_PREFIX = ['=', '+', '-', '@', '\t', '\r'];
const OTHER_FIELDS = (Object.keys(FIELD_SYNONYMS) as StaffField[]).filter((f) => !['name', 'firstName', 'surname'].includes(f));
const CRITERIA = [...Array.from({ length: 17 }, (_, i) => `A${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `C${i + 1}`)];
const RATING_HEADER = fc.tuple(fc.constantFrom(...CRITERIA), fc.constantFrom('', ' manager', ' (mgr)', ' self', ' rating')).map(([c, s]) => `${c}${s}`);
const EXTRA_HEADER = fc.constantFrom('Notes', 'Comments', 'Room', 'Campus', 'Line manager phone');
const synonymOf = (field: StaffField) => fc.constantFrom(...FIELD_SYNONYMS[field]);

const hugeString = fc.tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 1000, max: 32767 }), fc.constantFrom('x', 'é', '😀', ' ', 'ab;')).map(([s, n, unit]) => `${s}${unit.repeat(n)}`.slice(0, 32767));

/** Any value a cell can hold, hostile ones included. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.string(), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...SPECIAL_PREFIX), fc.string()).map(([p, s]) => p + s), weight: 2 },
  { arbitrary: fc.constantFrom('=SUM(A1:A9)', '=HYPERLINK("http://x","y")', '@cmd', 'Yes', 'No', 'Level 3', 'L2', '03/04/2025', '31/02/2024', '2024-13-45', '2025-03-31', 'Competent', '#N/A', '', '   ', '\n'), weight: 3 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer({ min: -100000, max: 3000000 }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
  { arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#VALUE!' }, { error: '#DIV/0!' }), weight: 2 },
);

/** Staff IDs from a small pool, so duplicates are common, and often missing. */
const idCell = fc.oneof(fc.constant(null), fc.constantFrom('S1', 'S2', 's1', ' S3 ', 'S4', 1001, 1002), anyCell);

const OPTIONAL: [string, string[]][] = [
  ['PDP', ['Staff ID', 'Name', 'Objective', 'Actions', 'Success criteria', 'Review date', 'NOS link']],
  ['Units', ['Staff ID', 'Unit title', 'Credits', 'Level', 'Date achieved']],
  ['CPD log', ['Staff ID', 'Date', 'Activity', 'Hours', 'Type']],
  ['Learner needs', ['Need', 'Number of learners']],
  ['Targets', ['LSA level', 'Standard', 'Criterion', 'Target']],
  ['Settings', ['Organisation', 'Audit date', 'Full-time hours', 'CPD target hours']],
];

const optionalSheet: fc.Arbitrary<RawSheet> = fc
  .tuple(fc.constantFrom(...OPTIONAL), fc.array(fc.array(fc.oneof(idCell, anyCell), { maxLength: 8 }), { maxLength: 6 }))
  .map(([[name, headers], rows]) => ({ name, firstRow: 1, firstColumn: 1, rows: [headers, ...rows.map((r) => r.slice(0, headers.length))] }));

/** A1 reference of a 1-based row and column. */
function a1(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/**
 * Whole workbooks: a staff table under title rows, columns in any order drawn from the SPEC synonyms, hostile cells,
 * duplicate and missing IDs, merges, sometimes an Excel table, and optional sheets of random rows.
 */
export const arbitraryWorkbook: fc.Arbitrary<GeneratedWorkbook> = fc
  .record({
    split: fc.boolean(),
    others: fc.uniqueArray(fc.constantFrom(...OTHER_FIELDS), { minLength: 1, maxLength: 10 }),
    ratings: fc.array(RATING_HEADER, { maxLength: 6 }),
    extras: fc.array(EXTRA_HEADER, { maxLength: 2 }),
    titles: fc.array(fc.oneof(fc.constant(null), fc.string({ maxLength: 40 }), anyCell), { maxLength: 5 }),
    firstRow: fc.integer({ min: 1, max: 40 }),
    firstColumn: fc.integer({ min: 1, max: 4 }),
    asTable: fc.boolean(),
    optional: fc.array(optionalSheet, { maxLength: 2 }),
  })
  .chain((shape) => {
    const nameFields: StaffField[] = shape.split ? ['firstName', 'surname'] : ['name'];
    const fields = [...nameFields, ...shape.others];
    return fc
      .record({
        synonyms: fc.tuple(...fields.map(synonymOf)),
        order: fc.shuffledSubarray([...fields.map((_, i) => i), ...shape.ratings.map((_, i) => fields.length + i), ...shape.extras.map((_, i) => fields.length + shape.ratings.length + i)], { minLength: fields.length + shape.ratings.length + shape.extras.length }),
        rows: fc.array(fc.tuple(idCell, fc.array(anyCell, { minLength: 40, maxLength: 40 })), { maxLength: 20 }),
        merges: fc.array(fc.tuple(fc.nat(25), fc.nat(12), fc.nat(2), fc.nat(2)), { maxLength: 3 }),
      })
      .map(({ synonyms, order, rows, merges }): GeneratedWorkbook => {
        const all = [...synonyms, ...shape.ratings, ...shape.extras];
        const headers = order.map((i) => all[i]);
        const idColumn = order.findIndex((i) => fields[i] === 'staffId');
        const dataRows = rows.map(([id, cells]) => headers.map((_, c) => (c === idColumn ? id : cells[c])));
        const nameColumns = nameFields.map((f) => order.indexOf(fields.indexOf(f)));
        const titleRows = shape.titles.map((t) => [t]);
        const sheetRows = [...titleRows, headers, ...dataRows];
        const headerRow = shape.firstRow + titleRows.length;
        const lastRow = shape.firstRow + sheetRows.length - 1;
        const sheet: RawSheet = {
          name: 'LSA team',
          firstRow: shape.firstRow,
          firstColumn: shape.firstColumn,
          rows: sheetRows,
          merges: merges.map(([r, c, h, w]) => `${a1(headerRow + r, shape.firstColumn + c)}:${a1(headerRow + r + h, shape.firstColumn + c + w)}`),
          tables: shape.asTable ? [{ name: 'Staff', ref: `${a1(headerRow, shape.firstColumn)}:${a1(lastRow, shape.firstColumn + headers.length - 1)}` }] : [],
        };
        return { raw: { sheets: [sheet, ...shape.optional] }, staffSheet: sheet.name, firstDataRow: headerRow + 1, dataRows, nameColumns };
      });
  });
