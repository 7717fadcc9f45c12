// Bundled into the contract test's page: the adapter, the engine, the fake and the mirror, run against the real
// Excel client script of @microsoft/office-js (loaded into the same page).
import { auditToSheets } from '../../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { runAudit } from '../../../src/core/runAudit';
import { activateSheet } from '../../../src/excel/activateSheet';
import { readWorkbook } from '../../../src/excel/readWorkbook';
import { saveSettings } from '../../../src/excel/saveSettings';
import { writeSheets } from '../../../src/excel/writeSheets';
import { FakeWorkbook } from '../_lib/fakeExcel';
import { mirrorContext, type MirrorReport } from '../_lib/mirrorContext';
import { sampleWorkbook } from '../_lib/sampleWorkbook';

declare const Excel: { RequestContext: new () => unknown };

export interface ContractRun {
  staff: number;
  /** Staff audited: the team less leavers and starters (SPEC 2.1, 9.1), the people Personal Plans holds. */
  audited: number;
  read: number[];
  write: number[];
  rerun: number[];
  other: number[];
  unknown: string[];
  readSyncs: number;
  writeSyncs: number;
  /** Per sync, in order: the fake's count of the request, and the real body's bytes. */
  counted: number[];
  real: number[];
  /** Manual page breaks added through the real library per output sheet of the first write, and the data rows that start a page. */
  pageBreaks: { sheet: string; added: number; expected: number; people: number }[];
}

/** One team through read, audit, write, a second write (sheets rewritten in place), a saved setting and a link. */
export async function contractRun(staff: number): Promise<ContractRun> {
  const book = new FakeWorkbook(sampleWorkbook(staff));
  book.sheet('Team')!.merges = ['A1:E1'];
  const unknown: string[] = [];
  const counted: number[] = [];
  const real: number[] = [];
  const session = async <T>(batch: (context: any) => Promise<T>): Promise<{ result: T; requests: number[] }> => {
    const report: MirrorReport = { requests: [], unknown };
    const before = book.payloads.length;
    const result = await batch(mirrorContext(book.context(), new Excel.RequestContext(), report));
    counted.push(...book.payloads.slice(before));
    real.push(...report.requests);
    return { result, requests: report.requests };
  };
  const read = await session((c) => readWorkbook(c, { mergedAreas: true }));
  const input = parseWorkbook(read.result.raw, { auditDate: '2025-06-30' });
  const sheets = auditToSheets(runAudit(input, NOS_CATALOGUE), { runAt: '2025-06-30 10:00', catalogue: NOS_CATALOGUE });
  const write = await session((c) => writeSheets(c, sheets));
  const targetOf = (output: string) => write.result.plans.find((p) => p.output === output)?.target ?? output;
  const pageBreaks = sheets.filter((s) => s.print?.rowBreaks?.length || s.print?.breakBeforeNotes).map((s) => ({
    sheet: targetOf(s.name),
    added: (book.sheet(targetOf(s.name))?.log as { path: string }[] | undefined ?? []).filter((e) => e.path === 'horizontalPageBreaks.add').length,
    expected: (s.print?.rowBreaks?.length ?? 0) + (s.print?.breakBeforeNotes && s.notes?.length ? 1 : 0),
    people: s.rows.filter((row) => typeof row[1] === 'string' && row[1].startsWith('Staff ID ') && !String(row[0]).endsWith('(continued)')).length,
  }));
  const rerun = await session((c) => writeSheets(c, sheets));
  const settings = await session((c) => saveSettings(c, { organisation: 'Northgate College' }));
  const link = await session((c) => activateSheet(c, 'Audit Issues'));
  return {
    staff, audited: input.staff.length, read: read.requests, write: write.requests, rerun: rerun.requests, other: [...settings.requests, ...link.requests], unknown,
    readSyncs: read.requests.length, writeSyncs: write.requests.length, counted, real, pageBreaks,
  };
}

/** Calls the real library lacks, through the mirror: it must report each one. */
export async function probeUnknown(): Promise<{ unknown: string[] }> {
  const book = new FakeWorkbook({ sheets: [{ name: 'Team', rows: [['a']] }] });
  const report: MirrorReport = { requests: [], unknown: [] };
  const context = mirrorContext(book.context(), new Excel.RequestContext(), report);
  const ws = context.workbook.worksheets.getItem('Team');
  ws.getUsedRangeOrNullObject(true).load('valuez');
  ws.getRangeByIndexes(0, 0, 1, 1).valuez = [['x']];
  try {
    ws.nonsense();
  } catch {
    // the fake has no such method either
  }
  await context.sync().catch(() => undefined); // the fake refuses the unknown property too
  return { unknown: report.unknown };
}

/** Real request bytes of adding `breaks` manual page breaks to one sheet, as the writer adds them (a range, then add). */
export async function pageBreakBytes(breaks: number): Promise<number> {
  const book = new FakeWorkbook({ sheets: [{ name: 'Plans', rows: [['a']] }] });
  const report: MirrorReport = { requests: [], unknown: [] };
  const context = mirrorContext(book.context(), new Excel.RequestContext(), report);
  const ws = context.workbook.worksheets.getItem('Plans');
  for (let r = 1; r <= breaks; r++) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r * 40, 0, 1, 1));
  await context.sync();
  if (report.unknown.length) throw new Error(report.unknown.join('; '));
  return report.requests[0];
}

(globalThis as { __contract?: unknown }).__contract = { contractRun, probeUnknown, pageBreakBytes };
