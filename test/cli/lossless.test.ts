import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { auditToSheets } from '../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { readWorkbookFile } from '../../src/xlsx/readXlsx';
import { writeAuditWorkbook } from '../../src/xlsx/writeXlsx';
import { losslessWorkbook, unpack } from './_lib/losslessCorpus';

// SPEC 9.4: the copy keeps every part the audit does not own byte for byte; a second run keeps the first's user parts too.
const SAMPLE = path.join(__dirname, '../../assets/sample-team.xlsx');
const OWNED = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']);
const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-lossless-'));

async function audit(input: string, out: string, runAt: string): Promise<void> {
  const read = await readWorkbookFile(input);
  const result = runAudit(parseWorkbook(read.raw, { auditDate: '2026-09-01', auditDateExplicit: true }), NOS_CATALOGUE);
  await writeAuditWorkbook(input, out, auditToSheets(result, { runAt, catalogue: NOS_CATALOGUE }), { read });
}

/** Names of the parts whose bytes differ between two packages, of those in `from` (a missing part counts as differing). */
function changed(from: Map<string, Buffer>, to: Map<string, Buffer>, skip: ReadonlySet<string>): string[] {
  return [...from].filter(([name, data]) => !skip.has(name) && !to.get(name)?.equals(data)).map(([name]) => name);
}

/** Opens a workbook in LibreOffice (headless, converted to xlsx): a file it cannot load gives no output. */
function opensInLibreOffice(file: string): boolean {
  const outDir = mkdtempSync(path.join(dir, 'lo-'));
  execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 });
  return existsSync(path.join(outDir, `${path.basename(file).replace(/\.\w+$/, '')}.xlsx`));
}

const variants: [string, string, () => Buffer][] = [
  ['Excel-shaped, with everything exceljs drops', 'everything.xlsx', () => losslessWorkbook(readFileSync(SAMPLE), { tabSelected: true })],
  ['macro-enabled (.xlsm)', 'macros.xlsm', () => losslessWorkbook(readFileSync(SAMPLE), { macros: true })],
];

describe.each(variants)('the command line copy of a workbook: %s', (_title, name, build) => {
  const input = path.join(dir, name);
  const first = path.join(dir, name.replace('.', '-audit.'));
  const second = path.join(dir, name.replace('.', '-audit-2.'));
  let inParts: Map<string, Buffer>;
  let firstParts: Map<string, Buffer>;
  let secondParts: Map<string, Buffer>;

  beforeAll(async () => {
    writeFileSync(input, build());
    await audit(input, first, '2026-09-01 10:00');
    await audit(first, second, '2026-09-02 10:00');
    [inParts, firstParts, secondParts] = [input, first, second].map((f) => unpack(readFileSync(f)));
  });

  it('copies every part the audit does not own byte for byte (the selected user tab loses only its mark)', () => {
    const staff = 'xl/worksheets/sheet1.xml';
    expect(changed(inParts, firstParts, new Set([...OWNED, staff]))).toEqual([]);
    const unselected = inParts.get(staff)!.toString('utf8').replace(' tabSelected="1"', '');
    expect(firstParts.get(staff)!.toString('utf8')).toBe(unselected);
  });

  it('keeps the parts exceljs drops: chart, image, table, pivot table and cache, comments, threaded comments, external link, custom XML, macros', () => {
    for (const part of ['xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/tables/table2.xml', 'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/pivotCache/pivotCacheRecords1.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml',
      'xl/threadedComments/threadedComment1.xml', 'xl/persons/person.xml', 'xl/externalLinks/externalLink1.xml', 'customXml/item1.xml']) {
      expect({ part, kept: firstParts.get(part)?.equals(inParts.get(part)!) }).toEqual({ part, kept: true });
    }
    if (name.endsWith('.xlsm')) {
      expect(firstParts.get('xl/vbaProject.bin')!.equals(inParts.get('xl/vbaProject.bin')!)).toBe(true);
      expect(firstParts.get('[Content_Types].xml')!.toString()).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    }
  });

  it("keeps the user's sheet order and states, defined names (following their sheets), external references and pivot caches", () => {
    const book = firstParts.get('xl/workbook.xml')!.toString('utf8');
    const names = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names.slice(0, 15)).toEqual(['LSA Team', 'PDP', 'Units', 'CPD log', 'Practice log', 'Reflective log', 'Observations', 'Learner needs', 'Targets', 'Settings', 'Skills Matrix', 'Extras', 'Pivot', 'Lists', 'Workings']);
    expect(names[names.length - 1]).toBe('LSA Audit Meta');
    expect(book).toContain('<sheet name="Lists" sheetId="103" state="hidden" r:id="rIdX3"/>');
    expect(book).toContain('<sheet name="Workings" sheetId="104" state="veryHidden" r:id="rIdX4"/>');
    expect(book).toContain(`<definedName name="TeamFirst" localSheetId="${names.indexOf('Pivot')}">Pivot!$A$3</definedName>`);
    expect(book).toContain('<definedName name="WeekHours">Extras!$B$2:$B$3</definedName>');
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'LSA Team'!$A$1:$H$20</definedName>`);
    expect(book).toContain('<externalReferences><externalReference r:id="rIdX6"/></externalReferences>');
    expect(book).toContain('<pivotCaches><pivotCache cacheId="7" r:id="rIdX5"/></pivotCaches>');
    expect(book).toMatch(new RegExp(`activeTab="${names.indexOf('Audit Summary')}"`));
  });

  it("appends its formats to the user's styles, never moving one, and a second run adds none", () => {
    const before = inParts.get('xl/styles.xml')!.toString('utf8');
    const after = firstParts.get('xl/styles.xml')!.toString('utf8');
    const list = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g'))].map((m) => m[0]);
    for (const tag of ['font', 'fill', 'border', 'xf', 'numFmt']) expect(list(after, tag).slice(0, list(before, tag).length)).toEqual(list(before, tag));
    expect(secondParts.get('xl/styles.xml')!.equals(firstParts.get('xl/styles.xml')!)).toBe(true);
  });

  it("appends its text to the user's shared strings, never moving one", () => {
    const items = (parts: Map<string, Buffer>) => [...parts.get('xl/sharedStrings.xml')!.toString('utf8').matchAll(/<si>[\s\S]*?<\/si>/g)].map((m) => m[0]);
    const before = items(inParts);
    expect(items(firstParts).slice(0, before.length)).toEqual(before);
    expect(items(firstParts).length).toBeGreaterThan(before.length);
    expect(items(secondParts).slice(0, items(firstParts).length)).toEqual(items(firstParts));
  });

  it("a second run replaces the first run's sheets and keeps every user part of the first run's copy byte for byte", () => {
    expect(changed(new Map([...firstParts].filter(([n]) => inParts.has(n))), secondParts, OWNED)).toEqual([]);
    // The audit's own parts are replaced, not piled up: as many parts as after the first run.
    expect([...secondParts.keys()].length).toBe([...firstParts.keys()].length);
  });

  (soffice ? it : it.skip)('opens in LibreOffice', () => {
    expect(opensInLibreOffice(first)).toBe(true);
    expect(opensInLibreOffice(second)).toBe(true);
  }, 400_000);
});

(soffice ? describe : describe.skip)('the command line copy of a workbook saved by LibreOffice', () => {
  it('keeps every part LibreOffice wrote byte for byte, and opens again in LibreOffice', async () => {
    const outDir = mkdtempSync(path.join(dir, 'saved-'));
    execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', outDir, SAMPLE], { stdio: 'pipe', timeout: 180_000 });
    const input = path.join(outDir, 'sample-team.xlsx');
    const out = path.join(outDir, 'sample-team-audit.xlsx');
    await audit(input, out, '2026-09-01 10:00');
    const inParts = unpack(readFileSync(input));
    const outParts = unpack(readFileSync(out));
    // LibreOffice marks its first sheet as the selected tab; the copy opens on the Audit Summary instead.
    const selected = [...inParts].filter(([, d]) => /tabSelected="(1|true)"/.test(d.toString('utf8').slice(0, 4000))).map(([n]) => n);
    expect(changed(inParts, outParts, new Set([...OWNED, ...selected]))).toEqual([]);
    for (const n of selected) expect(outParts.get(n)!.toString('utf8')).toBe(inParts.get(n)!.toString('utf8').replace(/ tabSelected="(1|true)"/, ''));
    expect(opensInLibreOffice(out)).toBe(true);
  }, 400_000);
});
