import { closeSync, openSync, writeSync } from 'fs';
import * as zlib from 'zlib';
import { DeflatePieces } from './deflatePieces';
import { CENTRAL, EOCD, LOCAL, MAX32, type ZipEntry } from './zipEntries';

const DESCRIPTOR = 0x08074b50;
// A DOS date of 1 January 1980, 00:00: the same content gives the same bytes, whatever the clock says.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/** One entry of the zip being written, for its central directory record. */
interface Written {
  /** A copied entry's central record from the input, or null for a part written here. */
  central: Buffer | null;
  name: Buffer;
  offset: number;
  crc: number;
  compressedSize: number;
  size: number;
}

/**
 * Writes a zip (an .xlsx package) to a file: parts copied from another zip byte for byte (compressed data, headers and
 * all), and new parts deflated piece by piece as they are produced (DeflatePieces), so a part of hundreds of megabytes
 * never sits in memory.
 * No zip64: a part or a file past 4 GB is refused (an audit writes far less).
 * @example const zip = new ZipWriter('out.tmp'); zip.copy(bytes, entry); await zip.text('xl/workbook.xml', xml); zip.finish()
 */
export class ZipWriter {
  private readonly fd: number;
  private at = 0;
  private readonly entries: Written[] = [];
  private open: { name: Buffer; offset: number; data: DeflatePieces } | null = null;

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  private write(bytes: Buffer): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.at + done);
    this.at += bytes.length;
    if (this.at > MAX32) throw new Error('zip: output past 4 GB (no zip64)');
  }

  /**
   * Copies an entry of `source` as it is: local header, compressed data and data descriptor, then its central record.
   * @example zip.copy(input, entries.find((e) => e.name === 'xl/vbaProject.bin')!)
   */
  copy(source: Buffer, entry: ZipEntry): void {
    const start = entry.localOffset;
    if (source.readUInt32LE(start) !== LOCAL) throw new Error(`zip: bad local header for ${entry.name}`);
    const flags = source.readUInt16LE(start + 6);
    let end = start + 30 + source.readUInt16LE(start + 26) + source.readUInt16LE(start + 28) + entry.compressedSize;
    // Bit 3: sizes and CRC follow the data, with or without a signature, 32- or 64-bit (zip64 when the entry is).
    if (flags & 8) {
      const signed = end + 4 <= source.length && source.readUInt32LE(end) === DESCRIPTOR ? 4 : 0;
      const wide = entry.compressedSize >= MAX32 || entry.uncompressedSize >= MAX32 ? 8 : 4;
      end += signed + 4 + 2 * wide;
    }
    const central = Buffer.from(source.subarray(entry.centralOffset, entry.centralOffset + entry.centralLength));
    const name = central.subarray(46, 46 + central.readUInt16LE(28));
    this.entries.push({ central, name, offset: this.at, crc: 0, compressedSize: 0, size: 0 });
    this.write(source.subarray(start, end));
  }

  /** Starts a new deflated part; feed it with add() and close it with end(). */
  begin(name: string): void {
    if (this.open) throw new Error(`zip: ${name} begun inside another part`);
    const nameBytes = Buffer.from(name, 'utf8');
    this.open = { name: nameBytes, offset: this.at, data: new DeflatePieces((b) => this.write(b)) };
    this.write(localHeader(nameBytes, 0, 0, 0));
  }

  /** Adds bytes to the open part (a user's part rewritten). */
  addBytes(bytes: Buffer): Promise<void> {
    if (!this.open) throw new Error('zip: addBytes() outside a part');
    return this.open.data.addBytes(bytes);
  }

  /**
   * Adds text to the open part. Resolves at once unless deflated pieces are piling up.
   * @example for (const text of sheetXml(...)) await zip.add(text)
   */
  add(text: string): Promise<void> | undefined {
    if (!this.open) throw new Error('zip: add() outside a part');
    return this.open.data.add(text);
  }

  /** Closes the open part: its last pieces and final deflate block, and the sizes and CRC written back into its header. */
  async end(): Promise<void> {
    const open = this.open;
    if (!open) throw new Error('zip: end() outside a part');
    const data = open.data;
    await data.finish();
    const compressed = data.compressed;
    if (data.size > MAX32 || compressed > MAX32) throw new Error('zip: part past 4 GB (no zip64)');
    const header = localHeader(open.name, data.crc, compressed, data.size);
    writeSync(this.fd, header, 0, header.length, open.offset);
    this.entries.push({ central: null, name: open.name, offset: open.offset, crc: data.crc, compressedSize: compressed, size: data.size });
    this.open = null;
  }

  /**
   * A whole part from one string.
   * @example await zip.text('[Content_Types].xml', types)
   */
  async text(name: string, text: string): Promise<void> {
    this.begin(name);
    await this.add(text);
    await this.end();
  }

  /** Writes the central directory and closes the file. */
  finish(): void {
    const start = this.at;
    for (const e of this.entries) {
      if (e.central) {
        setLocalOffset(e.central, e.offset);
        this.write(e.central);
      } else this.write(centralRecord(e));
    }
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(EOCD, 0);
    eocd.writeUInt16LE(this.entries.length, 8);
    eocd.writeUInt16LE(this.entries.length, 10);
    eocd.writeUInt32LE(this.at - start, 12);
    eocd.writeUInt32LE(start, 16);
    if (this.entries.length > 0xffff) throw new Error('zip: too many parts (no zip64)');
    this.write(eocd);
    this.close();
  }

  /** Closes the file without finishing it (the caller removes it). */
  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
  }
}

function localHeader(name: Buffer, crc: number, compressed: number, size: number): Buffer {
  const h = Buffer.alloc(30 + name.length);
  h.writeUInt32LE(LOCAL, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // names in UTF-8
  h.writeUInt16LE(8, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  name.copy(h, 30);
  return h;
}

function centralRecord(e: Written): Buffer {
  const c = Buffer.alloc(46 + e.name.length);
  c.writeUInt32LE(CENTRAL, 0);
  c.writeUInt16LE(20, 4);
  c.writeUInt16LE(20, 6);
  c.writeUInt16LE(0x0800, 8);
  c.writeUInt16LE(8, 10);
  c.writeUInt16LE(DOS_TIME, 12);
  c.writeUInt16LE(DOS_DATE, 14);
  c.writeUInt32LE(e.crc >>> 0, 16);
  c.writeUInt32LE(e.compressedSize, 20);
  c.writeUInt32LE(e.size, 24);
  c.writeUInt16LE(e.name.length, 28);
  c.writeUInt32LE(e.offset, 42);
  e.name.copy(c, 46);
  return c;
}

/** Points a copied central record at the entry's new place, in its zip64 extra field when the 32-bit field overflowed. */
function setLocalOffset(central: Buffer, offset: number): void {
  if (central.readUInt32LE(42) !== MAX32) {
    central.writeUInt32LE(offset, 42);
    return;
  }
  const nameLength = central.readUInt16LE(28);
  const extraEnd = 46 + nameLength + central.readUInt16LE(30);
  for (let at = 46 + nameLength; at + 4 <= extraEnd; at += 4 + central.readUInt16LE(at + 2)) {
    if (central.readUInt16LE(at) !== 0x0001) continue;
    // The zip64 field holds, in order, only the values whose 32-bit fields are 0xFFFFFFFF.
    let p = at + 4;
    if (central.readUInt32LE(24) === MAX32) p += 8;
    if (central.readUInt32LE(20) === MAX32) p += 8;
    central.writeBigUInt64LE(BigInt(offset), p);
    return;
  }
  throw new Error('zip: copied entry without its zip64 offset');
}

/**
 * A small zip held in memory, its parts stored uncompressed (a package to build on: the CSV input's, the group audit's).
 * @example storedZip([{ name: '[Content_Types].xml', text: types }, ...])
 */
export function storedZip(parts: readonly { name: string; text: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const data = Buffer.from(p.text, 'utf8');
    const crc = zlib.crc32(data);
    const local = localHeader(name, crc, data.length, data.length);
    local.writeUInt16LE(0, 8);
    const central = centralRecord({ central: null, name, offset, crc, compressedSize: data.length, size: data.length });
    central.writeUInt16LE(0, 10);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}
