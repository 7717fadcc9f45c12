import type { CriterionCode } from '../criterion';
import type { Rating } from '../rating';
import type { ComplianceCourse } from '../settings';
import type { StaffField } from '../staffMember';
import { cachedRating, cachedReader, type CellReader, type FieldReader } from './_lib/columnReaders';
import type { ParsedRating } from '../nos/parseRating';
import type { CellValue } from '../cells/cellValue';
import { IDENTITY_FIELDS } from './fieldSynonyms';
import type { FieldKind } from './mappedField';
import { readCompliance, readExpiry, readText, STAFF_FIELD_READERS } from './staffFieldReaders';

/** A mapped column of the staff table: its index in the row array, header text and field. */
export interface StaffColumn {
  index: number;
  header: string;
  field: FieldKind;
}

/**
 * How one column is read, decided once per table instead of once per cell. Every plan has every property (null when unused),
 * so all plans share one object shape and the row loop reads them at one place without checking which kind of object it has.
 */
export type ColumnPlan =
  | (PlanBase & { kind: 'rating'; code: CriterionCode; course: null; field: null; rate: (v: CellValue) => ParsedRating; reader: null })
  | (PlanBase & { kind: 'compliance'; code: null; course: ComplianceCourse; field: null; rate: null; reader: CellReader })
  | (PlanBase & { kind: 'expiry'; code: null; course: ComplianceCourse; field: null; rate: null; reader: CellReader })
  | (PlanBase & { kind: 'field'; code: null; course: null; field: StaffField; rate: null; reader: CellReader });

interface PlanBase {
  index: number;
  header: string;
  manager: boolean;
  identity: boolean;
  /** Counted as an audit cell for data completeness (O16): not identity, leaving-date or expiry columns, which are blank by design. */
  counted: boolean;
  slot: number;
  text: boolean;
}

/**
 * The slot of each StaffMember property a column sets. A row collects its values in an array by slot, then builds the member
 * in one object literal: indexed stores are cheap, where a store by property name varying per column is slow (measured).
 */
export const SLOT = {
  jobTitle: 0, level: 1, specialisms: 2, contractText: 3, hoursPerWeek: 4, startDate: 5, induction: 6, lastReview: 7,
  selfAssessmentDate: 8, english: 9, maths: 10, ict: 11, qualifications: 12, qcfUnits: 13, cpdHours: 14, paidToTrain: 15,
  mentor: 16, jointTraining: 17, peerNetwork: 18, aspirationText: 19, fte: 20, leavingDate: 21, lastObservation: 22, releaseTime: 23,
} as const;
const SLOTS = Object.keys(SLOT).length;

// Contract and aspiration keep the text as written; the canonical value is worked out from it.
const PROPERTY: Partial<Record<StaffField, keyof typeof SLOT>> = { contract: 'contractText', aspiration: 'aspirationText' };

/** What parseStaffRow needs to know about the table. */
export interface StaffRowContext {
  sheet: string;
  auditDate: string;
  fullTimeHours: number;
  plans: ColumnPlan[];
  /** The column of each plain field. */
  byField: Partial<Record<StaffField, StaffColumn>>;
  /** Scratch for one row's values by SLOT, reused row after row (rows are read one at a time). */
  values: unknown[];
  /** Every self / manager rating code of the table, not yet assessed: each row's ratings start as a copy. */
  selfTemplate: Partial<Record<CriterionCode, Rating>>;
  managerTemplate: Partial<Record<CriterionCode, Rating>>;
  /**
   * Cells counted for O16 only for some people (SPEC 9.1): Standard C self ratings (specialists only) and the mentor
   * (recent starters only).
   */
  standardCIndexes: number[];
  mentorIndex: number | null;
}

/** How the table is read beyond its own columns. */
export interface StaffTableOptions {
  /** A Units sheet holds the units: the QCF units column is then not a cell the rules need (O16, SPEC 9.1). */
  unitsSheet?: boolean;
}

// A mentor's reading is an object: read per row, so no two staff share one. Names and IDs are mostly unique: a cache would only cost.
const UNCACHED = new Set<StaffField>(['staffId', 'name', 'firstName', 'surname', 'mentor']);

/** A plan with its properties always in the same order: one object shape for every plan. */
function plan(p: ColumnPlan): ColumnPlan {
  const { kind, index, header, code, manager, course, field, identity, counted, slot, text, rate, reader } = p;
  return { kind, index, header, code, manager, course, field, identity, counted, slot, text, rate, reader } as ColumnPlan;
}

/**
 * The per-table context for parseStaffRow: one reading plan per mapped column.
 * @example staffRowContext('Staff', columns, '2025-03-31', 37).byField.name?.header // 'Name'
 */
export function staffRowContext(
  sheet: string, columns: StaffColumn[], auditDate: string, fullTimeHours: number, options: StaffTableOptions = {},
): StaffRowContext {
  const byField: Partial<Record<StaffField, StaffColumn>> = {};
  const plans: ColumnPlan[] = [];
  const rating = cachedRating(); // rating columns share their labels, so they share one cache
  // Columns read the same way share a cache too: a date first seen under Induction is already read for Safeguarding.
  const readers = new Map<FieldReader, CellReader>();
  const shared = (reader: FieldReader): CellReader => {
    let r = readers.get(reader);
    if (r === undefined) readers.set(reader, (r = cachedReader(reader, auditDate)));
    return r;
  };
  for (const c of columns) {
    const { index, header, field } = c;
    const base = { index, header, manager: false, identity: false, counted: true, slot: -1, text: false };
    if (field.kind === 'rating') {
      // SPEC 9.1: manager ratings are optional, so a blank one is not missing data (O16).
      const manager = field.source === 'manager';
      plans.push(plan({ ...base, kind: 'rating', code: field.code, manager, counted: !manager, course: null, field: null, rate: rating, reader: null }));
      continue;
    }
    if (!byField[field.field]) byField[field.field] = c;
    if (field.field.startsWith('compliance:')) {
      const course = field.field.slice('compliance:'.length) as ComplianceCourse;
      plans.push(plan({ ...base, kind: 'compliance', code: null, course, field: null, rate: null, reader: shared(readCompliance) }));
    } else if (field.field.startsWith('expiry:')) {
      const course = field.field.slice('expiry:'.length) as ComplianceCourse;
      plans.push(plan({ ...base, kind: 'expiry', counted: false, code: null, course, field: null, rate: null, reader: shared(readExpiry) }));
    } else {
      const reader = STAFF_FIELD_READERS[field.field as keyof typeof STAFF_FIELD_READERS];
      const identity = IDENTITY_FIELDS.has(field.field);
      const slot = identity ? -1 : SLOT[PROPERTY[field.field] ?? (field.field as keyof typeof SLOT)];
      const read = UNCACHED.has(field.field) ? (v: CellValue) => reader(v, auditDate) : shared(reader);
      const counted = !identity && field.field !== 'leavingDate' && !(field.field === 'qcfUnits' && options.unitsSheet === true);
      plans.push(plan({ ...base, kind: 'field', code: null, course: null, field: field.field, identity, counted, slot, text: reader === readText, rate: null, reader: read }));
    }
  }
  // Rows assess different subsets of up to 31 criteria. Adding only the assessed codes gave each row its own object shape:
  // 100,000 rows took seconds and 5x the memory (measured). Copying one template keeps a single shape; not assessed is undefined.
  const template = (manager: boolean) =>
    Object.fromEntries(plans.flatMap((p) => (p.kind === 'rating' && p.manager === manager ? [[p.code, undefined]] : [])));
  const values = new Array<unknown>(SLOTS).fill(null);
  const standardCIndexes = plans.flatMap((p) => (p.kind === 'rating' && !p.manager && p.code.startsWith('C') ? [p.index] : []));
  const mentorIndex = byField.mentor?.index ?? null;
  return {
    sheet, auditDate, fullTimeHours, plans, byField, values, selfTemplate: template(false), managerTemplate: template(true),
    standardCIndexes, mentorIndex,
  };
}
