import type { ReflectionRow } from './reflectionRow';
import type { AuditInput } from '../auditInput';
import { cpdReflectionText } from './cpdReflection';
import { reflectionCheck } from './reflection/reflectionCheck';

/**
 * Every piece of reflective writing the workbook holds, checked (SPEC 9.3): the Reflective log's entries and the CPD
 * log's reflections with their impact, person by person in staff-table order, then by date (undated last). null when
 * there is neither a Reflective log nor a Reflection or Impact column on the CPD log.
 * @example reflectionRows(input)?.[0].result.depth // 'Partly reflective'
 */
export function reflectionRows(input: AuditInput): ReflectionRow[] | null {
  if (!input.reflectiveLog && !input.cpdReflection) return null;
  const order = new Map<string, number>();
  const names = new Map<string, string>();
  input.staff.forEach((m, i) => {
    if (!order.has(m.id)) order.set(m.id, i);
    if (!names.has(m.id)) names.set(m.id, m.name);
  });
  const rows: ReflectionRow[] = [];
  const add = (staffId: string, date: string | null, entry: string, activity: string | null, from: ReflectionRow['from']) => {
    if (!order.has(staffId)) return; // a leaver's or a shared ID's writing is not audited
    rows.push({ staffId, name: names.get(staffId) ?? '', date, entry, activity, from, result: reflectionCheck(entry) });
  };
  for (const e of input.reflectiveLog ?? []) add(e.staffId, e.date, e.entry, e.activity, 'Reflective log');
  if (input.cpdReflection) {
    for (const e of input.cpd ?? []) {
      const text = cpdReflectionText(e);
      if (text !== null) add(e.staffId, e.date, text, e.activity || null, 'CPD log');
    }
  }
  const keyed = rows.map((row, i) => ({ row, i }));
  keyed.sort((a, b) => order.get(a.row.staffId)! - order.get(b.row.staffId)!
    || compareDates(a.row.date, b.row.date)
    || a.i - b.i);
  return keyed.map((k) => k.row);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
