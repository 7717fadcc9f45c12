import type { LearnerNeed, Leaver, Starter } from '../auditInput';
import { successionView } from './successionView';
import { wholeYearsBetween } from '../_lib/isoDate';
import { workforceMovement } from './workforceMovement';
import type { QualificationProfile } from '../qualifications/qualificationProfile';
import type { Settings } from '../settings';
import type { ContractType, StaffField, StaffMember } from '../staffMember';
import { countWhere } from '../_lib/countWhere';
import { countBy } from '../_lib/countBy';
import { memo } from '../_lib/memo';
import type { WorkforceRow } from './workforceRow';


export interface WorkforceProfileArgs {
  staff: readonly StaffMember[];
  /** Joined by staff ID; someone without a profile counts as holding no learning-support qualification. */
  qualifications: readonly QualificationProfile[];
  settings: Settings;
  /** When given without qualifications or QCF units, the qualification section says "Not recorded". */
  mappedFields?: readonly StaffField[];
  /** Rows whose leaving date is on or before the audit date (AuditInput.leavers): turnover (SPEC 3.10 v2). */
  leavers?: readonly Leaver[];
  /** Rows whose start date is after the audit date (AuditInput.starters): planned starters (SPEC 9.1). */
  starters?: readonly Starter[];
  /** Learner needs: single points of failure show the learners needing the specialism (SPEC 9.2). */
  learnerNeeds?: readonly LearnerNeed[] | null;
  /** Each person's readiness for the next LSA level (SkillsProfile), in staff order: the succession view (SPEC 9.2). */
  readyForNextLevel?: readonly (boolean | null)[];
}

const CONTRACTS: [ContractType, string][] = [
  ['permanent full-time', 'Permanent full-time'], ['permanent part-time', 'Permanent part-time'], ['fixed-term', 'Fixed-term'],
  ['hourly-paid', 'Hourly-paid'], ['term-time only', 'Term-time only'], ['bank/agency', 'Bank/agency'], ['volunteer', 'Volunteer'],
];
// Completed years of service: [label, from (inclusive), to (exclusive)].
const SERVICE: [string, number, number][] = [
  ['Under 1 year', 0, 1], ['1-2 years', 1, 2], ['2-5 years', 2, 5], ['5-10 years', 5, 10], ['10+ years', 10, Infinity],
];

/**
 * SPEC 3.10 workforce profile (ELS report 2010 Recommendation 6: "provide and maintain accurate workforce data").
 * Fixed measures always appear (count 0 included) so profiles compare across audits; "Not recorded",
 * "Unknown" and "Other" rows appear only when someone falls in them.
 * @example workforceProfile({ staff, qualifications, settings })[0] // { section: 'Headcount', measure: 'Staff', count: 12, percent: 100 }
 */
export function workforceProfile(args: WorkforceProfileArgs): WorkforceRow[] {
  const { staff, settings } = args;
  const n = staff.length;
  const pct = (c: number) => (n === 0 ? null : Math.round((c * 1000) / n) / 10);
  const rows: WorkforceRow[] = [];
  const add = (section: string, measure: string, count: number, always = true) => {
    if (always || count > 0) rows.push({ section, measure, count, percent: pct(count) });
  };
  const countOf = (pred: (m: StaffMember) => boolean) => countWhere(staff, pred);

  add('Headcount', 'Staff', n);
  // FTE: hours / full-time hours, capped at 1 (SPEC 3.10); unknown hours add nothing and are counted.
  const fte = staff.reduce((s, m) => s + (m.hoursPerWeek === null ? 0 : Math.min(1, Math.max(0, m.hoursPerWeek) / settings.fullTimeHours)),
    0);
  rows.push({ section: 'FTE', measure: 'Full-time equivalent', count: Math.round(fte * 100) / 100, percent: null });
  add('FTE', 'Hours not recorded', countOf((m) => m.hoursPerWeek === null), false);

  // One tally per field, read for each value: a count over the whole team per value was most of this profile's time.
  const contracts = countBy(staff, (m) => m.contract);
  for (const [type, label] of CONTRACTS) add('Contract', label, contracts.get(type) ?? 0);
  add('Contract', 'Other', contracts.get('other') ?? 0, false);
  add('Contract', 'Not recorded', contracts.get(null) ?? 0, false);

  // A start date after the audit date cannot give a length of service: Unknown (Audit Issues reports it).
  const years = (m: StaffMember) =>
    m.startDate === null || m.startDate > settings.auditDate ? null : wholeYearsBetween(m.startDate, settings.auditDate);
  // Each person's years are worked out once, not once per band.
  const served = staff.map(years);
  const countServed = (pred: (y: number | null) => boolean) => countWhere(served, pred);
  for (const [label, from, to] of SERVICE) add('Length of service', label, countServed((y) => y !== null && y >= from && y < to));
  add('Length of service', 'Unknown', countServed((y) => y === null), false);

  const levels = countBy(staff, (m) => m.level);
  for (const level of [1, 2, 3, 4] as const) add('LSA level', `Level ${level}`, levels.get(level) ?? 0);
  add('LSA level', 'Not recorded', levels.get(null) ?? 0, false);

  addQualificationRows(args, add);

  const specialisms = new Map<string, { name: string; count: number }>();
  for (const m of staff) {
    const list = m.specialisms;
    // Each person counts once per specialism, under the spelling they first wrote it in; lists are short, so the
    // earlier entries are scanned rather than a set built per person.
    for (let i = 0; i < list.length; i++) {
      const key = specialismKey(list[i]);
      if (key === '' || list.slice(0, i).some((s) => specialismKey(s) === key)) continue;
      let entry = specialisms.get(key);
      if (entry === undefined) specialisms.set(key, (entry = { name: list[i].trim(), count: 0 }));
      entry.count += 1;
    }
  }
  [...specialisms.values()]
    .sort((a, b) => b.count - a.count || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
    .forEach((s) => add('Specialisms', s.name, s.count));
  add('Specialisms', 'No specialism', countOf((m) => m.specialisms.every((s) => s.trim() === '')), false);
  rows.push(...workforceMovement({
    staff, leavers: args.leavers ?? [], starters: args.starters, qualifications: args.qualifications, settings,
    mappedFields: args.mappedFields, learnerNeeds: args.learnerNeeds,
  }));
  if (args.readyForNextLevel) rows.push(...successionView(staff, args.readyForNextLevel, settings.auditDate));
  return rows;
}

// Specialism texts repeat across a team: each spelling is trimmed and lower-cased once.
const specialismKey = memo((s: string) => s.trim().toLowerCase());

function addQualificationRows(args: WorkforceProfileArgs, add: (s: string, m: string, c: number, always?: boolean) => void): void {
  const section = 'Highest learning-support qualification';
  if (args.mappedFields && !args.mappedFields.some((f) => f === 'qualifications' || f === 'qcfUnits')) {
    add(section, 'Not recorded', args.staff.length);
    return;
  }
  const byId = new Map(args.qualifications.map((q) => [q.staffId, q]));
  const levels = args.staff.map((m) => {
    const q = byId.get(m.id);
    return q ? Math.max(q.highestLevel ?? 0, q.l3Certificate.state === 'Achieved' ? 3 : 0) : 0;
  });
  const count = (pred: (l: number) => boolean) => countWhere(levels, pred);
  add(section, 'None', count((l) => l === 0));
  add(section, 'Level 1', count((l) => l === 1), false);
  add(section, 'Level 2', count((l) => l === 2));
  add(section, 'Level 3', count((l) => l === 3));
  add(section, 'Level 4 or above', count((l) => l >= 4));
}
