// Date cells are looked up by day number (days since 1970-01-01) many times per row. Days of plausible years index
// small arrays directly, which is much cheaper than hashing into a Map; other days fall back to a Map.
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const FIRST_DAY = -25567; // 1900-01-01
const CHUNKS = 72; // through 2101

/** A map from day numbers to values, for caches of date readings. */
export class DayCache<T> {
  private readonly chunks: (T | undefined)[][] = [];
  private readonly others = new Map<number, T>();

  /** The value for a day, or undefined. @example new DayCache<string>().get(20000) // undefined */
  get(day: number): T | undefined {
    const i = day - FIRST_DAY;
    if (i >= 0 && i < CHUNKS * CHUNK) {
      const chunk = this.chunks[i >> CHUNK_BITS];
      return chunk === undefined ? undefined : chunk[i & (CHUNK - 1)];
    }
    return this.others.get(day);
  }

  /** Remembers the value for a day. @example cache.set(20000, '2024-10-04') */
  set(day: number, value: T): void {
    const i = day - FIRST_DAY;
    if (i >= 0 && i < CHUNKS * CHUNK) {
      const c = i >> CHUNK_BITS;
      (this.chunks[c] ??= new Array<T | undefined>(CHUNK))[i & (CHUNK - 1)] = value;
    } else this.others.set(day, value);
  }

  /** Forgets everything. @example cache.clear() */
  clear(): void {
    this.chunks.length = 0;
    this.others.clear();
  }

  /** How many days outside the plausible years are held (the arrays themselves are bounded). @example cache.outliers // 0 */
  get outliers(): number {
    return this.others.size;
  }
}
