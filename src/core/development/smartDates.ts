// Dates and timeframes for the SMART check (private to the SMART check). Dates are ISO yyyy-mm-dd; no clock is read.

const DAY_MS = 86_400_000;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
// Callers pass valid dates; Date.UTC maps years 0-99 to 1900-1999, which only the slow path reproduces.
const iso = (y: number, m: number, d: number): string =>
  y >= 1000 && y <= 9999 ? `${y}-${pad2(m)}-${pad2(d)}` : new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastDay = (y: number, m: number): number =>
  y < 100 || m < 1 || m > 12 ? new Date(Date.UTC(y, m, 0)).getUTCDate() : m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1];
const validYmd = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);

/** An ISO date from ISO text, UK dd/mm/yyyy text or an Excel serial number; null when it is none of these. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1) return null;
    // Excel's day 0 is 1899-12-30 for every serial after its phantom 29 Feb 1900.
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * DAY_MS).toISOString().slice(0, 10);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  if (m && validYmd(+m[1], +m[2], +m[3])) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m && validYmd(+m[3], +m[2], +m[1])) return iso(+m[3], +m[2], +m[1]);
  if (/^\d+(\.\d+)?$/.test(t)) return toIsoDate(Number(t));
  return null;
}

/** A deadline or timeframe found in an objective's text. */
export interface Deadline {
  phrase: string;
  /** The earliest date the phrase can mean, or null for a relative timeframe. */
  earliest: string | null;
  /** The latest date it can mean (a month's or year's end), or null for a relative timeframe. */
  latest: string | null;
  /** Length in months of a relative timeframe ("within 6 months"), or null. */
  months: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, nine: 9, twelve: 12, eighteen: 18 };
const UNIT_MONTHS: Record<string, number> = { day: 1 / 30, week: 0.25, month: 1, term: 4, year: 12 };

const PATTERNS: [RegExp, (m: RegExpExecArray, auditDate: string) => Omit<Deadline, 'phrase'> | null][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => (validYmd(+m[1], +m[2], +m[3]) ? fixed(iso(+m[1], +m[2], +m[3])) : null)],
  [/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g, (m) => {
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return validYmd(y, +m[2], +m[1]) ? fixed(iso(y, +m[2], +m[1])) : null;
  }],
  [new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH}\\b,?\\s+(\\d{4})\\b`, 'gi'), (m) => {
    const [y, mo] = [+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1];
    if (m[1]) return validYmd(y, mo, +m[1]) ? fixed(iso(y, mo, +m[1])) : null;
    return { earliest: iso(y, mo, 1), latest: iso(y, mo, lastDay(y, mo)), months: null };
  }],
  [new RegExp(`\\b(?:by|in|before|until|till|during|end of|from)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH}\\b(?!,?\\s+\\d)`, 'gi'), (m, audit) => {
    const mo = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    const [ay, am] = audit.split('-').map(Number);
    const y = mo >= am ? ay : ay + 1; // a month with no year is its next occurrence
    return { earliest: iso(y, mo, 1), latest: iso(y, mo, lastDay(y, mo)), months: null };
  }],
  [/\b(?:by|in|before|until|during|end of)\s+(20\d{2})\b/gi, (m) => ({ earliest: iso(+m[1], 1, 1), latest: iso(+m[1], 12, 31), months: null })],
  [/\b(?:within|in|over|after|for)\s+(?:the\s+next\s+|the\s+)?(\d+|an?|one|two|three|four|five|six|nine|twelve|eighteen)\s+(day|week|month|term|year)s?\b/gi,
    (m) => ({ earliest: null, latest: null, months: (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) * UNIT_MONTHS[m[2].toLowerCase()] })],
  [/\b(?:by|before|within)\s+(?:the\s+)?(?:end\s+of\s+)?(?:this|next|the)?\s*(?:academic\s+year|year|term|half[- ]term|semester|month|christmas|easter|summer|autumn|spring|winter)(?:\s+term)?\b|\b(?:this|next)\s+(?:academic\s+year|year|term|month|semester)\b|\bend\s+of\s+(?:the\s+)?(?:academic\s+year|year|term|month)\b/gi,
    () => ({ earliest: null, latest: null, months: 12 })],
];
function fixed(date: string): Omit<Deadline, 'phrase'> {
  return { earliest: date, latest: date, months: null };
}

/** Every deadline or timeframe in the text, in the order of the patterns; overlapping matches are skipped. */
export function findDeadlines(text: string, auditDate: string): Deadline[] {
  const found: (Deadline & { start: number; end: number })[] = [];
  // The shared global patterns are reset and stepped with exec: matchAll would clone each one per call.
  for (const [re, read] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++; // none of the patterns can match empty text; this keeps a future one from looping
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const d = read(m, auditDate);
      if (d) found.push({ ...d, phrase: m[0].trim(), start, end });
    }
  }
  return found.map(({ start: _s, end: _e, ...d }) => d);
}

/** Months from one ISO date to another (fractional, by days). */
export function monthsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS / (365.25 / 12);
}
