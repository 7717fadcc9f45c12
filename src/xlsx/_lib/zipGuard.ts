import * as v8 from 'v8';
import * as zlib from 'zlib';
import { WorkbookReadError } from '../workbookReadError';
import { entryData, ZipFormatError, zipEntries, type ZipEntry } from './zipEntries';

/**
 * What the parts a run reads may expand to (README.md, Data safety). The reader keeps only cell values (no workbook model)
 * and the writer copies the other parts without inflating them. Measured with the benchmark's teams (62 columns; 10,000
 * staff = 22 MB of XML, 100,000 = 227 MB): a whole CLI run at 10,000 staff peaked at 420 MB RSS, 19 bytes per unpacked
 * byte, engine included. So the bound is the heap limit / 16, never above 256 MiB: node's default 4.3 GB heap admits the
 * 100,000-staff team. (Loading through exceljs needed 25 to 33 bytes of heap per unpacked byte, and a bound of / 50.)
 */
export const ZIP_LIMITS = {
  maxUncompressedBytes: 256 * 1024 * 1024,
  heapBytesPerUnpackedByte: 16,
  /** The V8 heap limit the run has (raise it with NODE_OPTIONS=--max-old-space-size); read when the guard runs. */
  heapLimit: undefined as number | undefined,
  /** Real XML compresses 5-20:1 (the 100,000-staff sheet: 5.6:1); deflate's ceiling is ~1,032:1. */
  maxRatio: 200,
  /** Small parts (styles, an empty sheet) may compress better; the ratio is only judged above this size. */
  ratioFromBytes: 1024 * 1024,
  maxEntries: 10_000,
};

/**
 * The unpacked size this run can audit: the smaller of the fixed ceiling and what the heap holds.
 * @example unpackedBound(ZIP_LIMITS) // 268,435,456 (256 MiB) under node's default 4.3 GB heap
 */
export function unpackedBound(limits: ZipLimits): number {
  const heap = limits.heapLimit ?? v8.getHeapStatistics().heap_size_limit;
  return Math.min(limits.maxUncompressedBytes, Math.floor(heap / limits.heapBytesPerUnpackedByte));
}

export type ZipLimits = typeof ZIP_LIMITS;

/** Inflates one entry and counts its bytes without keeping them, stopping as soon as it passes `limit`. */
function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

function bombLike(e: ZipEntry, limits: ZipLimits): boolean {
  return e.uncompressedSize > limits.ratioFromBytes && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize);
}

/**
 * Refuses a zip before its parts are read: declared sizes past the bound ('too-large'), an absurd compression ratio,
 * or an entry that inflates past its declared size ('zip-bomb'); a malformed directory is 'corrupt'. With `read`, the
 * size bound and the inflation check cover only the parts that will be read (the rest are copied, never inflated).
 * @example await zipGuard(fs.readFileSync('bomb.xlsx'), 'bomb.xlsx') // throws WorkbookReadError with kind 'zip-bomb'
 */
export async function zipGuard(
  bytes: Buffer, source: string, limits: ZipLimits = ZIP_LIMITS, read?: (name: string) => boolean,
): Promise<void> {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch (err) {
    if (err instanceof ZipFormatError || err instanceof RangeError) throw new WorkbookReadError('corrupt', source, { cause: err });
    throw err;
  }
  if (entries.length > limits.maxEntries) throw new WorkbookReadError('too-large', source);
  let declared = 0;
  for (const e of entries) {
    if (bombLike(e, limits)) throw new WorkbookReadError('zip-bomb', source);
    // Only the parts read count against memory: the others are copied to the output as they are, never inflated.
    if (!read || read(e.name)) declared += e.uncompressedSize;
  }
  if (declared > unpackedBound(limits)) throw new WorkbookReadError('too-large', source);
  // Declared sizes can lie, and exceljs would inflate a whole part into memory before noticing: count the real bytes first.
  for (const e of entries) {
    if (e.method !== 8 || (read && !read(e.name))) continue;
    let real: number;
    try {
      real = await inflatedSize(entryData(bytes, e), e.uncompressedSize);
    } catch (err) {
      throw new WorkbookReadError('corrupt', source, { cause: err });
    }
    if (real > e.uncompressedSize) throw new WorkbookReadError('zip-bomb', source);
  }
}
