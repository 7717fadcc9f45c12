import type { AuditIssue } from '../auditIssue';
import { isCellError, type CellValue } from '../cellValue';
import type { CriterionCode } from '../criterion';
import { parseRating } from '../parseRating';
import type { Rating } from '../rating';
import type { ComplianceCourse } from '../settings';
import type { DoneRecord, StaffField, StaffMember } from '../staffMember';
import { cellText, isFilled, issueValue } from './_lib/cellText';
import { canonicalContract } from './canonicalContract';
import { IDENTITY_FIELDS } from './fieldSynonyms';
import type { FieldKind } from './mappedField';
import { parseAspiration } from './parseAspiration';
import { readCompliance, STAFF_FIELD_READERS } from './staffFieldReaders';

/** A mapped column of the staff table: its index in the row array, header text and field. */
export interface StaffColumn {
  index: number;
  header: string;
  field: FieldKind;
}

/** What parseStaffRow needs to know about the table; build it once per table with staffRowContext. */
export interface StaffRowContext {
  sheet: string;
  columns: StaffColumn[];
  auditDate: string;
  fullTimeHours: number;
  /** The column of each plain field, looked up once per table rather than once per row. */
  byField: Partial<Record<StaffField, StaffColumn>>;
}

/**
 * The per-table context for parseStaffRow.
 * @example staffRowContext('Staff', columns, '2025-03-31', 37).byField.name?.header // 'Name'
 */
export function staffRowContext(sheet: string, columns: StaffColumn[], auditDate: string, fullTimeHours: number): StaffRowContext {
  const byField: Partial<Record<StaffField, StaffColumn>> = {};
  for (const c of columns) if (c.field.kind === 'field' && !byField[c.field.field]) byField[c.field.field] = c;
  return { sheet, columns, auditDate, fullTimeHours, byField };
}

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
  const values: Partial<Record<StaffField, unknown>> = {};
  const selfRatings: Partial<Record<CriterionCode, Rating>> = {};
  const managerRatings: Partial<Record<CriterionCode, Rating>> = {};
  const compliance: Partial<Record<ComplianceCourse, DoneRecord>> = {};
  let mappedCells = 0;
  let filledCells = 0;
  for (const col of ctx.columns) {
    const raw = cells[col.index];
    const identity = col.field.kind === 'field' && IDENTITY_FIELDS.has(col.field.field);
    if (!identity) mappedCells++;
    if (isCellError(raw)) {
      report(col.header, `Excel error value ${raw.error}: treated as blank`, raw);
      continue;
    }
    if (raw === null || raw === undefined) continue;
    if (!identity && isFilled(raw)) filledCells++;
    if (col.field.kind === 'rating') {
      const r = parseRating(raw);
      if (r.kind === 'rating') (col.field.source === 'manager' ? managerRatings : selfRatings)[col.field.code] = r.rating;
      else if (r.kind === 'invalid') report(col.header, RATING_PROBLEM, raw);
      continue;
    }
    const field = col.field.field;
    if (field.startsWith('compliance:')) {
      const read = readCompliance(raw, ctx.auditDate);
      if (read.problem) report(col.header, read.problem, raw);
      if (read.value) compliance[field.slice('compliance:'.length) as ComplianceCourse] = read.value as DoneRecord;
      continue;
    }
    const read = STAFF_FIELD_READERS[field as keyof typeof STAFF_FIELD_READERS](raw, ctx.auditDate);
    if (read.problem) report(col.header, read.problem, raw);
    values[field] = read.value;
  }
  const levelCol = ctx.byField.level;
  if (levelCol && !isFilled(cells[levelCol.index])) report(levelCol.header, 'No LSA level recorded: level 2 used', null);
  const hoursPerWeek = (values.hoursPerWeek as number | null | undefined) ?? null;
  const contractText = (values.contract as string | null | undefined) ?? null;
  const aspirationText = (values.aspiration as string | null | undefined) ?? null;
  const staff: StaffMember = {
    sheet: ctx.sheet,
    row,
    id,
    idFromRow: idText === null,
    name,
    jobTitle: (values.jobTitle as string | null) ?? null,
    level: (values.level as StaffMember['level']) ?? null,
    specialisms: (values.specialisms as string[]) ?? [],
    contract: canonicalContract(contractText, hoursPerWeek, ctx.fullTimeHours),
    contractText,
    hoursPerWeek,
    startDate: (values.startDate as string | null) ?? null,
    induction: (values.induction as DoneRecord | null) ?? null,
    lastReview: (values.lastReview as DoneRecord | null) ?? null,
    selfAssessmentDate: (values.selfAssessmentDate as string | null) ?? null,
    english: (values.english as StaffMember['english']) ?? null,
    maths: (values.maths as StaffMember['maths']) ?? null,
    ict: (values.ict as StaffMember['ict']) ?? null,
    qualifications: (values.qualifications as string[]) ?? [],
    qcfUnits: (values.qcfUnits as string[]) ?? [],
    cpdHours: (values.cpdHours as number | null) ?? null,
    paidToTrain: (values.paidToTrain as boolean | null) ?? null,
    mentor: (values.mentor as StaffMember['mentor']) ?? null,
    jointTraining: (values.jointTraining as DoneRecord | null) ?? null,
    peerNetwork: (values.peerNetwork as boolean | null) ?? null,
    aspiration: parseAspiration(aspirationText),
    aspirationText,
    selfRatings,
    managerRatings,
    compliance,
    mappedCells,
    filledCells,
  };
  return { staff, issues };
}
