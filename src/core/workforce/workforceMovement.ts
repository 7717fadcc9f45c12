import type { LearnerNeed, Leaver, Starter } from '../auditInput';
import { specialistCover } from './specialistCover';
import { lastTwelveMonthsStart } from '../lastTwelveMonths';
import type { QualificationProfile } from '../qualifications/qualificationProfile';
import type { Settings } from '../settings';
import type { StaffField, StaffMember } from '../staffMember';
import type { WorkforceRow } from './workforceRow';
import { ukDate } from '../_lib/ukDate';

export interface WorkforceMovementArgs {
  staff: readonly StaffMember[];
  leavers: readonly Leaver[];
  /** Rows whose start date is after the audit date (AuditInput.starters): planned starters, outside the headcount (SPEC 9.1). */
  starters?: readonly Starter[];
  qualifications: readonly QualificationProfile[];
  settings: Settings;
  mappedFields?: readonly StaffField[];
  /** Learner needs (AuditInput.learnerNeeds): single points of failure show the learners needing the specialism (SPEC 9.2). */
  learnerNeeds?: readonly LearnerNeed[] | null;
}

// A person's weekly hours: the hours column, else FTE x full-time hours (SPEC 2.1).
const weeklyHours = (m: Pick<StaffMember, 'hoursPerWeek'> & Partial<Pick<StaffMember, 'fte'>>, fullTime: number): number | null =>
  m.hoursPerWeek ?? (m.fte !== null && m.fte !== undefined ? m.fte * fullTime : null);

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * SPEC 3.10 (v2) rows a manager asks about: leavers and turnover, planned leavers, the share of hours worked by bank,
 * agency and hourly-paid staff, qualifications in progress, and specialisms only one person holds (with their names).
 * ELS report 2010 Recommendation 6 ("accurate workforce data"); ELS report 2010: hourly-paid and agency staff have the least access to
 * training.
 * @example workforceMovement({ staff, leavers, qualifications, settings })[0] // { section: 'Leavers', measure: 'Left in the last 12 months', count: 2, percent: 7.4 }
 */
export function workforceMovement(args: WorkforceMovementArgs): WorkforceRow[] {
  const { staff, settings } = args;
  const n = staff.length;
  const pct = (c: number, of = n) => (of === 0 ? null : round1((c * 100) / of));
  const rows: WorkforceRow[] = [];
  const mapped = (f: StaffField) => !args.mappedFields || args.mappedFields.includes(f);

  if (mapped('leavingDate')) {
    const from = lastTwelveMonthsStart(settings.auditDate);
    const left = args.leavers.filter((l) => l.leavingDate >= from && l.leavingDate <= settings.auditDate).length;
    rows.push({ section: 'Leavers', measure: 'Left in the last 12 months', count: left, percent: pct(left) });
    // Turnover = leavers / (headcount + leavers): the leavers were part of the workforce during the year.
    rows.push({ section: 'Leavers', measure: 'Turnover % (leavers / (headcount + leavers))', count: left, percent: pct(left, n + left) });
    const planned = staff.filter((m) => m.leavingDate !== null && m.leavingDate > settings.auditDate).length;
    rows.push({ section: 'Leavers', measure: 'Planned leavers (leaving date after the audit date)', count: planned, percent: pct(planned) });
  }

  if (mapped('startDate')) {
    const starters = args.starters?.length ?? 0;
    rows.push({ section: 'Starters', measure: 'Planned starters (start date after the audit date, not audited)', count: starters, percent: pct(starters) });
  }

  if (mapped('contract') && (mapped('hoursPerWeek') || mapped('fte'))) {
    let all = 0;
    let flexible = 0;
    for (const m of staff) {
      const h = weeklyHours(m, settings.fullTimeHours);
      if (h === null || !(h > 0)) continue;
      all += h;
      if (m.contract === 'bank/agency' || m.contract === 'hourly-paid') flexible += h;
    }
    rows.push({ section: 'Hours worked', measure: 'Weekly hours of bank, agency and hourly-paid staff (percent of all hours recorded)', count: round1(flexible), percent: pct(flexible, all) });
  }

  // SPEC 9.1: people whose qualifications are recorded as in progress (3.5), the rows of the Qualifications sheet's In
  // progress column; a certificate part-way by its units is certificate progress, not counted here.
  const byId = new Map(args.qualifications.map((q) => [q.staffId, q]));
  const inProgress = staff.filter((m) => (byId.get(m.id)?.inProgress.length ?? 0) > 0).length;
  rows.push({ section: 'Qualifications in progress', measure: 'Staff with a qualification recorded as in progress', count: inProgress, percent: pct(inProgress) });

  // Single points of failure (SPEC 3.10 v2, 9.2): a specialism only one person holds, with their name, the learners who
  // need it and the cover after planned leavers; then specialisms whose cover falls below 2 through planned leavers.
  // Each section's rows together, as the sheet reads them: the single points first, then the cover that falls below 2.
  const falling: WorkforceRow[] = [];
  for (const c of specialistCover(staff, settings.auditDate, args.learnerNeeds ?? null)) {
    const learners = c.learners > 0 ? `; ${c.learners} learners need it` : '';
    if (c.staff === 1) {
      const after = c.after < c.staff ? `; ${c.after} after ${ukDate(c.lastLeaving as string)}` : '';
      rows.push({ section: 'Specialisms held by one person', measure: `${c.name}: ${c.first}${after}${learners}`, count: 1, percent: pct(1) });
    } else if (c.after < 2) {
      const measure = `${c.name}: ${c.staff} staff, ${c.after} after ${ukDate(c.lastLeaving as string)}${learners}`;
      falling.push({ section: 'Specialist cover after planned leavers', measure, count: c.after, percent: pct(c.after) });
    }
  }
  rows.push(...falling);
  return rows;
}
