import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';

// Where the code reaches into a library's internals, the library's version is pinned exactly in package.json, and
// this test checks the internal shape the code relies on, so an upgrade fails here with a message naming the code
// to re-check rather than somewhere deep in a write.
const ROOT = path.join(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

const PINNED: Record<string, string> = {
  exceljs: 'src/xlsx/_lib/rawRows.ts, bookStream.ts, streamSheet.ts, copySheet.ts and rawSheetOf.ts use exceljs internals',
  'custom-functions-metadata-plugin': "webpack.config.js removes the plugin's loader by its internal path (lib/loader.js)",
};

/** Fails with a message that says which code relies on the shape. */
function expectShape(what: string, ok: boolean, reliedOnBy: string): void {
  if (!ok) throw new Error(`${what} is missing or changed: ${reliedOnBy} relies on it. Re-check that code before upgrading.`);
}

describe('libraries whose internals the code uses are pinned', () => {
  test.each(Object.entries(PINNED))('%s is pinned to the installed version (%s)', (name, why) => {
    const declared = pkg.dependencies?.[name] ?? pkg.devDependencies?.[name];
    const installed = require(`${name}/package.json`).version;
    if (declared !== installed) throw new Error(`package.json must pin ${name} exactly to ${installed}, not "${declared}": ${why}`);
    const locked = lock.packages[''].dependencies?.[name] ?? lock.packages[''].devDependencies?.[name];
    expect(locked).toBe(installed);
    expect(lock.packages[`node_modules/${name}`].version).toBe(installed);
  });
});

describe("exceljs's internals used by src/xlsx", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lsa-pinned-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the streaming writers have what RawRows and openBookStream use', async () => {
    const file = path.join(dir, 'probe.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true }) as any;
    const ws = writer.addWorksheet('Probe') as any;
    const by = 'src/xlsx/_lib/bookStream.ts';
    expectShape('WorkbookWriter.zip.append / abort', typeof writer.zip?.append === 'function' && typeof writer.zip?.abort === 'function', by);
    expectShape('WorkbookWriter._definedNames.model', writer._definedNames !== undefined && 'model' in writer._definedNames, by);
    expectShape('WorkbookWriter.views', Array.isArray(writer.views), by);
    expectShape('WorksheetWriter._writeRowBreaks', typeof ws._writeRowBreaks === 'function', by);
    expectShape('WorksheetWriter._sheetRelsWriter.addRelationship', typeof ws._sheetRelsWriter?.addRelationship === 'function', by);
    expectShape('WorksheetWriter._sheetRelsWriter._hyperlinks (array)', Array.isArray(ws._sheetRelsWriter?._hyperlinks), 'src/xlsx/_lib/streamSheet.ts');
    ws.getRow(1).getCell(1).value = 'x';
    ws.getRow(1).commit();
    const pipe = ws.stream?.pipes?.[0];
    expectShape(
      'WorksheetWriter.stream.pipes[0] with _writableState.length and _readableState.length (the zip backlog zipCaughtUp waits on)',
      typeof pipe?._writableState?.length === 'number' && typeof pipe?._readableState?.length === 'number',
      by,
    );
    const rows = 'src/xlsx/_lib/rawRows.ts';
    expectShape('WorksheetWriter.startedData (boolean)', typeof ws.startedData === 'boolean', rows);
    expectShape('WorksheetWriter.useSharedStrings (boolean)', typeof ws.useSharedStrings === 'boolean', rows);
    expectShape('WorksheetWriter.stream.write', typeof ws.stream?.write === 'function', rows);
    expectShape('WorksheetWriter._writeColumns / _writeOpenSheetData', typeof ws._writeColumns === 'function' && typeof ws._writeOpenSheetData === 'function', rows);
    expectShape('WorksheetWriter._workbook.styles.addStyleModel', typeof ws._workbook?.styles?.addStyleModel === 'function', rows);
    expectShape('WorksheetWriter._workbook.sharedStrings.add', typeof ws._workbook?.sharedStrings?.add === 'function', rows);
    expectShape('WorksheetWriter._merges (array)', Array.isArray(ws._merges), 'src/xlsx/_lib/bookStream.ts (SheetStream)');
    ws.commit();
    await writer.commit();
  });

  test('a loaded worksheet has the _rows and _merges copySheet and rawSheetOf read', () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Probe') as any;
    ws.getCell('A1').value = 'x';
    ws.mergeCells('A2:B2');
    const by = 'src/xlsx/_lib/copySheet.ts and rawSheetOf.ts';
    expectShape('Worksheet._rows (array of Row)', Array.isArray(ws._rows) && ws._rows[0]?.getCell(1).value === 'x', by);
    expectShape('Worksheet._merges (by top-left address, each with tl and br)', ws._merges?.A2?.tl === 'A2' && ws._merges?.A2?.br === 'B2', by);
    expectShape('Worksheet.dataValidations.model', ws.dataValidations && 'model' in ws.dataValidations, by);
  });
});

describe("custom-functions-metadata-plugin's loader, removed by webpack.config.js", () => {
  test('lib/loader.js exists and is the loader the plugin adds before loaders run', () => {
    const loader = require.resolve('custom-functions-metadata-plugin/lib/loader.js');
    const plugin = fs.readFileSync(require.resolve('custom-functions-metadata-plugin'), 'utf8');
    const by = 'webpack.config.js (FunctionsMetadataPlugin filters this loader out by its resolved path)';
    expectShape('custom-functions-metadata-plugin/lib/loader.js', fs.existsSync(loader), by);
    expectShape('the plugin adding require.resolve("./loader.js") in beforeLoaders', /beforeLoaders[\s\S]*loaders\.push\(\{\s*loader: require\.resolve\("\.\/loader\.js"\)/.test(plugin), by);
    expect(path.dirname(loader)).toBe(path.dirname(require.resolve('custom-functions-metadata-plugin')));
  });
});
