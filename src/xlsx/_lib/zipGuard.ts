import * as v8 from 'v8';
import * as zlib from 'zlib';
import { WorkbookReadError } from '../workbookReadError';
import { entryData, ZipFormatError, zipEntries, type ZipEntry } from './zipEntries';

/**
 * What a workbook may expand to before exceljs loads it (README.md, Data safety). Measured with the benchmark's teams
 * (62 columns; 10,000 staff = 22 MB of XML, 20,000 = 45 MB, 100,000 = 227 MB), whole CLI runs with the streaming writer:
 * - peak RSS per unpacked input byte: 37 (10,000 staff: 0.82 GB), 31-35 (20,000: 1.3-1.5 GB), 26 (100,000: 5.7 GB under a 16 GB heap);
 * - peak V8 heap per unpacked input byte: 25 to 33. Loading the input is most of it; the output no longer adds to the peak.
 * So the bound is the heap limit / 50 (~87 MB, ~39,000 staff, under node's default 4.3 GB heap), never above 256 MiB
 * (what exceljs can load). The in-memory writer this replaced needed 145 bytes per unpacked byte.
 */
export const ZIP_LIMITS = {
  maxUncompressedBytes: 256 * 1024 * 1024,
  heapBytesPerUnpackedByte: 50,
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
 * @example unpackedBound(ZIP_LIMITS) // ~86,900,000 under node's default 4.3 GB heap
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
 * Refuses a zip before exceljs inflates it: declared sizes past the bound ('too-large'), an absurd compression ratio,
 * or an entry that inflates past its declared size ('zip-bomb'); a malformed directory is 'corrupt'.
 * @example await zipGuard(fs.readFileSync('bomb.xlsx'), 'bomb.xlsx') // throws WorkbookReadError with kind 'zip-bomb'
 */
export async function zipGuard(bytes: Buffer, source: string, limits: ZipLimits = ZIP_LIMITS): Promise<void> {
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
    declared += e.uncompressedSize;
    if (bombLike(e, limits)) throw new WorkbookReadError('zip-bomb', source);
  }
  if (declared > unpackedBound(limits)) throw new WorkbookReadError('too-large', source);
  // Declared sizes can lie, and exceljs would inflate a whole part into memory before noticing: count the real bytes first.
  for (const e of entries) {
    if (e.method !== 8) continue;
    let real: number;
    try {
      real = await inflatedSize(entryData(bytes, e), e.uncompressedSize);
    } catch (err) {
      throw new WorkbookReadError('corrupt', source, { cause: err });
    }
    if (real > e.uncompressedSize) throw new WorkbookReadError('zip-bomb', source);
  }
}
