/**
 * The user's locale for dates: Office's display language inside Excel, else the browser's (en-GB shows dd/mm/yyyy).
 * @example userLocale() // 'en-GB'
 */
export function userLocale(): string {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const lang = office?.context?.displayLanguage || (typeof navigator !== 'undefined' ? navigator.language : '') || 'en-GB';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length ? lang : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/**
 * An ISO date (yyyy-mm-dd) as the locale writes it, in numbers.
 * @example formatDate('2026-09-01', 'en-GB') // '01/09/2026'
 */
export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

/** The locale's order of day, month and year ("dmy" for en-GB, "mdy" for en-US). */
function order(locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(Date.UTC(2026, 10, 23))
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => p.type[0])
    .join('');
}

/**
 * A date typed the locale's way (or as yyyy-mm-dd) as ISO, or null when it is not a real date.
 * @example parseDate('01/09/2026', 'en-GB') // '2026-09-01'
 */
export function parseDate(text: string, locale: string): string | null {
  const t = text.trim();
  let y: number, mo: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) [y, mo, d] = [+iso[1], +iso[2], +iso[3]];
  else {
    const parts = t.split(/[./\-\s]+/).map(Number);
    if (parts.length !== 3 || parts.some((p) => !Number.isInteger(p))) return null;
    const at = (c: string) => parts[order(locale).indexOf(c)];
    [y, mo, d] = [at('y'), at('m'), at('d')];
    if (y < 100) y += 2000;
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
