import type { CellValue } from '../cellValue';
import type { CriterionCode } from '../criterion';
import type { Rating } from '../rating';
import type { ComplianceCourse } from '../settings';
import type { StaffField } from '../staffMember';
import { IDENTITY_FIELDS } from './fieldSynonyms';
import type { FieldKind } from './mappedField';
import { readCompliance, STAFF_FIELD_READERS, type Read } from './staffFieldReaders';

/** A mapped column of the staff table: its index in the row array, header text and field. */
export interface StaffColumn {
  index: number;
  header: string;
  field: FieldKind;
}

type CellReader = (v: CellValue) => Read<unknown>;

/** How one column is read, decided once per table instead of once per cell. */
export type ColumnPlan =
  | { kind: 'rating'; index: number; header: string; code: CriterionCode; manager: boolean }
  | { kind: 'compliance'; index: number; header: string; course: ComplianceCourse; read: CellReader }
  | { kind: 'field'; index: number; header: string; field: StaffField; identity: boolean; property: string; read: CellReader };

// Contract and aspiration keep the text as written; the canonical value is worked out from it.
const PROPERTY: Partial<Record<StaffField, string>> = { contract: 'contractText', aspiration: 'aspirationText' };

/** What parseStaffRow needs to know about the table. */
export interface StaffRowContext {
  sheet: string;
  auditDate: string;
  fullTimeHours: number;
  plans: ColumnPlan[];
  /** The column of each plain field. */
  byField: Partial<Record<StaffField, StaffColumn>>;
  /** Every self / manager rating code of the table, not yet assessed: each row's ratings start as a copy. */
  selfTemplate: Partial<Record<CriterionCode, Rating>>;
  managerTemplate: Partial<Record<CriterionCode, Rating>>;
}

// Staff tables repeat the same texts ("Permanent", "03/04/2024", "GCSE C") down a column: each distinct text is read once.
// Columns of mostly unique text (names, mentors, lists of titles) are read directly: a cache would only cost.
const CACHE_LIMIT = 10000;
const MAX_CACHED_TEXT = 32;
const UNCACHED = new Set<StaffField>(['staffId', 'name', 'firstName', 'surname', 'jobTitle', 'contract', 'aspiration', 'mentor']);

/** A reader that remembers its answer per distinct text, number or date; arrays are copied so no two staff share one. */
function cached(read: (v: CellValue, auditDate: string) => Read<unknown>, auditDate: string): CellReader {
  const byText = new Map<string, Read<unknown>>();
  const byNumber = new Map<number, Read<unknown>>();
  const byDate = new Map<number, Read<unknown>>();
  return (v) => {
    // Long texts are mostly unique, and hashing them costs more than reading them.
    const memo = typeof v === 'string' ? (v.length <= MAX_CACHED_TEXT ? byText : null) : typeof v === 'number' ? byNumber : v instanceof Date ? byDate : null;
    if (memo === null) return read(v, auditDate);
    const key = v instanceof Date ? v.getTime() : (v as string | number);
    let r = (memo as Map<string | number, Read<unknown>>).get(key);
    if (r === undefined) {
      r = read(v, auditDate);
      if (memo.size < CACHE_LIMIT) (memo as Map<string | number, Read<unknown>>).set(key, r);
    }
    return Array.isArray(r.value) ? { value: r.value.slice(), problem: r.problem } : r;
  };
}

/**
 * The per-table context for parseStaffRow: one reading plan per mapped column.
 * @example staffRowContext('Staff', columns, '2025-03-31', 37).byField.name?.header // 'Name'
 */
export function staffRowContext(sheet: string, columns: StaffColumn[], auditDate: string, fullTimeHours: number): StaffRowContext {
  const byField: Partial<Record<StaffField, StaffColumn>> = {};
  const plans: ColumnPlan[] = [];
  for (const c of columns) {
    const { index, header, field } = c;
    if (field.kind === 'rating') {
      plans.push({ kind: 'rating', index, header, code: field.code, manager: field.source === 'manager' });
      continue;
    }
    if (!byField[field.field]) byField[field.field] = c;
    if (field.field.startsWith('compliance:')) {
      plans.push({ kind: 'compliance', index, header, course: field.field.slice('compliance:'.length) as ComplianceCourse, read: cached(readCompliance, auditDate) });
    } else {
      const reader = STAFF_FIELD_READERS[field.field as keyof typeof STAFF_FIELD_READERS];
      plans.push({ kind: 'field', index, header, field: field.field, identity: IDENTITY_FIELDS.has(field.field), property: PROPERTY[field.field] ?? field.field, read: UNCACHED.has(field.field) ? (v) => reader(v, auditDate) : cached(reader, auditDate) });
    }
  }
  // Rows assess different subsets of up to 31 criteria. Adding only the assessed codes gave each row its own object shape:
  // 100,000 rows took seconds and 5x the memory (measured). Copying one template keeps a single shape; not assessed is undefined.
  const template = (manager: boolean) =>
    Object.fromEntries(plans.flatMap((p) => (p.kind === 'rating' && p.manager === manager ? [[p.code, undefined]] : [])));
  return { sheet, auditDate, fullTimeHours, plans, byField, selfTemplate: template(false), managerTemplate: template(true) };
}
