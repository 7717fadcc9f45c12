import type { IndicatorInput, StaffAuditRow } from './indicator';
import { isInLastTwelveMonths, lastTwelveMonthsStart } from '../lastTwelveMonths';
import type { ContractType } from '../staffMember';
import { missingColumns, percent, type Computed } from './indicatorBuild';
import { countWhere } from '../_lib/countWhere';
import { specialistCover } from '../workforce/specialistCover';
import { ukDate } from '../_lib/ukDate';
import { cpdTargetMet } from './cpdTargetMet';

// Indicators that compare groups or count across the team (SPEC 3.8): O8, O11, O13, O14, O16, O20.

const pct = (n: number, d: number) => Math.round((n * 1000) / d) / 10;

// SPEC 9.1: O8's permanent group is permanent full-time, permanent part-time and term-time only (a working pattern);
// the non-permanent group is fixed-term, hourly-paid and bank/agency; volunteers are in neither.
const O8_GROUP: Partial<Record<ContractType, 'permanent' | 'non-permanent'>> = {
  'permanent full-time': 'permanent', 'permanent part-time': 'permanent', 'term-time only': 'permanent',
  'fixed-term': 'non-permanent', 'hourly-paid': 'non-permanent', 'bank/agency': 'non-permanent',
};
const o8Group = (contract: ContractType | null) => (contract === null ? undefined : O8_GROUP[contract]);

// SPEC 9.1 (seed 004: "the role of senior LSA, or advanced practitioner"): the job titles that name a senior role.
const SENIOR_TITLE = /\b(?:senior|advanced practitioner|team leader|co-?ordinator|supervisor|specialist support tutor|lsa manager)\b/i;
/** O13 needs at least this many staff for a per-10 ratio to mean anything (SPEC 9.1). */
const O13_MIN_STAFF = 5;

/** Staff holding each specialism (trimmed, lower case); one pass over the team, a person counted once per specialism. */
function holdersBySpecialism(rows: readonly StaffAuditRow[]): Map<string, number> {
  const count = new Map<string, number>();
  const lastRow = new Map<string, number>();
  const normal = new Map<string, string>(); // the same few spellings repeat across the team
  rows.forEach((r, i) => {
    for (const s of r.member.specialisms) {
      let key = normal.get(s);
      if (key === undefined) normal.set(s, (key = s.trim().toLowerCase()));
      if (lastRow.get(key) === i) continue;
      lastRow.set(key, i);
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  });
  return count;
}

export const TEAM_INDICATORS: Record<string, (input: IndicatorInput) => Computed> = {
  // O8: O7's rate for non-permanent staff / rate for permanent staff (ELS report 2010: employment status as a barrier).
  // numerator and denominator hold the two rates (%).
  O8: (input) => {
    const missing = missingColumns(input, [['cpdHours'], ['contract']]);
    if (missing) return { kind: 'no data', note: missing };
    const perm = input.rows.filter((r) => o8Group(r.member.contract) === 'permanent');
    const temp = input.rows.filter((r) => o8Group(r.member.contract) === 'non-permanent');
    if (perm.length === 0 || temp.length === 0) {
      return { kind: 'no data', note: `No ${perm.length === 0 ? 'permanent' : 'non-permanent'} staff to compare` };
    }
    const p = countWhere(perm, cpdTargetMet(input));
    const t = countWhere(temp, cpdTargetMet(input));
    // SPEC 3.8 (v2): with the permanent staff's rate at 0 there is nothing to compare against (0 / 0 is not equal access).
    if (p === 0) {
      const who = t === 0 ? 'No one in either group met the CPD target (see O7)' : `No permanent staff met the CPD target (non-permanent: ${t} of ${temp.length})`;
      return { kind: 'no data', note: `${who}: nothing to compare against` };
    }
    const basis = `non-permanent ${t} of ${temp.length} (${pct(t, temp.length)}%), permanent ${p} of ${perm.length} (${pct(p, perm.length)}%)`;
    // One division of integers keeps the ratio exact at the 0.9 / 0.7 thresholds.
    const ratio = (t * perm.length) / (temp.length * p);
    return { kind: 'value', value: ratio, numerator: pct(t, temp.length), denominator: pct(p, perm.length), basis, note: null };
  },
  // O11: needed specialisms (Learner needs) held by fewer than 2 staff; lower is better.
  O11: (input) => {
    if (!input.learnerNeeds) return { kind: 'no data', note: 'Add a Learner needs sheet (need, number of learners)' };
    const missing = missingColumns(input, [['specialisms']]);
    if (missing) return { kind: 'no data', note: missing };
    const needs = [...new Set(input.learnerNeeds.filter((n) => n.learners > 0).map((n) => n.need.trim()))];
    if (needs.length === 0) return { kind: 'no data', note: 'No learner needs with learners recorded' };
    const held = holdersBySpecialism(input.rows);
    const holders = (need: string) => held.get(need.toLowerCase()) ?? 0;
    const thin = needs.map((n) => ({ need: n, staff: holders(n) })).filter((x) => x.staff < 2);
    // SPEC 9.2: a needed specialism whose cover falls below 2 through planned leavers within 12 months is named too.
    const covers = specialistCover(input.rows.map((r) => r.member), input.settings.auditDate, null);
    const cover = new Map(covers.map((c) => [c.name.toLowerCase(), c]));
    const falling = needs.flatMap((n) => {
      const c = cover.get(n.toLowerCase());
      return c && c.staff >= 2 && c.after < 2 ? [`${n}: ${c.staff} staff, ${c.after} after ${ukDate(c.lastLeaving as string)}`] : [];
    });
    const notes = [...thin.map((x) => `${x.need}: ${x.staff} staff`), ...falling];
    return {
      kind: 'value', value: thin.length, numerator: thin.length, denominator: needs.length,
      basis: `${thin.length} of ${needs.length} needed specialisms`,
      note: notes.length ? notes.join('; ') : null,
    };
  },
  // O13: staff at LSA level 4 or a senior job title (SPEC 9.1), per 10 staff; below 5 staff a per-10 ratio means nothing.
  O13: (input) => {
    const missing = missingColumns(input, [['level', 'jobTitle']]);
    if (missing) return { kind: 'no data', note: missing };
    const n = input.rows.length;
    if (n === 0) return { kind: 'no data', note: 'No staff to count' };
    if (n < O13_MIN_STAFF) return { kind: 'no data', note: `${n} staff: too few staff for a per-10 ratio` };
    const senior = countWhere(input.rows, (r) => r.member.level === 4 || SENIOR_TITLE.test(r.member.jobTitle ?? ''));
    return { kind: 'value', value: (senior * 10) / n, numerator: senior, denominator: n, basis: `${senior} senior of ${n} staff` };
  },
  // O14: of staff who started in the last 12 months, % with a mentor.
  O14: (input) => {
    const missing = missingColumns(input, [['startDate'], ['mentor']]);
    if (missing) return { kind: 'no data', note: missing };
    const starters = input.rows.filter((r) => r.member.startDate !== null &&
      isInLastTwelveMonths(r.member.startDate, input.settings.auditDate));
    return percent(countWhere(starters, (r) => r.member.mentor?.has === true), starters.length, 'staff who started in the last 12 months');
  },
  // O16: % filled among mapped audit cells (ELS report 2010 Recommendation 6: accurate workforce data).
  O16: (input) => {
    const filled = input.rows.reduce((s, r) => s + r.member.filledCells, 0);
    const mapped = input.rows.reduce((s, r) => s + r.member.mappedCells, 0);
    return percent(filled, mapped, 'mapped cells');
  },
  // O20: % of CPD log hours in the last 12 months that are not compliance courses (ELS report 2010: CPD leans on compliance).
  O20: (input) => {
    if (!input.cpd) return { kind: 'no data', note: 'Add a CPD log sheet (staff, date, activity, hours, type)' };
    const from = lastTwelveMonthsStart(input.settings.auditDate);
    let total = 0;
    let compliance = 0;
    for (const e of input.cpd) {
      if (e.date === null || e.date < from || e.date > input.settings.auditDate || !(e.hours > 0)) continue;
      total += e.hours;
      if (e.type === 'compliance') compliance += e.hours;
    }
    if (total === 0) return { kind: 'no data', note: 'No CPD log hours in the last 12 months to count' };
    const other = round2(total - compliance);
    return {
      kind: 'value', value: (other * 100) / round2(total), numerator: other, denominator: round2(total),
      basis: `${other} of ${round2(total)} CPD hours`, note: `${round2(compliance)} hours of compliance courses`,
    };
  },
};

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
