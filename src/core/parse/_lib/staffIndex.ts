import type { AuditIssue } from '../../auditIssue';
import type { CellValue } from '../../cells/cellValue';
import type { StaffMember } from '../../staffMember';
import { normaliseHeader } from '../normaliseHeader';
import { cellText, issueValue } from './cellText';
import { cellOf, type OptionalTable, type STAFF_REF_SYNONYMS } from './optionalTable';

type StaffRefKey = keyof typeof STAFF_REF_SYNONYMS;

/** Staff looked up by ID and by name in O(1), for joining optional sheets (SPEC 2.2). */
export interface StaffIndex {
  /** By lower-case staff ID. */
  byId: Map<string, StaffMember>;
  /** Looks an ID up ignoring case; an ID written as on the staff table is found without lower-casing it (no new string per row). */
  id(id: string): StaffMember | undefined;
  /** Looks a name up (case, spaces and punctuation ignored); the name map is built on first use only. */
  byName: { get(name: string): StaffMember | undefined };
  /** Staff whose ID another person on the staff table also has: rows joined by that ID are credited to neither (SPEC 9.1). */
  sharedId: Set<StaffMember>;
  /** Per shared ID (lower case): the ID as written and the rows of each optional sheet that could not be given to a person. */
  unassigned: Map<string, { id: string; rows: Map<string, number> }>;
}

/**
 * Indexes the staff; with duplicate IDs or names, the first row wins for lookups. An ID two rows share (also with a leaver or
 * a starter in `otherIds`, who are people too) is a shared ID: rows joined by it are credited to nobody (SPEC 9.1).
 */
export function staffIndex(staff: StaffMember[], otherIds: readonly string[] = []): StaffIndex {
  const byId = new Map<string, StaffMember>();
  // Each ID as written maps to what its lower-case form finds, so both lookups agree (first row wins).
  // One pass: an earlier row with the same lower-case ID is already in byId, and each ID is lower-cased once.
  const asWritten = new Map<string, StaffMember>();
  const sharedId = new Set<StaffMember>();
  for (const s of staff) {
    const id = s.id.toLowerCase();
    let first = byId.get(id);
    if (first === undefined) byId.set(id, (first = s));
    else if (!s.idFromRow) sharedId.add(first);
    if (!asWritten.has(s.id)) asWritten.set(s.id, first);
  }
  for (const other of otherIds) {
    const member = byId.get(other.toLowerCase());
    if (member !== undefined) sharedId.add(member);
  }
  const id = (text: string): StaffMember | undefined => asWritten.get(text) ?? byId.get(text.toLowerCase());
  let names: Map<string, StaffMember> | null = null;
  const get = (name: string): StaffMember | undefined => {
    if (names === null) {
      names = new Map();
      for (const s of staff) {
        const key = normaliseHeader(s.name);
        if (!names.has(key)) names.set(key, s);
      }
    }
    return names.get(name);
  };
  return { byId, id, byName: { get }, sharedId, unassigned: new Map() };
}

/** A row joined by a staff ID two people share is credited to neither (SPEC 9.1); it is counted for one Warning per ID. */
function credited(index: StaffIndex, found: StaffMember, sheet: string): StaffMember | null {
  if (!index.sharedId.has(found)) return found;
  const key = found.id.toLowerCase();
  let entry = index.unassigned.get(key);
  if (entry === undefined) index.unassigned.set(key, (entry = { id: found.id, rows: new Map() }));
  entry.rows.set(sheet, (entry.rows.get(sheet) ?? 0) + 1);
  return null;
}

/**
 * The Warnings for rows that could not be given to a person because two people share their staff ID (SPEC 9.1).
 * @example unassignedIssues(index, 'Staff', 'Staff ID')[0].problem // 'Staff ID LSA-014 is shared by two people: 1 row of CPD log could not be given to a person (credited to neither)'
 */
export function unassignedIssues(index: StaffIndex, sheet: string, column: string | null): AuditIssue[] {
  return [...index.unassigned.values()].map(({ id, rows }) => {
    const which = [...rows].map(([name, n]) => `${n} ${n === 1 ? 'row' : 'rows'} of ${name}`).join(', ');
    return {
      sheet, row: null, column, staffId: id, severity: 'Warning' as const, value: id, code: 'shared-staff-id' as const,
      problem: `Staff ID ${id} is shared by two people: ${which} could not be given to a person (credited to neither)`,
    };
  });
}

/** Finds the member of staff an optional-sheet row is about: by staff ID, else by name; an unmatched row is an issue. */
export function joinStaff<K extends string>(
  index: StaffIndex,
  table: OptionalTable<K | StaffRefKey>,
  cells: CellValue[],
  row: number,
  issues: AuditIssue[],
): StaffMember | null {
  const id = cellText(cellOf(table, cells, 'staffId'));
  const staff = cellText(cellOf(table, cells, 'staff'));
  let found = id !== null ? index.id(id) : undefined;
  if (found) return credited(index, found, table.sheet.name);
  if (staff !== null) {
    found = index.id(staff);
    if (found) return credited(index, found, table.sheet.name);
    found = index.byName.get(normaliseHeader(staff));
  }
  if (found) return found;
  // The name is read only when the ID did not find anyone: most rows stop above.
  const first = cellText(cellOf(table, cells, 'firstName'));
  const surname = cellText(cellOf(table, cells, 'surname'));
  const name = cellText(cellOf(table, cells, 'name')) ?? (first === null ? surname : surname === null ? first : `${first} ${surname}`);
  if (name !== null && (id === null || table.columns.staffId === undefined)) found = index.byName.get(normaliseHeader(name));
  if (found) return found;
  const key: StaffRefKey = id !== null ? 'staffId' : staff !== null ? 'staff' : 'name';
  const column = table.columns[key]?.header ?? null;
  const shown = id ?? staff ?? name;
  const problem = shown === null ? 'Row names no member of staff (no staff ID or name)' : 'No member of staff with this ID or name on the staff table';
  const code = shown === null ? 'no-staff-named' : 'unknown-staff';
  issues.push({ sheet: table.sheet.name, row, column, staffId: id, problem, code, value: issueValue(shown), severity: 'Error' });
  return null;
}
