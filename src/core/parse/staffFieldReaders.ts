import type { IssueSeverity } from '../auditIssue';
import type { AuditIssueCode } from '../auditIssueCode';
import type { CellValue } from '../cells/cellValue';
import type { DoneRecord, LsaLevel, PersonalSkillLevel, StaffField } from '../staffMember';
import { cellText } from './_lib/cellText';
import { meansNothing } from '../cells/meansNothing';
import { readNumber } from './_lib/readNumber';
import { canonicalSpecialism } from './canonicalSpecialism';
import { parseDate } from '../cells/parseDate';
import { parseLevel } from './parseLevel';
import { parsePersonalSkill } from './parsePersonalSkill';
import { parseYesNo } from './parseYesNo';
import { splitList, splitTitles } from './splitList';

/** A field value read from one cell, with the problem to report when the cell could not be read. */
export interface Read<T> {
  value: T;
  /** What went wrong, given with `problem` (docs/rules.md lists the codes). */
  code?: AuditIssueCode;
  problem?: string;
  /** The problem's severity (SPEC 4): Error unless said; a date after the audit date is used, so a Warning. */
  severity?: IssueSeverity;
}
type Reader = (v: CellValue, auditDate: string) => Read<unknown>;

/** Every reading is made here, so all have one shape: parseStaffRow reads millions of them at one place. */
function read<T>(value: T, code?: AuditIssueCode, problem?: string, severity: IssueSeverity = 'Error'): Read<T> {
  return { value, code, problem, severity };
}

/** A date after the audit date is kept, and reported as a Warning (SPEC 2.1 v2: only for things already done). */
function future<T>(value: T, auditDate: string): Read<T> {
  return read(value, 'future-date', `Date is after the audit date (${auditDate})`, 'Warning');
}

const MAX_HOURS_PER_WEEK = 80;

/** A date; "Yes" cannot stand in for a date that is a fact (start date), so it is reported. */
function readDate(v: CellValue, auditDate: string): Read<string | null> {
  const d = parseDate(v);
  if (d.kind === 'date') return d.date > auditDate ? future(d.date, auditDate) : read(d.date);
  if (d.kind === 'blank' || d.kind === 'no') return read(null);
  return d.kind === 'done' ? read(null, 'date-not-yes', 'A date is needed here, not Yes') : read(null, 'unreadable-date', 'Unreadable date (use dd/mm/yyyy)');
}

/** A date expected in the future (leaving, expiry): never reported for being after the audit date (SPEC 2.1 v2). */
function readPlannedDate(v: CellValue): Read<string | null> {
  const d = parseDate(v);
  if (d.kind === 'date') return read(d.date);
  if (d.kind === 'blank' || d.kind === 'no') return read(null);
  return d.kind === 'done' ? read(null, 'date-not-yes', 'A date is needed here, not Yes') : read(null, 'unreadable-date', 'Unreadable date (use dd/mm/yyyy)');
}

/** Full-time equivalent 0-1; a percentage ("80%", or 80) is read as a fraction (SPEC 2.1 v2). */
function readFte(v: CellValue): Read<number | null> {
  const text = typeof v === 'string' ? v.trim() : null;
  const percent = text !== null && text.endsWith('%');
  const n = readNumber(percent ? text.slice(0, -1) : v);
  if (n.kind === 'blank') return read(null);
  if (n.kind === 'number') {
    const fte = percent || (n.value > 1 && n.value <= 100) ? n.value / 100 : n.value;
    if (fte <= 1) return read(Math.round(fte * 10000) / 10000);
  }
  return read(null, 'unreadable-fte', 'Unreadable FTE (use 0 to 1, or a percentage)');
}

/** Something done, dated or not: "Yes" is done with no date, "No" is not done. */
function readDone(v: CellValue, auditDate: string): Read<DoneRecord | null> {
  const d = parseDate(v);
  if (d.kind === 'done') return read({ date: null });
  if (d.kind === 'date') {
    const value = { date: d.date };
    return d.date > auditDate ? future(value, auditDate) : read(value);
  }
  return d.kind === 'invalid' ? read(null, 'unreadable-date', 'Unreadable date (use dd/mm/yyyy, or Yes/No)') : read(null);
}

/** A plain text field: the cell's text; "n/a", "-", "none" mean nothing (SPEC 2.1 v2). @example readText('  Senior  LSA ').value // 'Senior LSA' */
export function readText(v: CellValue): Read<string | null> {
  const text = cellText(v);
  return read(text === null || meansNothing(text) ? null : text);
}

function readLevel(v: CellValue): Read<LsaLevel | null> {
  const l = parseLevel(v);
  if (l.kind === 'level') return read(l.level);
  return l.kind === 'blank' ? read(null) : read(null, 'unreadable-level', 'Unreadable LSA level (use 1-4, "Level 3" or "L3"): level 2 used');
}

function readSkill(v: CellValue): Read<PersonalSkillLevel | null> {
  const s = parsePersonalSkill(v);
  if (s.kind === 'level') return read(s.level);
  return s.kind === 'blank' ? read(null) : read(null, 'unreadable-skill-level', 'Unreadable level (use Entry 1-3, Level 1, Level 2, Level 3, or a GCSE grade)');
}

function readHours(max: number): Reader {
  return (v) => {
    const n = readNumber(v);
    if (n.kind === 'blank') return read(null);
    if (n.kind === 'number' && n.value <= max) return read(n.value);
    return read(null, 'unreadable-number', `Unreadable number of hours (0 to ${max})`);
  };
}

function readYesNo(v: CellValue): Read<boolean | null> {
  const yn = parseYesNo(v);
  if (yn.kind === 'value') return read(yn.value);
  return yn.kind === 'blank' ? read(null) : read(null, 'unreadable-yes-no', 'Unreadable Yes/No');
}

/** Peer network: Yes/No, or the network's name (which means Yes). */
function readNetwork(v: CellValue): Read<boolean | null> {
  const yn = parseYesNo(v);
  if (yn.kind === 'value') return read(yn.value);
  return read(yn.kind === 'blank' ? null : cellText(v) !== null);
}

/** Mentor: Yes, No, or the mentor's name. */
function readMentor(v: CellValue): Read<{ has: boolean; name: string | null } | null> {
  const yn = parseYesNo(v);
  if (yn.kind === 'value') return read({ has: yn.value, name: null });
  if (yn.kind === 'blank') return read(null);
  const name = cellText(v);
  return read(name === null ? null : { has: true, name });
}

function readSpecialisms(v: CellValue): Read<string[]> {
  const text = cellText(v);
  if (text === null || meansNothing(text)) return read([]);
  const seen = new Set<string>();
  // Each item on its own: "Autism; n/a" is autism alone.
  for (const item of splitList(typeof v === 'string' ? v : text)) if (!meansNothing(item)) seen.add(canonicalSpecialism(item));
  return read([...seen]);
}

function readTitles(v: CellValue): Read<string[]> {
  const text = typeof v === 'string' ? v : cellText(v);
  if (text === null || meansNothing(text)) return read([]);
  return read(splitTitles(text).filter((t) => !meansNothing(t)));
}

/** How each plain staff field is read from its cell (the parse boundary's schema for one row). */
export const STAFF_FIELD_READERS: Record<Exclude<StaffField, `compliance:${string}` | `expiry:${string}`>, Reader> = {
  staffId: readText,
  name: readText,
  firstName: readText,
  surname: readText,
  jobTitle: readText,
  level: readLevel,
  specialisms: readSpecialisms,
  contract: readText,
  hoursPerWeek: readHours(MAX_HOURS_PER_WEEK),
  startDate: readDate,
  induction: readDone,
  lastReview: readDone,
  selfAssessmentDate: readDate,
  english: readSkill,
  maths: readSkill,
  ict: readSkill,
  qualifications: readTitles,
  qcfUnits: readTitles,
  cpdHours: readHours(2000),
  paidToTrain: readYesNo,
  mentor: readMentor,
  jointTraining: readDone,
  peerNetwork: readNetwork,
  aspiration: readText,
  fte: readFte,
  leavingDate: readPlannedDate,
  lastObservation: readDone,
  releaseTime: readYesNo,
};

/**
 * Compliance columns hold the date last completed; "Yes" is done with no date (SPEC 3.9). A date that cannot be read is
 * recorded as done with an unreadable date, not as missing (SPEC 9.1): the need is to record a readable date.
 */
export const readCompliance: Reader = (v, auditDate) => {
  // A learning-management system's compliance matrix writes a status where it has no date: "Expired" is done and lapsed.
  if (typeof v === 'string' && LAPSED.test(v)) return read({ date: null, expired: true });
  const r = readDone(v, auditDate);
  return r.value === null && r.problem ? read({ date: null, unreadable: true }, r.code, r.problem) : r;
};

const LAPSED = /^\s*(?:expired|overdue|lapsed|out of date|renewal overdue|refresher overdue)\s*[.!]?\s*$/i;

/** Expiry columns hold the date the training expires, expected in the future (SPEC 2.1 v2, 3.9). */
export const readExpiry: Reader = readPlannedDate;
