import { styleKey, type CellStyle } from '../outputSheet';

// Why not a Map keyed by "row:column": for 10,000 staff the sheets style ~490,000 cells, and hashing that many keys was
// most of auditToSheets' time and garbage. Typed arrays sit outside the JS heap, so they add no GC work either. Cells come
// in reading order, so keys are unique, iteration matches the Map's insertion order, and a lookup is a binary search.

/**
 * OutputSheet.styles as typed arrays (row, column, style number), read by the adapters as the Map it stands for.
 * @example [...new StyleGrid().set(0, 2, GOOD).set(1, 0, BAD)] // [['0:2', GOOD], ['1:0', BAD]]
 */
export class StyleGrid implements ReadonlyMap<string, CellStyle> {
  private rowOf = new Uint32Array(256);
  private columnOf = new Uint16Array(256); // Excel has 16,384 columns
  private styleNumberOf = new Uint16Array(256);
  private count = 0;
  /** The distinct styles, by the number stored per cell (a sheet uses a handful, shared from the palette). */
  private readonly styles: CellStyle[] = [];
  private readonly numberOfStyle = new Map<CellStyle, number>();

  /**
   * Styles one cell of the data rows; cells must come in reading order (a sheet builder's bug otherwise, so it throws).
   * @example new StyleGrid().set(0, 2, GOOD).get('0:2') // GOOD
   */
  set(row: number, column: number, style: CellStyle): this {
    const n = this.count;
    if (row >>> 0 !== row || (column & 0xffff) !== column) {
      throw new Error(`Style for cell ${styleKey(row, column)}: row and column must be whole numbers from 0 (column below 65,536)`);
    }
    if (n > 0 && (row < this.rowOf[n - 1] || (row === this.rowOf[n - 1] && column <= this.columnOf[n - 1]))) {
      throw new Error(`Style for cell ${styleKey(row, column)} set after ${styleKey(this.rowOf[n - 1], this.columnOf[n - 1])}`);
    }
    // A sheet uses a handful of styles, where a scan beats hashing; the Map keeps a sheet of many styles linear.
    let k = this.styles.length <= 16 ? this.styles.indexOf(style) : (this.numberOfStyle.get(style) ?? -1);
    if (k < 0) {
      if (this.styles.length > 0xffff) throw new Error('More than 65,536 distinct cell styles in one sheet');
      this.numberOfStyle.set(style, (k = this.styles.length));
      this.styles.push(style);
    }
    if (n === this.rowOf.length) this.grow();
    this.rowOf[n] = row;
    this.columnOf[n] = column;
    this.styleNumberOf[n] = k;
    this.count = n + 1;
    return this;
  }

  get size(): number {
    return this.count;
  }

  get(key: string): CellStyle | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.styles[this.styleNumberOf[i]];
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  /**
   * Each styled cell as numbers, in reading order: what the adapters want, with no "row:column" key built or parsed.
   * @example grid.forEachCell((row, column, style) => paint(row, column, style))
   */
  forEachCell(callback: (row: number, column: number, style: CellStyle) => void): void {
    for (let i = 0; i < this.count; i++) callback(this.rowOf[i], this.columnOf[i], this.styles[this.styleNumberOf[i]]);
  }

  forEach(callback: (style: CellStyle, key: string, map: ReadonlyMap<string, CellStyle>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.count; i++) callback.call(thisArg, this.styles[this.styleNumberOf[i]],
      styleKey(this.rowOf[i], this.columnOf[i]), this);
  }

  *entries(): MapIterator<[string, CellStyle]> {
    for (let i = 0; i < this.count; i++) yield [styleKey(this.rowOf[i], this.columnOf[i]), this.styles[this.styleNumberOf[i]]];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.count; i++) yield styleKey(this.rowOf[i], this.columnOf[i]);
  }

  *values(): MapIterator<CellStyle> {
    for (let i = 0; i < this.count; i++) yield this.styles[this.styleNumberOf[i]];
  }

  [Symbol.iterator](): MapIterator<[string, CellStyle]> {
    return this.entries();
  }

  private grow(): void {
    const size = this.rowOf.length * 2;
    const rows = new Uint32Array(size);
    const columns = new Uint16Array(size);
    const styles = new Uint16Array(size);
    rows.set(this.rowOf);
    columns.set(this.columnOf);
    styles.set(this.styleNumberOf);
    this.rowOf = rows;
    this.columnOf = columns;
    this.styleNumberOf = styles;
  }

  /** Position of a "row:column" key, or -1; a key the Map would not hold (e.g. "01:2") is not found either. */
  private indexOf(key: string): number {
    const at = key.indexOf(':');
    const row = Number(key.slice(0, at));
    const column = Number(key.slice(at + 1));
    if (at < 0 || styleKey(row, column) !== key) return -1;
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.rowOf[mid];
      const c = this.columnOf[mid];
      if (r === row && c === column) return mid;
      if (r < row || (r === row && c < column)) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
