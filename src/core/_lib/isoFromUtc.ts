import { DayCache } from './dayCache';

const DAY_MS = 86400000;
// A staff table holds thousands of date cells but only a few thousand distinct days: each day's text is built once.
// Days outside the plausible years are few; the cache is emptied if they pile up, so the memory held stays bounded.
const ISO_OF_DAY = new DayCache<string | null>();
const OUTLIER_LIMIT = 10000;

function formatUtc(d: Date): string | null {
  const y = d.getUTCFullYear();
  if (y < 1 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Zero-padded ISO date of a Date's UTC parts; adapters hand dates as UTC midnight. @example isoFromUtc(new Date(Date.UTC(2025, 3, 3))) // '2025-04-03' */
export function isoFromUtc(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  // UTC has no leap seconds in JavaScript, so the UTC date is a function of the whole days since 1970.
  const day = Math.floor(t / DAY_MS);
  let iso = ISO_OF_DAY.get(day);
  if (iso === undefined) {
    iso = formatUtc(d);
    if (ISO_OF_DAY.outliers >= OUTLIER_LIMIT) ISO_OF_DAY.clear();
    ISO_OF_DAY.set(day, iso);
  }
  return iso;
}

