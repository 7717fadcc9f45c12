import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import { entryData, zipEntries } from '../../../src/xlsx/_lib/zipEntries';

/** One part of a zip: its deflated bytes and the sizes the directory will claim (honest unless a test says otherwise). */
export interface ZipPart {
  name: string;
  deflated: Buffer;
  uncompressedSize: number;
  crc?: number;
}

const crc32 = (data: Buffer): number => zlib.crc32(data);

/** A part from plain bytes, deflated. */
export function part(name: string, data: Buffer | string): ZipPart {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return { name, deflated: zlib.deflateRawSync(bytes), uncompressedSize: bytes.length, crc: crc32(bytes) };
}

/** A part of `size` bytes: `head`, then `chunk` repeated, then `tail`; deflates to a tiny fraction of its size. */
export function repeatedPart(name: string, head: string, chunk: string, size: number, tail: string): ZipPart {
  const bytes = Buffer.alloc(size, chunk);
  bytes.write(head, 0);
  bytes.write(tail, size - tail.length);
  return part(name, bytes);
}

/** Writes a zip (deflate, no zip64) from parts, with whatever sizes the parts claim. */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc ?? 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc ?? 0, 16);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(p.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}

/** The parts of a real workbook written by exceljs, re-deflated, so a test can swap one. */
export async function workbookParts(build: (wb: ExcelJS.Workbook) => void): Promise<ZipPart[]> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return zipEntries(bytes).map((e) => part(e.name, e.method === 8 ? zlib.inflateRawSync(entryData(bytes, e)) : entryData(bytes, e)));
}
