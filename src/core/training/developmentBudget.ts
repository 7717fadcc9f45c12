import type { Settings } from '../settings';
import type { StaffMember } from '../staffMember';
import type { NeedRow } from './needRow';
import type { Priority } from './trainingNeed';

/** One person's development hours this year against their budget (SPEC 9.2). */
export interface DevelopmentBudget {
  /** Settings' "Development hours a year", pro rata to FTE, at least 6. */
  budgetHours: number;
  /** Guided hours of the needs planned "This year" that count against the budget. */
  plannedHours: number;
  /** Guided hours of the needs left for "Later". */
  laterHours: number;
  /** Guided hours of a qualification the person takes this year: its own release, shown beside the budget. */
  qualificationHours: number;
}

/** SPEC 9.2 default of Settings' "Development hours a year". */
export const DEFAULT_DEVELOPMENT_HOURS = 30;
const MINIMUM_HOURS = 6;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A person's development hours a year: the Settings figure pro rata to FTE (FTE, else hours / full-time hours, capped
 * at 1; unknown counts as full time), to the nearest hour and at least 6 so a sessional LSA still has a top-up (SPEC 9.2).
 * @example developmentBudgetHours({ ...settings, developmentHoursAYear: 30 }, { fte: 0.5, hoursPerWeek: null }) // 15
 */
export function developmentBudgetHours(settings: Settings, member: Pick<StaffMember, 'fte' | 'hoursPerWeek'>): number {
  const yearly = settings.developmentHoursAYear ?? DEFAULT_DEVELOPMENT_HOURS;
  const fte = member.fte ?? (member.hoursPerWeek !== null && settings.fullTimeHours > 0 ? member.hoursPerWeek / settings.fullTimeHours : 1);
  return Math.max(MINIMUM_HOURS, Math.round(yearly * Math.min(1, Math.max(0, fte))));
}

const PRIORITY_RANK: Record<Priority, number> = { High: 0, Medium: 1, Low: 2 };
const kindRank = (r: NeedRow) => (r.category === 'Compliance' ? 0 : r.category === 'NOS gap' ? 1 : 2);

/**
 * The order a person's plan follows (SPEC 9.2): High before Medium before Low; within a priority, compliance, then NOS
 * gaps by gap size and the learners needing the specialism, then the rest in their category order. Stable.
 * @example planOrder([cpdLow, gapHigh])[0] === gapHigh // true
 */
export function planOrder<T extends NeedRow>(rows: readonly T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) =>
      PRIORITY_RANK[a.row.priority] - PRIORITY_RANK[b.row.priority]
      || kindRank(a.row) - kindRank(b.row)
      || (kindRank(a.row) === 1 ? (b.row.gap ?? 0) - (a.row.gap ?? 0) || (b.row.learners ?? 0) - (a.row.learners ?? 0) : 0)
      || a.i - b.i)
    .map((x) => x.row);
}

// Settings' "Required qualification for level N" makes a qualification need say so (SPEC 9.2, No pressure to qualify).
const REQUIRED = /^required\b/i;

/**
 * Marks each need, in plan order, "This year" while the running total of guided hours stays within the budget; the
 * first need that does not fit and every need after it are "Later" (a plan follows priority, not size). The first need
 * with hours is always "This year", even alone over the budget. Compliance needs and needs with no hours are always
 * "This year" and do not count. A qualification is a course with its own release: "This year" when none of the
 * person's other non-compliance needs has a higher priority, or Settings require it; its hours sit beside the budget.
 * @example planDevelopment(planOrder(rows), 30).plannedHours // 27
 */
export function planDevelopment(ordered: readonly NeedRow[], budgetHours: number): DevelopmentBudget {
  let best = Infinity;
  for (const r of ordered) if (r.category !== 'Compliance') best = Math.min(best, PRIORITY_RANK[r.priority]);
  let planned = 0;
  let later = 0;
  let qualification = 0;
  let counted = false;
  let closed = false;
  for (const r of ordered) {
    if (r.category === 'Compliance' || !(r.hours > 0)) {
      r.plan = 'This year';
      continue;
    }
    if (r.category === 'Qualification') {
      const takes = PRIORITY_RANK[r.priority] === best || REQUIRED.test(r.need);
      r.plan = takes ? 'This year' : 'Later';
      if (takes) qualification += r.hours;
      else later += r.hours;
      continue;
    }
    if (!closed && (!counted || planned + r.hours <= budgetHours + 1e-9)) {
      r.plan = 'This year';
      planned += r.hours;
      counted = true;
      continue;
    }
    closed = true;
    r.plan = 'Later';
    later += r.hours;
  }
  return { budgetHours, plannedHours: round1(planned), laterHours: round1(later), qualificationHours: round1(qualification) };
}
