import { writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, readXlsx, WorkbookReadError } from '../../src/xlsx/readXlsx';
import { useTempDir } from './_lib/tempDir';

const dir = useTempDir();

async function validXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Staff').addRows([['Staff ID', 'Name'], ['S1', 'Ann Lee']]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The start of an OLE compound file, as Office writes a password-protected workbook (or an old .xls). */
function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, ...streams.map((name) => Buffer.from(name, 'utf16le')), Buffer.alloc(256)]);
}

async function kindOf(bytes: Buffer | null, name = 'team.xlsx'): Promise<string> {
  const file = path.join(dir(), name);
  if (bytes) writeFileSync(file, bytes);
  try {
    await readWorkbookFile(file);
    return 'read';
  } catch (err) {
    if (!(err instanceof WorkbookReadError)) throw err;
    expect(err.message).not.toContain('\n');
    expect(err.message).toContain(name);
    return err.kind;
  }
}

describe('readWorkbookFile failures', () => {
  it('reads a valid workbook', async () => {
    expect(await kindOf(await validXlsx(), 'valid.xlsx')).toBe('read');
  });

  it('reports a missing file', async () => {
    expect(await kindOf(null, 'nowhere.xlsx')).toBe('missing');
  });

  it('reports a password-protected workbook (an encrypted OLE container)', async () => {
    expect(await kindOf(oleFile(['EncryptionInfo', 'EncryptedPackage']), 'locked.xlsx')).toBe('encrypted');
  });

  it('reports an old .xls file (OLE without an encrypted package) separately', async () => {
    expect(await kindOf(oleFile(['Workbook', 'SummaryInformation']), 'old.xls')).toBe('legacy-xls');
  });

  it('reports a truncated workbook as corrupt', async () => {
    const full = await validXlsx();
    expect(await kindOf(full.subarray(0, Math.floor(full.length / 2)), 'half.xlsx')).toBe('corrupt');
    expect(await kindOf(full.subarray(0, full.length - 8), 'short.xlsx')).toBe('corrupt');
  });

  it('reports text, CSV and empty files as not a workbook', async () => {
    expect(await kindOf(Buffer.from('Staff ID,Name\nS1,Ann Lee\n'), 'team.csv')).toBe('not-xlsx');
    expect(await kindOf(Buffer.alloc(0), 'empty.xlsx')).toBe('not-xlsx');
  });

  it('reports a folder given as the file as unreadable', async () => {
    expect(await kindOf(null, '.')).toBe('unreadable');
  });

  it('classifies bytes handed to readXlsx too', async () => {
    await expect(readXlsx(oleFile(['EncryptedPackage']))).rejects.toMatchObject({ kind: 'encrypted' });
  });
});
