import type { AuditIssue, IssueSeverity } from '../auditIssue';
import type { AuditIssueCode } from '../auditIssueCode';
import { isCellError, type CellValue } from '../cells/cellValue';
import { parseRating } from '../nos/parseRating';
import { isSpecialist } from '../nos/targets';
import { lastTwelveMonthsStart } from '../lastTwelveMonths';
import type { DoneRecord, LsaLevel, PersonalSkillLevel, StaffMember } from '../staffMember';
import { cellText, isFilled, issueCell } from './_lib/cellText';
import { canonicalContract } from './canonicalContract';
import { meansNothing } from '../cells/meansNothing';
import { isSummaryRow, looksLikeNote } from './isSummaryRow';
import { parseAspiration } from './parseAspiration';
import { specialismNamedIn } from './canonicalSpecialism';
import { SLOT, type StaffColumn, type StaffRowContext } from './staffRowContext';

/** A row read: the staff member (null for a blank row or a row without a name) and its problems. */
export interface ParsedStaffRow {
  staff: StaffMember | null;
  issues: AuditIssue[];
}

const BLANK_ROW: ParsedStaffRow = { staff: null, issues: [] };
const RATING_PROBLEM = 'Unreadable rating (use 0-4 or Not yet, Aware, Developing, Competent, Advanced): treated as not assessed';
const MISMATCH_PROBLEM = 'Rating number and label disagree (for example "3 - Developing"): treated as not assessed';

function filledCount(cells: CellValue[]): number {
  let n = 0;
  for (let i = 0; i < cells.length; i++) if (isFilled(cells[i])) n++;
  return n;
}

function anyFilled(cells: CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (isFilled(cells[i])) return true;
  return false;
}

/** A name or ID cell's text; "-", "n/a", "?" ... mean nothing there too (SPEC 2.1 v2). */
function textOf(cells: CellValue[], col: StaffColumn | undefined): string | null {
  if (col === undefined) return null;
  const text = cellText(cells[col.index]);
  return text === null || meansNothing(text) ? null : text;
}

function report(
  issues: AuditIssue[], sheet: string, row: number, staffId: string | null, column: string | null, code: AuditIssueCode, problem: string,
    value: CellValue | undefined,
  severity: IssueSeverity = 'Error', name: string | null = null,
): void {
  issues.push({ sheet, row, column, staffId, name, problem, code, ...issueCell(value), severity });
}

/**
 * Reads one staff-table row into a StaffMember (SPEC 2.1), appending its problems to `issues` (SPEC 7); null for a blank or nameless row.
 * The table reads every row through here with one issues list: no per-row result objects on a 100,000-row table.
 * @example readStaffRow(['S1', 'Ann Lee', 3], 5, ctx, issues)?.level // 3
 */
export function readStaffRow(cells: CellValue[], row: number, ctx: StaffRowContext, issues: AuditIssue[]): StaffMember | null {
  if (!anyFilled(cells)) return null;
  const { byField, sheet } = ctx;
  const idText = textOf(cells, byField.staffId);
  const id = idText ?? `Row ${row}`;
  let name = textOf(cells, byField.name);
  if (name === null) {
    // First name + Surname, either alone when the other is blank.
    const first = textOf(cells, byField.firstName);
    const surname = textOf(cells, byField.surname);
    name = first === null ? surname : surname === null ? first : `${first} ${surname}`;
  }
  const nameCol = byField.name ?? byField.firstName ?? byField.surname;
  // SPEC 2.1 (v2): "Total", "Average" ... rows are not people; the label is often in the first column, the name cell blank.
  const label = name ?? idText;
  if (label !== null && isSummaryRow(label)) {
    const col = name === null ? byField.staffId : nameCol;
    report(issues, sheet, row, null, col?.header ?? null, 'summary-row', 'summary row, not audited', label, 'Info');
    return null;
  }
  // The cell count first: it is cheap, and a note is a row with one cell filled (looksLikeNote splits the text into words).
  if (name !== null && filledCount(cells) === 1 && looksLikeNote(name)) {
    report(issues, sheet, row, null, nameCol?.header ?? null, 'note-row', 'note row, not audited', name, 'Info');
    return null;
  }
  if (name === null) {
    report(issues, sheet, row, id, nameCol?.header ?? 'Name', 'missing-name', 'Missing name: row not profiled', nameCol ? cells[nameCol.index] : null);
    return null;
  }
  const selfRatings: StaffMember['selfRatings'] = { ...ctx.selfTemplate };
  const managerRatings: StaffMember['managerRatings'] = { ...ctx.managerTemplate };
  const compliance: StaffMember['compliance'] = {};
  const complianceExpiry: StaffMember['complianceExpiry'] = {};
  let mappedCells = 0;
  let filledCells = 0;
  const { plans, values } = ctx;
  values.fill(null);
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i];
    const raw = cells[plan.index];
    const identity = plan.identity;
    const counted = plan.counted;
    if (counted) mappedCells++;
    if (raw === null || raw === undefined) continue;
    if (isCellError(raw)) {
      report(issues, sheet, row, id, plan.header, 'excel-error', `Excel error value ${raw.error}: treated as blank`, raw, 'Error', name);
      continue;
    }
    if (counted && isFilled(raw)) filledCells++;
    if (plan.kind === 'rating') {
      // Most ratings are numbers, read at once; texts ("Competent") go through the table's cache.
      const r = typeof raw === 'number' ? parseRating(raw) : plan.rate(raw);
      if (r.kind === 'rating') (plan.manager ? managerRatings : selfRatings)[plan.code] = r.rating;
      else if (r.kind === 'invalid') report(issues, sheet, row, id, plan.header, 'unreadable-rating', RATING_PROBLEM, raw, 'Error', name);
      else if (r.kind === 'mismatch') report(issues, sheet, row, id, plan.header, 'rating-label-mismatch', MISMATCH_PROBLEM, raw, 'Error', name);
      continue;
    }
    if (identity) continue; // read above, and plain text is never unreadable
    if (plan.text) {
      // Plain text cannot be unreadable: no reading object, no cache.
      const text = cellText(raw);
      if (text !== null) values[plan.slot] = text;
      continue;
    }
    const read = plan.reader(raw);
    if (read.code) report(issues, sheet, row, id, plan.header, read.code, read.problem!, raw, read.severity, name);
    if (plan.kind === 'compliance') {
      if (read.value) compliance[plan.course] = read.value as DoneRecord;
    } else if (plan.kind === 'expiry') {
      if (read.value) complianceExpiry[plan.course] = read.value as string;
    } else if (read.value !== null) {
      // Readings are shared between rows: each member gets its own copy of a list.
      values[plan.slot] = Array.isArray(read.value) ? read.value.slice() : read.value;
    }
  }
  const levelCol = byField.level;
  if (levelCol && !isFilled(cells[levelCol.index])) report(issues, sheet, row, id, levelCol.header, 'level-assumed', 'No LSA level recorded: level 2 used', null, 'Info', name);
  const contractText = values[SLOT.contractText] as string | null;
  const fte = values[SLOT.fte] as number | null;
  // SPEC 2.1 (v2): where there are no hours, hours = FTE x full-time hours.
  const hoursPerWeek = (values[SLOT.hoursPerWeek] as number | null) ??
    (fte === null ? null : Math.round(fte * ctx.fullTimeHours * 100) / 100);
  const aspirationText = values[SLOT.aspirationText] as string | null;
  const jobTitle = values[SLOT.jobTitle] as string | null;
  const specialisms = (values[SLOT.specialisms] ?? []) as string[];
  const startDate = values[SLOT.startDate] as string | null;
  // SPEC 9.1: O16 counts only the cells the rules need for this person.
  const uncount = (index: number) => {
    mappedCells--;
    const raw = cells[index];
    if (isFilled(raw) && !isCellError(raw)) filledCells--;
  };
  if (ctx.standardCIndexes.length > 0 && !isSpecialist({ specialisms, jobTitle })) for (const index of ctx.standardCIndexes) uncount(index);
  if (ctx.mentorIndex !== null && startDate !== null && startDate < lastTwelveMonthsStart(ctx.auditDate)) uncount(ctx.mentorIndex);
  const staff: StaffMember = {
    sheet,
    row,
    id,
    idFromRow: idText === null,
    name,
    jobTitle,
    level: values[SLOT.level] as LsaLevel | null,
    specialisms,
    contract: canonicalContract(contractText, hoursPerWeek, ctx.fullTimeHours),
    contractText,
    hoursPerWeek,
    fte,
    leavingDate: values[SLOT.leavingDate] as string | null,
    startDate,
    induction: values[SLOT.induction] as DoneRecord | null,
    lastReview: values[SLOT.lastReview] as DoneRecord | null,
    selfAssessmentDate: values[SLOT.selfAssessmentDate] as string | null,
    english: values[SLOT.english] as PersonalSkillLevel | null,
    maths: values[SLOT.maths] as PersonalSkillLevel | null,
    ict: values[SLOT.ict] as PersonalSkillLevel | null,
    qualifications: (values[SLOT.qualifications] ?? []) as string[],
    qcfUnits: (values[SLOT.qcfUnits] ?? []) as string[],
    cpdHours: values[SLOT.cpdHours] as number | null,
    paidToTrain: values[SLOT.paidToTrain] as boolean | null,
    mentor: values[SLOT.mentor] as StaffMember['mentor'],
    jointTraining: values[SLOT.jointTraining] as DoneRecord | null,
    peerNetwork: values[SLOT.peerNetwork] as boolean | null,
    lastObservation: values[SLOT.lastObservation] as DoneRecord | null,
    releaseTime: values[SLOT.releaseTime] as boolean | null,
    aspiration: parseAspiration(aspirationText),
    aspirationText,
    aspirationSpecialism: aspirationText === null ? null : specialismNamedIn(aspirationText),
    selfRatings,
    managerRatings,
    compliance,
    complianceExpiry,
    mappedCells,
    filledCells,
  };
  return staff;
}

/**
 * Reads one staff-table row into a StaffMember (SPEC 2.1), collecting problems as issues (SPEC 7) instead of throwing.
 * @example parseStaffRow(['S1', 'Ann Lee', 3], 5, ctx).staff?.level // 3
 */
export function parseStaffRow(cells: CellValue[], row: number, ctx: StaffRowContext): ParsedStaffRow {
  const issues: AuditIssue[] = [];
  const staff = readStaffRow(cells, row, ctx, issues);
  return staff === null && issues.length === 0 ? BLANK_ROW : { staff, issues };
}
