import type { AuditIssue } from '../auditIssue';
import { isCellError, type CellValue } from '../cellValue';
import { parseRating } from '../parseRating';
import type { DoneRecord, StaffField, StaffMember } from '../staffMember';
import { cellText, isFilled, issueValue } from './_lib/cellText';
import { canonicalContract } from './canonicalContract';
import { parseAspiration } from './parseAspiration';
import type { StaffRowContext } from './staffRowContext';


/** A row read: the staff member (null for a blank row or a row without a name) and its problems. */
export interface ParsedStaffRow {
  staff: StaffMember | null;
  issues: AuditIssue[];
}

const BLANK_ROW: ParsedStaffRow = { staff: null, issues: [] };
const RATING_PROBLEM = 'Unreadable rating (use 0-4 or Not yet, Aware, Developing, Competent, Advanced): treated as not assessed';

/**
 * Reads one staff-table row into a StaffMember (SPEC 2.1), collecting problems as issues (SPEC 7) instead of throwing.
 * @example parseStaffRow(['S1', 'Ann Lee', 3], 5, ctx).staff?.level // 3
 */
export function parseStaffRow(cells: CellValue[], row: number, ctx: StaffRowContext): ParsedStaffRow {
  if (!cells.some(isFilled)) return BLANK_ROW;
  const text = (field: StaffField): string | null => {
    const col = ctx.byField[field];
    return col ? cellText(cells[col.index]) : null;
  };
  const idText = text('staffId');
  const id = idText ?? `Row ${row}`;
  const issues: AuditIssue[] = [];
  const report = (column: string | null, problem: string, value: CellValue | undefined): void => {
    issues.push({ sheet: ctx.sheet, row, column, staffId: id, problem, value: issueValue(value) });
  };
  const name = text('name') ?? ([text('firstName'), text('surname')].filter((p) => p !== null).join(' ') || null);
  if (name === null) {
    const nameCol = ctx.byField.name ?? ctx.byField.firstName ?? ctx.byField.surname;
    report(nameCol?.header ?? 'Name', 'Missing name: row not profiled', nameCol ? cells[nameCol.index] : null);
    return { staff: null, issues };
  }
  const staff: StaffMember = {
    sheet: ctx.sheet,
    row,
    id,
    idFromRow: idText === null,
    name,
    jobTitle: null,
    level: null,
    specialisms: [],
    contract: null,
    contractText: null,
    hoursPerWeek: null,
    startDate: null,
    induction: null,
    lastReview: null,
    selfAssessmentDate: null,
    english: null,
    maths: null,
    ict: null,
    qualifications: [],
    qcfUnits: [],
    cpdHours: null,
    paidToTrain: null,
    mentor: null,
    jointTraining: null,
    peerNetwork: null,
    aspiration: null,
    aspirationText: null,
    selfRatings: { ...ctx.selfTemplate },
    managerRatings: { ...ctx.managerTemplate },
    compliance: {},
    mappedCells: 0,
    filledCells: 0,
  };
  const fields = staff as unknown as Record<string, unknown>;
  for (const plan of ctx.plans) {
    const raw = cells[plan.index];
    const identity = plan.kind === 'field' && plan.identity;
    if (!identity) staff.mappedCells++;
    if (raw === null || raw === undefined) continue;
    if (isCellError(raw)) {
      report(plan.header, `Excel error value ${raw.error}: treated as blank`, raw);
      continue;
    }
    if (!identity && isFilled(raw)) staff.filledCells++;
    if (plan.kind === 'rating') {
      const r = parseRating(raw);
      if (r.kind === 'rating') (plan.manager ? staff.managerRatings : staff.selfRatings)[plan.code] = r.rating;
      else if (r.kind === 'invalid') report(plan.header, RATING_PROBLEM, raw);
      continue;
    }
    const read = plan.read(raw);
    if (read.problem) report(plan.header, read.problem, raw);
    if (plan.kind === 'compliance') {
      if (read.value) staff.compliance[plan.course] = read.value as DoneRecord;
    } else if (!identity && read.value !== null) fields[plan.property] = read.value;
  }
  const levelCol = ctx.byField.level;
  if (levelCol && !isFilled(cells[levelCol.index])) report(levelCol.header, 'No LSA level recorded: level 2 used', null);
  staff.contract = canonicalContract(staff.contractText, staff.hoursPerWeek, ctx.fullTimeHours);
  staff.aspiration = parseAspiration(staff.aspirationText);
  return { staff, issues };
}
