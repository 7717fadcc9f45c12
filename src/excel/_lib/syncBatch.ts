import type { XlContext } from '../excelApi';

/** Excel on the web refuses a request over 5 MB; the writer aims under 4 MB as Office.js serialises the request. */
export const DEFAULT_CAP_BYTES = 4_000_000;

/**
 * How much larger Office.js's request body is than the pieces' estimates (which count the values, masks and addresses,
 * not the actions and object paths Office.js wraps them in). Measured with the real library
 * (test/excel/officeJsContract.test.ts): 3-4% on batches of rows, up to 13% on batches of formats.
 */
export const OFFICE_JS_OVERHEAD = 1.15;

/** One piece of work for a sync: its estimated request bytes, how to queue it, and how to halve it when too big. */
export interface BatchPiece {
  bytes: number;
  queue(): void;
  split?(): BatchPiece[] | null;
  /** A head of at most `room` bytes and the rest, or null when no head that small exists: lets a batch fill up. */
  splitTo?(room: number): [BatchPiece, BatchPiece] | null;
}

// Below this much room a batch is sent as it is, rather than taking a sliver of the next piece.
const MIN_FILL_BYTES = 64 * 1024;

/** True for Excel's "request too big" error (RichApi.Error code RequestPayloadSizeLimitExceeded). */
export function isRequestTooBig(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || /RequestPayloadSizeLimitExceeded/.test(String((e as Error)?.message ?? ''));
}

/**
 * Groups queued work into as few syncs as the payload cap allows: pieces are held until their total would pass the cap,
 * then queued and synced together. When Excel still refuses a request as too big, the batch is split in half (and a
 * piece that is too big alone is halved) and the cap lowered for the rest of the run. Each sync starts with calculation
 * and screen updating suspended.
 */
export class SyncBatch {
  private pending: BatchPiece[] = [];
  private bytes = 0;
  syncs = 0;

  constructor(private readonly context: XlContext, private cap: number = DEFAULT_CAP_BYTES) {}

  async add(piece: BatchPiece): Promise<void> {
    let next = piece;
    if (this.pending.length > 0 && this.bytes + next.bytes > this.cap) {
      // Fill the batch with the rows that fit before sending it: at 100,000 staff, sending part-full batches cost
      // about 12% more syncs than the payload needs.
      const room = this.cap - this.bytes;
      const parts = room >= MIN_FILL_BYTES ? (next.splitTo?.(room) ?? null) : null;
      if (parts) {
        this.pending.push(parts[0]);
        this.bytes += parts[0].bytes;
        next = parts[1];
      }
      await this.flush();
    }
    this.pending.push(next);
    this.bytes += next.bytes;
  }

  async flush(): Promise<void> {
    const pieces = this.pending;
    this.pending = [];
    this.bytes = 0;
    if (pieces.length > 0) await this.send(pieces);
  }

  private async send(pieces: BatchPiece[]): Promise<void> {
    const app = this.context.workbook.application;
    app.suspendApiCalculationUntilNextSync();
    if (typeof app.suspendScreenUpdatingUntilNextSync === 'function') app.suspendScreenUpdatingUntilNextSync();
    for (const p of pieces) p.queue();
    try {
      this.syncs++;
      await this.context.sync();
    } catch (e) {
      // Excel rejects an oversized request before running any of it, so resending the halves is safe.
      if (!isRequestTooBig(e)) throw e;
      const halves = pieces.length > 1 ? [pieces.slice(0, pieces.length >> 1), pieces.slice(pieces.length >> 1)] : (pieces[0].split?.() ??
        null)?.map((p) => [p]);
      if (!halves) throw e;
      this.cap = Math.max(1, Math.floor(Math.min(this.cap, pieces.reduce((n, p) => n + p.bytes, 0)) / 2));
      for (const half of halves) await this.send(half);
    }
  }
}
