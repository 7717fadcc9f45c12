import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { readInput } from '../../src/cli/readInput';
import { auditToSheets } from '../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { writeAuditWorkbook, writeNewWorkbook } from '../../src/xlsx/writeXlsx';
import { losslessWorkbook, unpack } from '../cli/_lib/losslessCorpus';

const { validateParts, validatePart, contentTypeOf, markupCompatible, hasXmllint } = require('../../scripts/lib/ooxmlSchema');

// There is no Excel here: every part the command line's writer writes is checked against the ECMA-376 Transitional
// schemas (scripts/schemas/ecma-376/, see its README.md) with xmllint, by its content type; and deliberately broken
// copies of those parts are refused, each with its reason: a validator is worth having only if it says no.
const SAMPLE = path.join(__dirname, '../../assets/sample-team.xlsx');
const T = 'application/vnd.openxmlformats-officedocument';
const TYPE = {
  workbook: `${T}.spreadsheetml.sheet.main+xml`,
  worksheet: `${T}.spreadsheetml.worksheet+xml`,
  styles: `${T}.spreadsheetml.styles+xml`,
  strings: `${T}.spreadsheetml.sharedStrings+xml`,
  drawing: `${T}.drawing+xml`,
  chart: `${T}.drawingml.chart+xml`,
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  types: '[Content_Types].xml',
};

interface Result { ok: boolean; schema: string | null; errors: string[] }
type Parts = Map<string, Buffer>;

/** The command line's read, audit and write of one workbook. */
async function audit(input: string, out: string, runAt: string): Promise<void> {
  const read = await readInput(input);
  const result = runAudit(parseWorkbook(read.raw, { auditDate: '2026-09-01', auditDateExplicit: true }), NOS_CATALOGUE);
  await writeAuditWorkbook(input, out, auditToSheets(result, { runAt, catalogue: NOS_CATALOGUE }), { read });
}

/** The parts the writer wrote: new in the output, or with bytes other than the input's (zip folder entries left out). */
function writtenParts(input: Parts, output: Parts): { name: string; contentType: string; xml: string }[] {
  const typeOf = contentTypeOf(output.get('[Content_Types].xml')!.toString('utf8'));
  return [...output]
    .filter(([name, data]) => !name.endsWith('/') && !input.get(name)?.equals(data))
    .map(([name, data]) => ({ name, contentType: typeOf(name), xml: data.toString('utf8') }));
}

/** The failures, part by part, as { part: errors }: {} when every part validates. */
function failures(results: Map<string, Result>): Record<string, string[]> {
  return Object.fromEntries([...results].filter(([, r]) => !r.ok).map(([name, r]) => [name, r.errors.slice(0, 5)]));
}

const describeIfXmllint = hasXmllint() || process.env.CI ? describe : describe.skip;

describeIfXmllint('the parts the command line writes, against the ECMA-376 Transitional schemas (xmllint)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-parts-schema-'));
  const runs: Record<string, { input: Parts; output: Parts }> = {};

  beforeAll(async () => {
    const first = path.join(dir, 'sample-team-audit.xlsx');
    const second = path.join(dir, 'sample-team-audit-2.xlsx');
    const corpus = path.join(dir, 'everything.xlsx');
    const corpusOut = path.join(dir, 'everything-audit.xlsx');
    writeFileSync(corpus, losslessWorkbook(readFileSync(SAMPLE), { tabSelected: true }));
    await audit(SAMPLE, first, '2026-09-01 10:00');
    await audit(first, second, '2026-09-02 10:00');
    await audit(corpus, corpusOut, '2026-09-01 10:00');
    // A CSV input becomes a workbook the writer makes whole: its styles and shared strings start from nothing.
    const csv = path.join(dir, 'team.csv');
    const csvOut = path.join(dir, 'team-audit.xlsx');
    writeFileSync(csv, '\uFEFFStaff ID,Name,LSA level,Specialisms,A1,A2\r\n007,"Lee, Ann",3,"autism; dyslexia",3,2\r\nS2,Bob Khan,1,,2,1\r\n');
    await audit(csv, csvOut, '2026-09-01 10:00');
    // The group audit's new workbook: the writer's sheets alone.
    const read = await readInput(SAMPLE);
    const sheets = auditToSheets(runAudit(parseWorkbook(read.raw, { auditDate: '2026-09-01', auditDateExplicit: true }), NOS_CATALOGUE), { runAt: '2026-09-01 10:00', catalogue: NOS_CATALOGUE });
    const fresh = path.join(dir, 'new.xlsx');
    await writeNewWorkbook(fresh, sheets.slice(0, 2));
    const parts = (f: string) => unpack(readFileSync(f));
    runs.first = { input: parts(SAMPLE), output: parts(first) };
    runs.second = { input: parts(first), output: parts(second) };
    runs.corpus = { input: parts(corpus), output: parts(corpusOut) };
    runs.csv = { input: new Map(), output: parts(csvOut) };
    runs.fresh = { input: new Map(), output: parts(fresh) };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the sample audit writes every kind of part, and each validates against the schema for its content type', () => {
    const written = writtenParts(runs.first.input, runs.first.output);
    const kinds = new Set(written.map((p) => p.contentType));
    expect([...kinds].sort()).toEqual(Object.values(TYPE).sort());
    const names = written.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']));
    expect(names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => /^xl\/worksheets\/_rels\//.test(n)).length).toBeGreaterThan(0);
    expect(names.filter((n) => /^xl\/drawings\/_rels\//.test(n)).length).toBeGreaterThan(0);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length).toBeGreaterThan(0);
    const results: Map<string, Result> = validateParts(written);
    expect(failures(results)).toEqual({});
    expect([...results.values()].every((r) => r.ok && r.schema)).toBe(true);
  });

  it('a second run over the first output writes parts that validate', () => {
    const written = writtenParts(runs.second.input, runs.second.output);
    expect(written.length).toBeGreaterThan(10);
    expect(failures(validateParts(written))).toEqual({});
  });

  it('the copy of a workbook carrying everything exceljs drops (the lossless corpus) writes parts that validate', () => {
    const written = writtenParts(runs.corpus.input, runs.corpus.output);
    // The staff sheet is written too: it was the selected tab, and loses only that mark.
    expect(written.map((p) => p.name)).toContain('xl/worksheets/sheet1.xml');
    expect(failures(validateParts(written))).toEqual({});
  });

  it.each([['a CSV input', 'csv'], ["a new workbook of the writer's sheets alone (as the group audit writes)", 'fresh']])('%s: every part of the package the writer makes validates', (_what, run) => {
    const written = writtenParts(runs[run].input, runs[run].output);
    expect(written.map((p) => p.name)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']));
    expect(failures(validateParts(written))).toEqual({});
  });

  describe('refuses a broken part, saying why', () => {
    const part = (name: string) => runs.first.output.get(name)!.toString('utf8');
    /** A written part with one edit; fails the test if the text to replace is missing. */
    const edit = (name: string, from: string | RegExp, to: string): string => {
      const text = part(name);
      const out = text.replace(from, to);
      if (out === text) throw new Error(`not in ${name}: ${from}`);
      return out;
    };
    const auditSheet = () => {
      const book = part('xl/workbook.xml');
      const id = /<sheet name="Audit Summary" sheetId="\d+" r:id="(\w+)"/.exec(book)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(part('xl/_rels/workbook.xml.rels'))![1];
      return `xl/${target}`;
    };
    const cases: [string, () => [string, string], RegExp][] = [
      ['a worksheet with a <c> after </sheetData>', () => [edit(auditSheet(), '</sheetData>', '</sheetData><c r="A1"/>'), TYPE.worksheet], /Element '\{[^}]*\}c': This element is not expected\. Expected is one of \( \{[^}]*\}sheetCalcPr/],
      ['a worksheet with an unknown attribute', () => [edit(auditSheet(), '<sheetData>', '<sheetData rows="61">'), TYPE.worksheet], /Element '\{[^}]*\}sheetData', attribute 'rows': The attribute 'rows' is not allowed/],
      ['a worksheet cell of an unknown type', () => [edit(auditSheet(), /<c r="([A-Z]+\d+)"([^>]*) t="s"/, '<c r="$1"$2 t="text"'), TYPE.worksheet], /attribute 't': \[facet 'enumeration'\] The value 'text' is not an element of the set \{'b', 'n', 'e', 's', 'str', 'inlineStr'\}/],
      ['a worksheet whose pageSetup comes before its pageMargins', () => [edit(auditSheet(), /(<pageMargins [^>]*\/>)(<pageSetup [^>]*\/>)/, '$2$1'), TYPE.worksheet], /Element '\{[^}]*\}pageMargins': This element is not expected/],
      [
        'an attribute of an unknown namespace the part does not declare ignorable',
        () => [edit(auditSheet(), '<sheetData>', '<sheetData xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" x14ac:dyDescent="0.25">'), TYPE.worksheet],
        /attribute '\{http:\/\/schemas\.microsoft\.com\/office\/spreadsheetml\/2009\/9\/ac\}dyDescent': The attribute .* is not allowed/,
      ],
      ['xml:space with a value XML does not define', () => [edit('xl/sharedStrings.xml', /<t>/, '<t xml:space="keep">'), TYPE.strings], /attribute '\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}space': The attribute .* is not allowed/],
      ['a workbook whose <sheets> come after <definedNames>', () => [edit('xl/workbook.xml', /(<sheets>[\s\S]*<\/sheets>)(<definedNames>[\s\S]*<\/definedNames>)/, '$2$1'), TYPE.workbook], /Element '\{[^}]*\}definedNames': This element is not expected\. Expected is \( \{[^}]*\}sheets \)/],
      ['a workbook <sheet> without its sheetId', () => [edit('xl/workbook.xml', / sheetId="\d+" r:id=/, ' r:id='), TYPE.workbook], /Element '\{[^}]*\}sheet': The attribute 'sheetId' is required but missing/],
      ['styles with cellXfs before fonts', () => [edit('xl/styles.xml', /(<fonts[\s\S]*<\/fonts>)([\s\S]*)(<cellXfs[\s\S]*<\/cellXfs>)/, '$3$2$1'), TYPE.styles], /Element '\{[^}]*\}fills': This element is not expected\. Expected is one of \( \{[^}]*\}cellStyles/],
      ['a cell format with a negative font id', () => [edit('xl/styles.xml', /(<cellXfs[^>]*><xf [^>]*?)fontId="\d+"/, '$1fontId="-1"'), TYPE.styles], /attribute 'fontId': '-1' is not a valid value of the atomic type '\{[^}]*\}ST_FontId'/],
      ['shared strings with text outside <t>', () => [edit('xl/sharedStrings.xml', '<si><t>', '<si>loose<t>'), TYPE.strings], /Element '\{[^}]*\}si': Character content other than whitespace is not allowed/],
      ['a drawing anchor without <xdr:to>', () => [edit('xl/drawings/drawing1.xml', /<xdr:to>[\s\S]*?<\/xdr:to>/, ''), TYPE.drawing], /Element '\{[^}]*\}graphicFrame': This element is not expected\. Expected is \( \{[^}]*\}to \)/],
      ['a drawing anchor without its clientData', () => [edit('xl/drawings/drawing1.xml', '<xdr:clientData/>', ''), TYPE.drawing], /Missing child element\(s\)\. Expected is \( \{[^}]*\}clientData \)/],
      ['a chart with a bar direction other than bar or col', () => [edit('xl/charts/chart1.xml', '<c:barDir val="bar"/>', '<c:barDir val="sideways"/>'), TYPE.chart], /attribute 'val': \[facet 'enumeration'\] The value 'sideways' is not an element of the set \{'bar', 'col'\}/],
      ['a chart whose plot area has no chart in it', () => [edit('xl/charts/chart1.xml', /<c:barChart>[\s\S]*<\/c:barChart>/, ''), TYPE.chart], /Element '\{[^}]*\}catAx': This element is not expected\. Expected is one of \( \{[^}]*\}areaChart/],
      ['a relationship without its Id', () => [edit('xl/_rels/workbook.xml.rels', /<Relationship Id="\w+" /, '<Relationship '), TYPE.rels], /Element '\{[^}]*\}Relationship': The attribute 'Id' is required but missing/],
      ['a relationship with a TargetMode other than Internal or External', () => [edit('xl/_rels/workbook.xml.rels', /<Relationship ([^>]*?)\/>/, '<Relationship $1 TargetMode="Elsewhere"/>'), TYPE.rels], /attribute 'TargetMode': \[facet 'enumeration'\] The value 'Elsewhere' is not an element of the set \{'External', 'Internal'\}/],
      ['a content type Override without its PartName', () => [edit('[Content_Types].xml', / PartName="\/xl\/workbook\.xml"/, ''), TYPE.types], /Element '\{[^}]*\}Override': The attribute 'PartName' is required but missing/],
      ['a content type Default whose Extension has a space', () => [edit('[Content_Types].xml', 'Extension="rels"', 'Extension="my rels"'), TYPE.types], /attribute 'Extension': \[facet 'pattern'\] The value 'my rels' is not accepted by the pattern/],
      ['a chart part given as a worksheet (the root must match the content type)', () => [part('xl/charts/chart1.xml'), TYPE.worksheet], /root element \{[^}]*chart\}chartSpace where sml\.xsd needs \{[^}]*spreadsheetml\/2006\/main\}worksheet/],
      ['a part no kept schema covers', () => [part('xl/workbook.xml'), 'application/vnd.openxmlformats-officedocument.theme+xml'], /no ECMA-376 schema kept for content type application\/vnd\.openxmlformats-officedocument\.theme\+xml/],
    ];

    test.each(cases)('%s', (_what, make, reason) => {
      const [xml, contentType] = make();
      const result: Result = validatePart(xml, contentType);
      expect(result.ok).toBe(false);
      expect(result.errors.join('\n')).toMatch(reason);
    });
  });

  describe('reads a part as ECMA-376 Part 3 (Markup Compatibility) before the schema', () => {
    const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
    const X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
    const sheet = (body: string, head = '') => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="${MC}" xmlns:x14ac="${X14AC}"${head}>${body}</worksheet>`;

    it('leaves out what the part declares ignorable, and accepts it', () => {
      const xml = sheet('<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData><row r="1" x14ac:dyDescent="0.25"/></sheetData>', ' mc:Ignorable="x14ac"');
      expect(validatePart(xml, TYPE.worksheet)).toEqual({ ok: true, schema: 'sml.xsd', errors: [] });
      expect(markupCompatible(xml).xml).not.toContain('dyDescent');
    });

    it('takes the first mc:Choice it understands, else the mc:Fallback, and the schema sees only that', () => {
      const alternate = (fallback: string) => sheet(`<sheetData/><mc:AlternateContent><mc:Choice Requires="x14ac"><x14ac:anything/></mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`);
      expect(validatePart(alternate('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'), TYPE.worksheet).ok).toBe(true);
      const bad = validatePart(alternate('<pageMargins left="wide"/>'), TYPE.worksheet);
      expect(bad.ok).toBe(false);
      expect(bad.errors.join('\n')).toMatch(/attribute 'left': 'wide' is not a valid value of the atomic type 'xs:double'/);
    });

    it('refuses a part that must be understood in a namespace these schemas do not define', () => {
      const result = validatePart(sheet('<sheetData/>', ' mc:MustUnderstand="x14ac"'), TYPE.worksheet);
      expect(result.ok).toBe(false);
      expect(result.errors.join('\n')).toMatch(/mc:MustUnderstand names http:\/\/schemas\.microsoft\.com\/office\/spreadsheetml\/2009\/9\/ac/);
    });
  });
});
