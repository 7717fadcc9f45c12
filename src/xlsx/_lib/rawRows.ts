import { columnLetters } from '../../core/_lib/columnLetters';
import type ExcelJS from 'exceljs';
import type { OutputValue } from '../../core/sheets/outputSheet';
import type { SheetStream } from './bookStream';
import { cellOut } from './cellOut';

/**
 * exceljs 4.4's streaming worksheet writer, as far as rows are written to it directly. Building an exceljs Row and Cell per
 * output cell, then rendering each through its XML serialiser, took most of the write time (2 million cells for 10,000 staff);
 * the output rows hold only literal text, numbers and booleans with a few shared styles, so their XML is written here.
 */
interface WriterInternals {
  startedData: boolean;
  useSharedStrings: boolean;
  stream: { write(text: string): void };
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _workbook: {
    styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number };
    sharedStrings: { add(text: string): number };
  };
}

const CHUNK = 256 * 1024;
const XML_SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string): string => text.replace(XML_SPECIAL, (ch) => ENTITY[ch]);


/** Writes rows of output values straight into a streamed worksheet, after any rows committed through exceljs. */
export class RawRows {
  private readonly w: WriterInternals;
  private readonly letters: string[] = [''];
  private readonly styleIds = new Map<Partial<ExcelJS.Style>, number>();
  // Rows are handed to the stream in chunks: one small write per row costs more in buffers and GC than the XML itself.
  private pending = '';

  constructor(ws: SheetStream) {
    this.w = ws as unknown as WriterInternals;
  }

  private letter(col: number): string {
    while (this.letters.length <= col) this.letters.push(columnLetters(this.letters.length));
    return this.letters[col];
  }

  private styleId(style: Partial<ExcelJS.Style> | undefined): number {
    if (!style) return 0;
    let id = this.styleIds.get(style);
    if (id === undefined) this.styleIds.set(style, (id = this.w._workbook.styles.addStyleModel(style)));
    return id;
  }

  private text(text: string): string {
    if (this.w.useSharedStrings) return ` t="s"><v>${this.w._workbook.sharedStrings.add(text)}</v></c>`;
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    return ` t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
  }

  /**
   * One row: every string a literal text cell (cellOut), numbers and booleans as such; `styles[c]` styles column c + 1.
   * @example rows.write(2, ['S1', 'Ann Lee', 3], [])
   */
  write(rowNumber: number, values: readonly OutputValue[], styles: readonly (Partial<ExcelJS.Style> | undefined)[],
    height: number | null = null): void {
    if (!this.w.startedData) {
      this.w._writeColumns();
      this.w._writeOpenSheetData();
      this.w.startedData = true;
    }
    let xml = '';
    const width = Math.max(values.length, styles.length);
    for (let i = 0; i < width; i++) {
      const out = cellOut(values[i]);
      const s = this.styleId(styles[i]);
      if (out === null && s === 0) continue;
      xml += `<c r="${this.letter(i + 1)}${rowNumber}"${s ? ` s="${s}"` : ''}`;
      if (out === null) xml += '/>';
      else if (typeof out === 'string') xml += this.text(out);
      else if (typeof out === 'boolean') xml += ` t="b"><v>${out ? 1 : 0}</v></c>`;
      else xml += `><v>${out}</v></c>`;
    }
    if (xml !== '') this.pending += `<row r="${rowNumber}"${height ? ` ht="${height}" customHeight="1"` : ''}>${xml}</row>`;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** Hands the rows written so far to the stream; call before committing the worksheet. */
  flush(): void {
    if (this.pending !== '') this.w.stream.write(this.pending);
    this.pending = '';
  }
}
