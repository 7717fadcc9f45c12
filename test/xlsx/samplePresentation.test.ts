import * as path from 'path';
import { auditToSheets } from '../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { readWorkbookFile } from '../../src/xlsx/readXlsx';
import { writeAuditWorkbook } from '../../src/xlsx/writeXlsx';
import { useTempDir } from './_lib/tempDir';
import { xlsxParts } from './_lib/xlsxParts';

const SAMPLE = path.join(__dirname, '../../assets/sample-team.xlsx');
const dir = useTempDir();

let counts = { green: 0, amber: 0, red: 0 };

async function writeSample(out: string, auditDate = '2026-09-01', input = SAMPLE): Promise<ReturnType<typeof xlsxParts>> {
  const read = await readWorkbookFile(input);
  const audit = runAudit(parseWorkbook(read.raw, { auditDate, auditDateExplicit: true }), NOS_CATALOGUE);
  counts = audit.summary;
  const sheets = auditToSheets(audit, { runAt: `${auditDate} 10:00`, catalogue: NOS_CATALOGUE });
  await writeAuditWorkbook(input, out, sheets, { read });
  return xlsxParts(out);
}

describe('the sample audit as the command line writes it (SPEC 4.2)', () => {
  let book: ReturnType<typeof xlsxParts>;
  beforeAll(async () => {
    book = await writeSample(path.join(dir(), 'audit.xlsx'));
  });

  it('prints the Audit Summary on one A4 landscape page, with a header and a numbered footer', () => {
    const summary = book.sheetPart('Audit Summary');
    expect(summary).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="1"/);
    expect(summary).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(summary).toMatch(/<oddHeader>&amp;LRiverside College&amp;C&amp;A&amp;RAudit date 01\/09\/2026<\/oddHeader>/);
    expect(summary).toContain('Page &amp;P of &amp;N');
    const workbook = book.part('xl/workbook.xml')!;
    expect(workbook).toMatch(/_xlnm.Print_Area" localSheetId="\d+">&apos;Audit Summary&apos;!\$A\$1:\$I\$\d+</);
  });

  it('repeats the header row and the Staff ID and Name columns on every page of wide sheets', () => {
    const workbook = book.part('xl/workbook.xml')!;
    expect(workbook).toContain('&apos;Skills Profile&apos;!$A:$B,&apos;Skills Profile&apos;!$1:$1');
    expect(workbook).toContain('&apos;Training Needs&apos;!$A:$B,&apos;Training Needs&apos;!$1:$1');
    expect(book.sheetPart('Training Needs')).toMatch(/orientation="landscape"/);
    expect(book.sheetPart('Skills Matrix (2)')).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="\d+" max="16383" man="1"\/><\/rowBreaks>/);
  });

  it('prints Personal Plans as a portrait form: a manual page break before each person, no header row, filter, frozen pane or print titles', () => {
    const plans = book.sheetPart('Personal Plans');
    expect(plans).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="portrait"/);
    expect(plans).toContain('<tabColor rgb="FF1F4E79"/>');
    expect(plans).toContain('Page &amp;P of &amp;N');
    expect(plans).not.toContain('<autoFilter');
    expect(plans).not.toContain('state="frozen"');
    expect(book.part('xl/workbook.xml')!).not.toContain('&apos;Personal Plans&apos;!$1:$1');
    const breaks = [...plans.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(plans).toContain(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    // 24 people audited (Jack Robinson starts after the audit date, SPEC 9.1), each from a new page: at least 23 breaks, and
    // each person's title row sits just below one of them.
    expect(breaks.length).toBeGreaterThanOrEqual(23);
    const strings = [...book.part('xl/sharedStrings.xml')!.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    // A person's title row: "Staff ID ..." in B; their name in A, with "(continued)" on a page the block runs on to.
    const textAt = (cell: string) => {
      const m = new RegExp(`<c r="${cell}"[^>]*t="s"[^>]*><v>(\\d+)<`).exec(plans);
      return m ? strings[Number(m[1])] : null;
    };
    const titleRows = [...plans.matchAll(/<c r="B(\d+)"[^>]*t="s"[^>]*><v>(\d+)<\/v>/g)].filter((m) => strings[Number(m[2])].startsWith('Staff ID ')).map((m) => Number(m[1]));
    expect(titleRows[0]).toBe(1);
    expect(titleRows.slice(1).every((row) => breaks.includes(row - 1))).toBe(true);
    const starts = titleRows.filter((row) => !textAt(`A${row}`)!.endsWith('(continued)'));
    expect(starts).toHaveLength(24);
    expect(breaks).toHaveLength(titleRows.length - 1);
  });

  it('gives every output sheet the one tab colour and opens the workbook on the Audit Summary', () => {
    for (const name of ['Audit Summary', 'Skills Profile', 'Skills Matrix (2)', 'Training Needs', 'Audit Issues', 'Audit History']) {
      expect(book.sheetPart(name)).toContain('<tabColor rgb="FF1F4E79"/>');
    }
    expect(book.sheetPart('LSA Team')).not.toContain('tabSelected="1"');
    expect(book.sheetPart('Audit Summary')).toContain('tabSelected="1"');
    const workbook = book.part('xl/workbook.xml')!;
    const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(/activeTab="(\d+)"/.exec(workbook)?.[1]).toBe(String(sheets.indexOf('Audit Summary')));
  });

  it('links the contents block to every other output sheet, under its final name', () => {
    const summary = book.sheetPart('Audit Summary');
    for (const target of ['Skills Profile', 'Skills Matrix (2)', 'Training Needs', 'Team Training Plan', 'Qualifications', 'Workforce Profile', 'PDP Check', 'Reflection Check', 'Personal Plans', 'Audit Issues', 'Audit History']) {
      expect(summary).toContain(`location="&apos;${target}&apos;!A1"`);
    }
  });

  it('writes native charts: chart and drawing parts, their relationships, content types and the sheet\'s <drawing>', () => {
    const charts = book.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBe(3); // two on the Audit Summary, one on the Skills Matrix (History draws from its second audit)
    const types = book.part('[Content_Types].xml')!;
    for (const c of charts) expect(types).toContain(`<Override PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    const summary = book.sheetPart('Audit Summary');
    expect(summary).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
    const all = charts.map((c) => book.part(c)!).join('\n');
    expect(all).toContain("<c:f>'Audit Summary'!$A$5:$A$7</c:f>");
    expect(all).toContain('<a:t>Indicators by status</a:t>');
    expect(all).toContain('<a:t>Percentage indicators against their targets</a:t>');
    expect(all).toContain('<a:t>% of assessed staff at target, per criterion</a:t>');
    // The Green, Amber and Red counts are cached in the status chart, in that order.
    expect(all).toContain(`<c:v>Red</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>'Audit Summary'!$B$5:$B$7</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>${counts.green}</c:v></c:pt><c:pt idx="1"><c:v>${counts.amber}</c:v></c:pt><c:pt idx="2"><c:v>${counts.red}</c:v></c:pt>`);
    const drawings = book.names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    for (const d of drawings) expect(book.part(d.replace('drawings/', 'drawings/_rels/') + '.rels')).toContain('../charts/chart');
  });

  it('stores the audit date as a real date shown dd/mm/yyyy, never as text', () => {
    const summary = book.sheetPart('Audit Summary');
    const cell = /<c r="B3"( s="(\d+)")?[^>]*><v>([^<]*)<\/v><\/c>/.exec(summary);
    expect(cell?.[3]).toBe('46266');
    const styles = book.part('xl/styles.xml')!;
    expect(styles).toMatch(/formatCode="dd\/mm\/yyyy"/);
    const history = book.sheetPart('Audit History');
    expect(/<c r="A2"[^>]*><v>([^<]*)<\/v>/.exec(history)?.[1]).toBe('46266');
  });

  it('shows no "seed" followed by a number and no ISO date text in any output cell (SPEC 4.1, 4.2)', () => {
    const strings = [...book.part('xl/sharedStrings.xml')!.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    const outputs = ['Audit Summary', 'Skills Profile', 'Skills Matrix (2)', 'Training Needs', 'Team Training Plan', 'Qualifications', 'Workforce Profile', 'PDP Check', 'Reflection Check', 'Personal Plans', 'Audit Issues', 'Audit History'];
    const texts = outputs.flatMap((name) => [...book.sheetPart(name).matchAll(/<c [^>]*t="s"[^>]*><v>(\d+)<\/v>/g)].map((m) => strings[Number(m[1])]));
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((t) => /seed\s*\d/i.test(t))).toEqual([]);
    expect(texts.filter((t) => /\b\d{4}-\d{2}-\d{2}\b/.test(t))).toEqual([]);
  });

  it('draws the Audit History trend from the second audit date on', async () => {
    const first = path.join(dir(), 'audit.xlsx');
    const again = path.join(dir(), 'audit-oct.xlsx');
    const second = await writeSample(again, '2026-10-01', first);
    const history = second.sheetPart('Audit History');
    expect(history).toContain('<drawing r:id=');
    const charts = second.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((c) => second.part(c)!).join('\n');
    expect(charts).toContain('<a:t>Green, Amber and Red indicators across audits</a:t>');
    expect(charts).toContain("'Audit History'!$A$2:$A$3");
    expect(book.sheetPart('Audit History')).not.toContain('<drawing');
    // The second run replaced the Personal Plans the first wrote (recorded as its own), rather than writing "(2)".
    const names = [...second.part('xl/workbook.xml')!.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names.filter((n) => n.startsWith('Personal Plans'))).toEqual(['Personal Plans']);
  });
});
