import type { CellValue } from '../cellValue';
import type { CriterionCode } from '../criterion';
import { parseRating, type ParsedRating } from '../parseRating';
import type { Rating } from '../rating';
import type { ComplianceCourse } from '../settings';
import type { StaffField } from '../staffMember';
import { DayCache } from './_lib/dayCache';
import { IDENTITY_FIELDS } from './fieldSynonyms';
import type { FieldKind } from './mappedField';
import { readCompliance, readText, STAFF_FIELD_READERS, type Read } from './staffFieldReaders';

/** A mapped column of the staff table: its index in the row array, header text and field. */
export interface StaffColumn {
  index: number;
  header: string;
  field: FieldKind;
}

type Reader = (v: CellValue, auditDate: string) => Read<unknown>;
type CellReader = (v: CellValue) => Read<unknown>;

/** How one column is read, decided once per table instead of once per cell. */
export type ColumnPlan =
  | { kind: 'rating'; index: number; header: string; code: CriterionCode; manager: boolean; read: (v: CellValue) => ParsedRating }
  | { kind: 'compliance'; index: number; header: string; course: ComplianceCourse; read: CellReader }
  | { kind: 'field'; index: number; header: string; field: StaffField; identity: boolean; slot: number; read: CellReader; text: boolean };

/**
 * The slot of each StaffMember property a column sets. A row collects its values in an array by slot, then builds the member
 * in one object literal: indexed stores are cheap, where a store by property name varying per column is slow (measured).
 */
export const SLOT = {
  jobTitle: 0, level: 1, specialisms: 2, contractText: 3, hoursPerWeek: 4, startDate: 5, induction: 6, lastReview: 7,
  selfAssessmentDate: 8, english: 9, maths: 10, ict: 11, qualifications: 12, qcfUnits: 13, cpdHours: 14, paidToTrain: 15,
  mentor: 16, jointTraining: 17, peerNetwork: 18, aspirationText: 19,
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
}

// Staff tables repeat the same texts ("Permanent", "03/04/2024", "GCSE C") down a column: each distinct text is read once.
// Columns of mostly unique text (names, IDs) are read directly: a cache would only cost.
const CACHE_LIMIT = 10000;
// Very long texts are mostly unique, and hashing them costs more than reading them; lists of titles up to this length repeat.
const MAX_CACHED_TEXT = 256;
const DAY_MS = 86400000;
// A mentor's reading is an object: read per row, so no two staff share one.
const UNCACHED = new Set<StaffField>(['staffId', 'name', 'firstName', 'surname', 'mentor']);

/** Remembers a reading in a bounded map. */
function remember<K>(memo: Map<K, Read<unknown>>, key: K, r: Read<unknown>): Read<unknown> {
  if (memo.size < CACHE_LIMIT) memo.set(key, r);
  return r;
}

/** A reader that remembers its answer per distinct text, number or day; readings are shared, so callers copy arrays before keeping them. */
function cached(read: Reader, auditDate: string): CellReader {
  const byText = new Map<string, Read<unknown>>();
  const byNumber = new Map<number, Read<unknown>>();
  const byDay = new DayCache<Read<unknown>>();
  return (v) => {
    let r: Read<unknown> | undefined;
    if (typeof v === 'string') {
      if (v.length > MAX_CACHED_TEXT) return read(v, auditDate);
      r = byText.get(v) ?? remember(byText, v, read(v, auditDate));
    } else if (typeof v === 'number') {
      r = byNumber.get(v) ?? remember(byNumber, v, read(v, auditDate));
    } else if (v instanceof Date) {
      // Readers see a Date only through its UTC date, so the day number is key enough (and a small integer hashes fast).
      const t = v.getTime();
      if (Number.isNaN(t)) return read(v, auditDate);
      const day = Math.floor(t / DAY_MS);
      r = byDay.get(day);
      if (r === undefined) {
        r = read(v, auditDate);
        if (byDay.outliers < CACHE_LIMIT) byDay.set(day, r);
      }
    } else return read(v, auditDate);
    return r;
  };
}

/** parseRating, remembered per distinct text (numbers are read directly: that is already cheap). */
function cachedRating(): (v: CellValue) => ParsedRating {
  const byText = new Map<string, ParsedRating>();
  return (v) => {
    if (typeof v !== 'string') return parseRating(v);
    let r = byText.get(v);
    if (r === undefined) {
      r = parseRating(v);
      if (byText.size < CACHE_LIMIT) byText.set(v, r);
    }
    return r;
  };
}

/**
 * The per-table context for parseStaffRow: one reading plan per mapped column.
 * @example staffRowContext('Staff', columns, '2025-03-31', 37).byField.name?.header // 'Name'
 */
export function staffRowContext(sheet: string, columns: StaffColumn[], auditDate: string, fullTimeHours: number): StaffRowContext {
  const byField: Partial<Record<StaffField, StaffColumn>> = {};
  const plans: ColumnPlan[] = [];
  const rating = cachedRating(); // rating columns share their labels, so they share one cache
  // Columns read the same way share a cache too: a date first seen under Induction is already read for Safeguarding.
  const readers = new Map<Reader, CellReader>();
  const shared = (reader: Reader): CellReader => {
    let r = readers.get(reader);
    if (r === undefined) readers.set(reader, (r = cached(reader, auditDate)));
    return r;
  };
  for (const c of columns) {
    const { index, header, field } = c;
    if (field.kind === 'rating') {
      plans.push({ kind: 'rating', index, header, code: field.code, manager: field.source === 'manager', read: rating });
      continue;
    }
    if (!byField[field.field]) byField[field.field] = c;
    if (field.field.startsWith('compliance:')) {
      plans.push({ kind: 'compliance', index, header, course: field.field.slice('compliance:'.length) as ComplianceCourse, read: shared(readCompliance) });
    } else {
      const reader = STAFF_FIELD_READERS[field.field as keyof typeof STAFF_FIELD_READERS];
      const identity = IDENTITY_FIELDS.has(field.field);
      plans.push({ kind: 'field', index, header, field: field.field, identity, slot: identity ? -1 : SLOT[PROPERTY[field.field] ?? (field.field as keyof typeof SLOT)], read: UNCACHED.has(field.field) ? (v) => reader(v, auditDate) : shared(reader), text: reader === readText });
    }
  }
  // Rows assess different subsets of up to 31 criteria. Adding only the assessed codes gave each row its own object shape:
  // 100,000 rows took seconds and 5x the memory (measured). Copying one template keeps a single shape; not assessed is undefined.
  const template = (manager: boolean) =>
    Object.fromEntries(plans.flatMap((p) => (p.kind === 'rating' && p.manager === manager ? [[p.code, undefined]] : [])));
  const values = new Array<unknown>(SLOTS).fill(null);
  return { sheet, auditDate, fullTimeHours, plans, byField, values, selfTemplate: template(false), managerTemplate: template(true) };
}
