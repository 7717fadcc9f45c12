/** One file of a zip as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  /** Where the entry's central directory record starts, and its length (name, extra field and comment included). */
  centralOffset: number;
  centralLength: number;
}

/** Zip record signatures (APPNOTE.TXT 4.3): end of central directory, central directory header, local file header. */
export const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
/** The largest 32-bit size or offset; a field holding it points to its zip64 value. */
export const MAX32 = 0xffffffff;
// The EOCD record is 22 bytes plus a comment of at most 65,535 bytes.
const EOCD_SEARCH = 22 + MAX16;

/** Thrown when the bytes are not a well-formed zip; loadWorkbook turns it into a 'corrupt' WorkbookReadError. */
export class ZipFormatError extends Error {}

function u64(bytes: Buffer, at: number): number {
  const n = bytes.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip64 size out of range');
  return Number(n);
}

function findEocd(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipFormatError('no end of central directory record');
}

/** Where the central directory is and how many entries it has, reading the zip64 record when the 32-bit fields overflow. */
function directory(bytes: Buffer): { count: number; offset: number; size: number } {
  const eocd = findEocd(bytes);
  let count = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  if ((count === MAX16 || size === MAX32 || offset === MAX32) && eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(bytes, eocd - 20 + 8);
    if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipFormatError('bad zip64 record');
    count = u64(bytes, at + 32);
    size = u64(bytes, at + 40);
    offset = u64(bytes, at + 48);
  }
  if (offset + size > bytes.length) throw new ZipFormatError('central directory outside the file');
  return { count, offset, size };
}

/** Sizes and offset from the zip64 extra field, for the fields the entry marks as overflowed (0xFFFFFFFF). */
function zip64Fields(bytes: Buffer, from: number, to: number, entry: ZipEntry): void {
  for (let at = from; at + 4 <= to; ) {
    const id = bytes.readUInt16LE(at);
    const len = bytes.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const end = Math.min(to, p + len);
      const next = (): number => {
        if (p + 8 > end) throw new ZipFormatError('short zip64 extra field');
        const v = u64(bytes, p);
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localOffset === MAX32) entry.localOffset = next();
      return;
    }
    at += 4 + len;
  }
}

/**
 * The entries a zip's central directory declares, read with plain Buffer reads (no decompression); throws ZipFormatError when malformed.
 * @example zipEntries(fs.readFileSync('team.xlsx')).find((e) => e.name === 'xl/worksheets/sheet1.xml')?.uncompressedSize // 158978027
 */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  if (bytes.length < 22) throw new ZipFormatError('too short for a zip');
  const { count, offset, size } = directory(bytes);
  const entries: ZipEntry[] = [];
  const end = offset + size;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError('bad central directory entry');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, Math.min(end, at + 46 + nameLength)),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      centralOffset: at,
      centralLength: 46 + nameLength + extraLength + commentLength,
    };
    zip64Fields(bytes, at + 46 + nameLength, Math.min(end, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The compressed bytes of one entry, located through its local header.
 * @example zlib.inflateRawSync(entryData(bytes, entries[0]))
 */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}
