import { createWriteStream, type WriteStream } from 'fs';
import ExcelJS from 'exceljs';
import type { OutputChart } from '../../core/sheets/outputSheet';
import { chartXml, drawingRelsXml, drawingXml, REL_DRAWING, withChartTypes, type ValueAt } from './chartParts';

/** The parts of exceljs 4.4's streaming worksheet writer used here (some are not in its typings). */
export interface SheetStream {
  name: string;
  getRow(n: number): ExcelJS.Row;
  getColumn(n: number): ExcelJS.Column;
  commit(): void;
  autoFilter: ExcelJS.AutoFilter | string | null;
  dataValidations: { model: unknown };
  conditionalFormatting: unknown[];
  rowBreaks: unknown[];
  sheetProtection: unknown;
  _merges: unknown[];
}

export interface SheetStreamOptions {
  state?: ExcelJS.WorksheetState;
  views?: Partial<ExcelJS.WorksheetView>[];
  properties?: Partial<ExcelJS.WorksheetProperties>;
  pageSetup?: Partial<ExcelJS.PageSetup>;
  headerFooter?: Partial<ExcelJS.HeaderFooter>;
  autoFilter?: ExcelJS.AutoFilter | string | null;
}

/** A workbook being streamed to a file, one committed row at a time. */
export interface BookStream {
  addWorksheet(name: string, options?: SheetStreamOptions): SheetStream;
  /**
   * Puts native charts on a worksheet being streamed (before its commit): the chart and drawing parts go into the package
   * and the sheet gets its <drawing> element. `valueAt` gives the cells' values for the charts' caches.
   */
  addCharts(ws: SheetStream, charts: readonly OutputChart[], valueAt: ValueAt): void;
  /** Writes the rest of the package and waits until the file is closed. */
  finish(): Promise<void>;
  /** Stops writing and closes the file (the caller removes it). */
  abort(): Promise<void>;
}

interface WriterInternals {
  addWorksheet(name: string, options?: SheetStreamOptions): SheetStream;
  commit(): Promise<unknown>;
  zip: { abort(): void; append(data: string, options: { name: string }): unknown };
  views: unknown[];
  _definedNames: { model: unknown };
}

/** The streaming worksheet's parts that place a drawing (exceljs 4.4 internals). */
interface SheetInternals {
  _writeRowBreaks(): void;
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  stream: { write(text: string): void };
}

/** Bytes of a sheet's XML allowed to wait for the zip before the writer pauses. */
const BACKLOG_BYTES = 4 * 1024 * 1024;

/**
 * Waits until the zip has taken in most of the sheet's XML written so far. exceljs queues a sheet's XML for the zip without
 * back-pressure, and zlib works off the main thread: without this wait the whole output piled up in memory until commit
 * (measured: the file stayed under 1 MB until the last second of a 7 s write, and 100,000 staff held 1.4 GB of it).
 * @example if (row % 500 === 0) await zipCaughtUp(ws)
 */
export async function zipCaughtUp(ws: SheetStream): Promise<void> {
  // The sheet's XML goes through a readable-stream PassThrough (archiver's), whose queued bytes are in its two states.
  type Queue = { _writableState?: { length: number }; _readableState?: { length: number } };
  const pipe = (ws as unknown as { stream?: { pipes?: Queue[] } }).stream?.pipes?.[0];
  const queued = (): number => (pipe?._writableState?.length ?? 0) + (pipe?._readableState?.length ?? 0);
  await new Promise((resolve) => setImmediate(resolve));
  while (queued() > BACKLOG_BYTES) await new Promise((resolve) => setTimeout(resolve, 1));
}

function opened(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
}

function closed(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.closed) resolve();
    else stream.once('close', () => resolve());
  });
}

/**
 * Opens a streaming xlsx writer on `file` with the workbook-level settings of `source` (properties, defined names, window views).
 * Shared strings keep the file small (the output repeats criteria, statuses and names); measured: they cost no more time or memory.
 * @example const book = await openBookStream(workbook, 'out.xlsx.tmp'); ...; await book.finish()
 */
export async function openBookStream(source: ExcelJS.Workbook, file: string, views?: ExcelJS.WorkbookView[]): Promise<BookStream> {
  const out = createWriteStream(file);
  await opened(out);
  // Recorded here, and raced against the commit: a disk error would otherwise leave the commit waiting forever.
  let failed: (err: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    failed = reject;
  });
  failure.catch(() => undefined);
  out.on('error', (err) => failed(err));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
    created: source.created,
    modified: source.modified,
    creator: source.creator,
    lastModifiedBy: source.lastModifiedBy,
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>) as unknown as WriterInternals;
  writer.views = views ?? source.views ?? [];
  writer._definedNames.model = source.definedNames.model;
  const parts: { name: string; xml: string }[] = [];
  const drawings: number[] = [];
  const charts: number[] = [];
  // exceljs writes [Content_Types].xml knowing nothing of charts: their overrides are added as it goes into the zip.
  const append = writer.zip.append.bind(writer.zip);
  writer.zip.append = (data, options) =>
    append(options.name === '[Content_Types].xml' && drawings.length > 0 ? withChartTypes(data, drawings, charts) : data, options);
  return {
    addWorksheet: (name, options) => writer.addWorksheet(name, options),
    addCharts: (ws, list, valueAt) => {
      if (list.length === 0) return;
      const drawing = drawings.length + 1;
      drawings.push(drawing);
      const numbers = list.map((chart) => {
        const n = charts.length + 1;
        charts.push(n);
        parts.push({ name: `xl/charts/chart${n}.xml`, xml: chartXml(chart, ws.name, valueAt) });
        return n;
      });
      parts.push({ name: `xl/drawings/drawing${drawing}.xml`, xml: drawingXml(list) });
      parts.push({ name: `xl/drawings/_rels/drawing${drawing}.xml.rels`, xml: drawingRelsXml(numbers) });
      // <drawing> follows <headerFooter> and <rowBreaks> in a worksheet (ECMA-376 18.3.1.99): written right after them.
      const sheet = ws as unknown as SheetInternals;
      const rowBreaks = sheet._writeRowBreaks.bind(sheet);
      sheet._writeRowBreaks = () => {
        rowBreaks();
        const rId = sheet._sheetRelsWriter.addRelationship({ Target: `../drawings/drawing${drawing}.xml`, Type: REL_DRAWING });
        sheet.stream.write(`<drawing r:id="${rId}"/>`);
      };
    },
    finish: async () => {
      for (const part of parts) writer.zip.append(part.xml, { name: part.name });
      await Promise.race([writer.commit(), failure]);
      await closed(out);
    },
    abort: async () => {
      writer.zip.abort();
      out.destroy();
      await closed(out);
    },
  };
}
