// Dates and timeframes as people write them in objectives (SPEC 3.6 Time-bound). ISO yyyy-mm-dd; no clock is read.
import { addMonths, daysInMonth } from '../../_lib/isoDate';
import type { CellValue } from '../../cells/cellValue';
import { parseDate } from '../../cells/parseDate';

/** A deadline or timeframe found in an objective's text. */
export interface Deadline {
  phrase: string;
  /** The latest date the phrase can mean (a month's, term's or year's end), or null for a relative timeframe. */
  latest: string | null;
  /** Length in months of a relative timeframe ("within 6 months"), or null. */
  months: number | null;
}

const DAY_MS = 86_400_000;
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const valid = (y: number, m: number, d: number): boolean => y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
const monthEnd = (y: number, m: number): string => ymd(y, m, daysInMonth(y, m));
const year = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * An ISO date from what a cell or argument holds (read by the one date parser, parseDate); null when it is not a date.
 * @example toIsoDate(46266) // '2026-09-01'
 */
export function toIsoDate(value: unknown): string | null {
  const ok = value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date;
  const parsed = ok ? parseDate(value as CellValue) : null;
  return parsed !== null && parsed.kind === 'date' ? parsed.date : null;
}

/** Months from one ISO date to another (fractional, by days). */
export function monthsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS / (365.25 / 12);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3)) + 1;
/** Number words up to twenty (SPEC 3.6 v2: "within eight weeks"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const COUNT = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT_MONTHS: Record<string, number> = { day: 1 / 30, week: 0.25, fortnight: 0.5, month: 1, term: 4, year: 12 };

// The English academic year runs September to July; its terms as a deadline end: autumn in December, spring at
// Easter (April at the latest), summer in July; half terms in October, February and May.
const TERM_END: Record<string, [month: number, yearOffset: number]> = {
  autumn: [12, 0], spring: [4, 1], summer: [7, 1], 'autumn half': [10, 0], 'october half': [10, 0], 'spring half': [2, 1],
  'february half': [2, 1], 'summer half': [5, 1], 'may half': [5, 1],
};
const SEASON_END: Record<string, number> = { spring: 5, summer: 8, autumn: 11, winter: 2 };

/** Easter Sunday of a year (the Gregorian computus). */
function easter(y: number): string {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return ymd(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}
/** The academic year (its starting calendar year) the audit date falls in. */
const academicYear = (audit: string): number => (+audit.slice(5, 7) >= 8 ? +audit.slice(0, 4) : +audit.slice(0, 4) - 1);
/** The first of these yearly dates that is on or after the audit date. */
function next(audit: string, dateIn: (y: number) => string): string {
  const y = +audit.slice(0, 4);
  return dateIn(y) >= audit ? dateIn(y) : dateIn(y + 1);
}
const at = (latest: string): Omit<Deadline, 'phrase'> => ({ latest, months: null });
const within = (months: number): Omit<Deadline, 'phrase'> => ({ latest: null, months });

type Reader = (m: RegExpExecArray, audit: string) => Omit<Deadline, 'phrase'> | null;
// Longest forms first: a phrase already read is not read again by a shorter pattern.
const PATTERNS: [RegExp, Reader][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => (valid(+m[1], +m[2], +m[3]) ? at(ymd(+m[1], +m[2], +m[3])) : null)],
  [/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g, (m) => (valid(year(m[3]), +m[2], +m[1]) ? at(ymd(year(m[3]), +m[2], +m[1])) : null)],
  // Academic years: "2026/27", "2026-27", "2026/2027", "26/27".
  [/\b(?:(?:by|before|until|in|during|for|end of|the end of)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?((?:20)?\d{2})\s?[/-]\s?((?:20)?\d{2})\b(?:\s+academic\s+year)?/g, (m) => {
    const [from, to] = [year(m[1]), year(m[2])];
    return to === from + 1 ? at(ymd(to, 7, 31)) : null;
  }],
  [new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH}\\b,?\\s+(\\d{4})\\b`, 'g'), (m) => {
    const [y, mo] = [+m[3], monthOf(m[2])];
    if (m[1]) return valid(y, mo, +m[1]) ? at(ymd(y, mo, +m[1])) : null;
    return at(monthEnd(y, mo));
  }],
  // Quarters: "Q1 2027" (January to March), or with no year the next one.
  [/\bq([1-4])(?:\s+(20\d{2}))?\b/g, (m, audit) => {
    const day = (y: number): string => monthEnd(y, 3 * +m[1]);
    return at(m[2] ? day(+m[2]) : next(audit, day)); // "by Q3" is the next third quarter
  }],
  // Terms and half terms, with or without a year: "in the autumn term 2026", "by the spring half term", "February half term".
  [/\b(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(autumn|spring|summer|october|february|may)(\s+half)?[\s-]+term(?:\s+(20\d{2}))?\b/g, (m, audit) => {
    const key = m[2] ? `${m[1]} half` : m[1];
    const end = TERM_END[key];
    if (!end) return null;
    const [mo, offset] = end;
    if (m[3]) return at(monthEnd(+m[3], mo));
    const ay = academicYear(audit);
    const thisYear = monthEnd(ay + offset, mo);
    return at(thisYear >= audit ? thisYear : monthEnd(ay + offset + 1, mo));
  }],
  // Easter and Christmas, with or without a year ("by Easter 2027", "by Christmas").
  [/\b(easter|christmas|xmas)(?:\s+(20\d{2}))?\b/g, (m, audit) => {
    const day = (y: number): string => (m[1] === 'easter' ? easter(y) : ymd(y, 12, 25));
    return at(m[2] ? day(+m[2]) : next(audit, day));
  }],
  // Seasons with a year, or "next summer": "by summer 2027".
  [/\b(?:(next|this)\s+)?(spring|summer|autumn|winter)(?:\s+(20\d{2}))?\b/g, (m, audit) => {
    if (!m[1] && !m[3]) return null;
    const mo = SEASON_END[m[2]];
    const day = (y: number): string => monthEnd(mo === 2 ? y + 1 : y, mo);
    return at(m[3] ? day(+m[3]) : next(audit, day));
  }],
  // A month with no year is its next occurrence: "by March", "by the end of September".
  [new RegExp(`\\b(?:by|in|before|until|till|during|end of|end|from|for|next|w/c)\\s+(?:next\\s+|w/c\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH}\\b`, 'g'), (m, audit) => {
    const mo = monthOf(m[2]);
    return at(next(audit, (y) => monthEnd(y, mo)));
  }],
  [/\b(?:by|in|before|until|during|end of|for)\s+(20\d{2})\b/g, (m) => at(ymd(+m[1], 12, 31))],
  // Relative timeframes: "within eight weeks", "in the next 6 weeks", "over the next three years", "for 6 weeks".
  [new RegExp(`\\b(?:within|in|over|after|for)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?${COUNT}\\s+(day|week|fortnight|month|term|year)s?\\b`, 'g'),
    (m) => within((NUMBER_WORDS[m[1]] ?? Number(m[1])) * UNIT_MONTHS[m[2]])],
  [/\b(?:over|in|within)\s+the\s+(?:next|coming)\s+(year|month|term|fortnight|week)\b/g, (m) => within(UNIT_MONTHS[m[1]])],
  [/\b(?:by\s+|before\s+)?(?:the\s+)?end\s+of\s+(term|year)\b/g, (m, audit) => (m[1] === 'term' ? within(4) : at(ymd(+audit.slice(0, 4), 12, 31)))],
  // This or next academic year, year, term or month.
  [/\b(?:by\s+|before\s+|within\s+|during\s+)?((?:the\s+)?end\s+of\s+)?(this|next|the)\s+(academic\s+year|year|term|half[\s-]term|semester|month)\b/g, (m, audit) => {
    const [endOf, which] = [m[1] !== undefined, m[2] === 'next' ? 1 : 0];
    if (m[2] === 'the' && !endOf) return null; // "the year I qualified" is no deadline; "the end of the year" is
    if (m[3].startsWith('academic')) return at(ymd(academicYear(audit) + 1 + which, 7, 31));
    if (m[3] === 'year') return at(ymd(+audit.slice(0, 4) + which, 12, 31));
    if (m[3] === 'month') return at(addMonths(audit, 1 + which));
    return within(4 * (1 + which)); // a term, or the next one
  }],
];

const LEAD_IN = /(?:\b(?:by|before|until|till|in|during|from|for|on|at|starting|starting in|no later than|within|over)\s+)?(?:the\s+)?(?:very\s+)?(?:end\s+of\s+(?:the\s+)?)?(?<=\s)$/;

/** Every deadline or timeframe in the (lower-case) text, longest forms first; overlapping matches are skipped. */
export function findDeadlines(text: string, auditDate: string): Deadline[] {
  const found: (Deadline & { start: number; end: number })[] = [];
  for (const [re, read] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // The words that lead into a date belong to it: "by the end of October 2026".
      const start = m.index - (LEAD_IN.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0].length ?? 0);
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const d = read(m, auditDate);
      if (d) found.push({ ...d, phrase: text.slice(start, end).trim(), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ start: _s, end: _e, ...d }) => d);
}

/**
 * How far a deadline reaches from the audit date, in months (negative when it has passed).
 * @example reachMonths({ phrase: 'within 24 months', latest: null, months: 24 }, '2026-09-01') // 24
 */
export function reachMonths(d: Deadline, auditDate: string): number {
  return d.months ?? monthsBetween(auditDate, d.latest as string);
}
