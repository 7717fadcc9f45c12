import type { CpdEntry, CpdType } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { RawSheet } from '../cells/rawWorkbook';
import type { CellValue } from '../cells/cellValue';
import { meansNothing } from '../cells/meansNothing';
import { cellText } from './_lib/cellText';
import { longText } from './_lib/longText';
import { cellOf, forEachDataRow, reportCell, readOptionalTable, STAFF_REF_SYNONYMS } from './_lib/optionalTable';
import { memo } from '../_lib/memo';
import { readNumber } from './_lib/readNumber';
import { joinStaff, type StaffIndex } from './_lib/staffIndex';
import { parseDate } from '../cells/parseDate';
import { isComplianceActivity } from '../compliance/complianceActivity';

export const CPD_COLUMNS = {
  ...STAFF_REF_SYNONYMS,
  // Learning-management and HR exports write "Completion date", "Course title", "Course category" and the like.
  date: ['Date', 'Date of activity', 'Activity date', 'Date completed', 'Date attended', 'Completion date', 'Completed on',
    'Completed date', 'Date of completion', 'Course date', 'Training date', 'Event date', 'Session date'],
  activity: ['Activity', 'Training', 'Course', 'Description', 'Title', 'Event', 'CPD activity', 'Course title', 'Course name',
    'Training title', 'Training name', 'Activity title', 'Module', 'Module title', 'Learning item', 'Event name', 'Session title'],
  hours: ['Hours', 'Duration', 'Duration hours', 'Time', 'CPD hours', 'Hrs', 'Course hours', 'Training hours', 'Learning hours'],
  type: ['Type', 'Activity type', 'CPD type', 'Category', 'Course category', 'Course type', 'Training type', 'Training category',
    'Learning type', 'CPD category'],
  // SPEC 9.3 (v3): what the person made of the activity and what changed in their practice (O23, the Reflection Check).
  reflection: ['Reflection', 'Reflections', 'Reflective notes', 'Reflective note', 'Reflection on learning', 'What I learned', 'What I learnt', 'Learning from it'],
  impact: ['Impact', 'Impact on practice', 'Impact on learners', 'Impact on learning', 'Changed practice', 'Change in practice', 'Changes to practice', 'Difference it made'],
} as const;

// First match wins: "joint training" before "training", "network" before anything else in "network meeting".
const TYPE_RULES: [RegExp, CpdType][] = [
  [/\bjoint\b/, 'joint training'],
  [/\b(?:network|forum|peer support|community of practice)\b/, 'network'],
  [/\bshadow/, 'shadowing'],
  [/\b(?:mentor|mentoring|coaching|coached)\b/, 'mentoring'],
  [/\b(?:e-?learning|online|webinar|elearn)\b/, 'e-learning'],
  [/\b(?:qualification|unit|certificate|diploma|nvq|award|degree|gcse|ptlls|ctlls|dtlls)\b/, 'qualification'],
  [/\b(?:training|course|workshop|session|conference|seminar|inset)\b/, 'training'],
];

/** The type a text names by the rules, or null. */
function typeOfText(text: string): CpdType | null {
  const t = text.toLowerCase();
  for (const [pattern, kind] of TYPE_RULES) if (pattern.test(t)) return kind;
  return null;
}

// A log repeats a few types and activities ("Course", "Team meeting"): each distinct text goes through the rules once.
const typeOfTextOnce = memo(typeOfText);

/**
 * The CPD type (SPEC 2.2) from the Type cell, else from the activity text; unknown is "other".
 * @example cpdType(null, 'Joint training with teachers on differentiation') // 'joint training'
 */
export function cpdType(type: string | null, activity: string | null): CpdType {
  // SPEC 2.2 (v2): an activity that names a compliance course is compliance whatever its type; so is a "mandatory" type.
  if (isComplianceActivity(activity, type)) return 'compliance';
  // A Type cell decides on its own, even when it names no known type.
  if (type !== null) return typeOfTextOnce(type) ?? 'other';
  return activity === null ? 'other' : typeOfTextOnce(activity) ?? 'other';
}

/** A Reflection or Impact cell's text, line breaks kept; "n/a" or "-" is none. */
function writtenText(v: CellValue | undefined): string | null {
  const text = longText(v);
  return text === null || meansNothing(text) ? null : text;
}

/**
 * Reads the CPD log (SPEC 2.2): one entry per row, joined to staff; missing or unreadable hours count 0 and are reported.
 * With a Reflection or Impact column (SPEC 9.3) each entry carries their text, and reflectionColumns is true.
 * @example parseCpdLog(sheet, index, '2025-03-31').entries[0] // { staffId: 'S1', date: '2025-01-10', activity: 'Autism awareness', hours: 3, type: 'training' }
 */
export function parseCpdLog(
  sheet: RawSheet, index: StaffIndex, auditDate: string,
): { entries: CpdEntry[]; issues: AuditIssue[]; reflectionColumns: boolean } {
  const entries: CpdEntry[] = [];
  const issues: AuditIssue[] = [];
  const table = readOptionalTable(sheet, CPD_COLUMNS);
  if (!table || !table.columns.hours) {
    issues.push({ sheet: sheet.name, row: null, column: null, staffId: null, problem: 'CPD log has no Hours column: sheet not read', code: 'missing-column', value: null, severity: 'Error' });
    return { entries, issues, reflectionColumns: false };
  }
  const reflectionColumns = table.columns.reflection !== undefined || table.columns.impact !== undefined;
  forEachDataRow(table, (cells, row) => {
    const staff = joinStaff(index, table, cells, row, issues);
    if (!staff) return;
    const hours = readNumber(cellOf(table, cells, 'hours'));
    if (hours.kind !== 'number') reportCell(table, cells, row, staff.id, issues, 'hours', hours.kind === 'blank' ? 'no-hours' : 'unreadable-number', hours.kind === 'blank' ? 'CPD entry has no hours: 0 counted' : 'Unreadable hours: 0 counted', hours.kind === 'blank' ? 'Warning' : 'Error');
    const date = parseDate(cellOf(table, cells, 'date'));
    if (date.kind !== 'date') reportCell(table, cells, row, staff.id, issues, 'date', date.kind === 'blank' ? 'no-date' : 'unreadable-date', date.kind === 'blank' ? 'CPD entry has no date: not counted in the last 12 months' : 'Unreadable date (use dd/mm/yyyy)', date.kind === 'blank' ? 'Warning' : 'Error');
    else if (date.date > auditDate) reportCell(table, cells, row, staff.id, issues, 'date', 'future-date', `Date is after the audit date (${auditDate})`, 'Warning');
    const activity = cellText(cellOf(table, cells, 'activity'));
    const typeText = cellText(cellOf(table, cells, 'type'));
    entries.push({
      staffId: staff.id,
      date: date.kind === 'date' ? date.date : null,
      activity: activity ?? '',
      hours: hours.kind === 'number' ? hours.value : 0,
      type: cpdType(typeText, activity),
      ...(typeText !== null ? { typeText } : {}),
      ...(reflectionColumns ? { reflection: writtenText(cellOf(table, cells, 'reflection')), impact: writtenText(cellOf(table, cells, 'impact')) } : {}),
    });
  });
  return { entries, issues, reflectionColumns };
}
