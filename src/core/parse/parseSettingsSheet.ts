import type { AuditIssue } from '../auditIssue';
import type { CellValue } from '../cells/cellValue';
import type { RawSheet } from '../cells/rawWorkbook';
import type { ComplianceCourse, Settings } from '../settings';
import { cellText, issueValue } from './_lib/cellText';
import { readNumber } from './_lib/readNumber';
import { headerWords, normaliseHeader } from './normaliseHeader';
import { parseDate } from './parseDate';

/** Overrides read from the Settings sheet; only what the sheet sets. */
export interface SettingsOverrides {
  organisation?: string;
  auditDate?: string;
  fullTimeHours?: number;
  cpdTargetHours?: number;
  developmentHoursAYear?: number;
  renewalYears?: Partial<Record<ComplianceCourse, number>>;
}

type Key = 'organisation' | 'auditDate' | 'fullTimeHours' | 'cpdTargetHours' | 'developmentHoursAYear';
export const SETTINGS_LABELS: Record<Key, string[]> = {
  organisation: ['Organisation', 'Organisation name', 'Organization', 'Organization name', 'College', 'Provider', 'Institution', 'Employer'],
  auditDate: ['Audit date', 'As of', 'As at', 'Date of audit', 'Audit as of'],
  fullTimeHours: ['Full-time hours', 'Full time hours', 'FT hours', 'Full-time weekly hours', 'Full time hours per week', 'Working week', 'Full-time equivalent hours'],
  cpdTargetHours: ['CPD target hours', 'CPD target', 'CPD hours target', 'Target CPD hours', 'CPD target hours per year'],
  developmentHoursAYear: ['Development hours a year', 'Development hours per year', 'Development hours', 'Development budget hours'],
};
const BY_LABEL = new Map<string, Key>();
for (const [key, labels] of Object.entries(SETTINGS_LABELS) as [Key, string[]][]) for (const l of labels) BY_LABEL.set(normaliseHeader(l), key);
const COURSES: [string[], ComplianceCourse][] = [
  [['safeguarding'], 'safeguarding'],
  [['health', 'safety'], 'healthAndSafety'],
  [['first', 'aid'], 'firstAid'],
  [['prevent'], 'prevent'],
  [['equality'], 'equalityAndDiversity'],
];
const RENEWAL_WORDS = new Set(['renewal', 'renew', 'renewed', 'refresh', 'refresher', 'years', 'expiry', 'valid', 'validity']);

// The accepted range of each number: a value outside it is a typing slip, reported and not used. Plain checks, not a
// schema library: loading one cost about 7% of the command line's CPU time on the sample, for three comparisons.
const NUMBERS: Record<'fullTimeHours' | 'cpdTargetHours' | 'developmentHoursAYear' | 'renewalYears', (n: number) => boolean> = {
  fullTimeHours: (n) => n > 0 && n <= 80,
  cpdTargetHours: (n) => n >= 0 && n <= 500,
  developmentHoursAYear: (n) => n >= 0 && n <= 1000,
  renewalYears: (n) => n > 0 && n <= 20,
};

/** The compliance course a renewal label names ("Safeguarding renewal (years)"), or null. */
function renewalCourse(label: string): ComplianceCourse | null {
  const words = headerWords(label);
  if (!words.some((w) => RENEWAL_WORDS.has(w))) return null;
  for (const [needed, course] of COURSES) if (needed.every((w) => words.includes(w))) return course;
  return null;
}

/**
 * Reads the Settings sheet (SPEC 2.2): label in one cell, value in the next filled cell to its right; unknown labels are ignored.
 * @example parseSettingsSheet(sheet).overrides // { organisation: 'Northtown College', fullTimeHours: 36 }
 */
export function parseSettingsSheet(sheet: RawSheet): { overrides: SettingsOverrides; issues: AuditIssue[] } {
  const overrides: SettingsOverrides = {};
  const issues: AuditIssue[] = [];
  sheet.rows.forEach((cells, i) => {
    const at = cells.findIndex((c) => cellText(c) !== null);
    if (at < 0) return;
    const label = cellText(cells[at]) as string;
    const valueAt = cells.findIndex((c, j) => j > at && cellText(c) !== null);
    const value: CellValue | undefined = valueAt < 0 ? undefined : cells[valueAt];
    const row = sheet.firstRow + i;
    const report = (problem: string): void => {
      issues.push({ sheet: sheet.name, row, column: label, staffId: null, problem, value: issueValue(value), severity: 'Error' });
    };
    const key = BY_LABEL.get(normaliseHeader(label));
    const course = key ? null : renewalCourse(label);
    if ((!key && !course) || value === undefined) return;
    if (key === 'organisation') overrides.organisation = cellText(value) ?? '';
    else if (key === 'auditDate') {
      const d = parseDate(value);
      if (d.kind === 'date') overrides.auditDate = d.date;
      else report('Unreadable audit date (use dd/mm/yyyy): not used');
    } else {
      const n = readNumber(value);
      const inRange = key ? NUMBERS[key] : NUMBERS.renewalYears;
      if (n.kind !== 'number' || !Number.isFinite(n.value) || !inRange(n.value)) return report('Unreadable or out-of-range number: default used');
      if (key) overrides[key] = n.value;
      else if (course) overrides.renewalYears = { ...overrides.renewalYears, [course]: n.value };
    }
  });
  return { overrides, issues };
}

/**
 * Settings with the sheet's overrides applied; an explicit audit date from the caller (CLI --as-of) wins over the sheet's.
 * @example applySettings(defaultSettings('2025-03-31'), { fullTimeHours: 36 }, false).fullTimeHours // 36
 */
export function applySettings(base: Settings, o: SettingsOverrides, auditDateExplicit: boolean): Settings {
  return {
    organisation: o.organisation ?? base.organisation,
    auditDate: !auditDateExplicit && o.auditDate ? o.auditDate : base.auditDate,
    fullTimeHours: o.fullTimeHours ?? base.fullTimeHours,
    cpdTargetHours: o.cpdTargetHours ?? base.cpdTargetHours,
    developmentHoursAYear: o.developmentHoursAYear ?? base.developmentHoursAYear,
    renewalYears: { ...base.renewalYears, ...o.renewalYears },
  };
}
