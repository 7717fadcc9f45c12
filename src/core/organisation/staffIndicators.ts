import type { IndicatorInput, StaffAuditRow } from './indicator';
import { doneInLastTwelveMonths, undated } from '../lastTwelveMonths';
import type { PersonalSkillLevel, StaffField } from '../staffMember';
import { missingColumns, percent, type Computed } from './indicatorBuild';
import { countWhere } from '../_lib/countWhere';
import { outOfDateSelfAssessment } from '../nos/selfAssessmentCurrency';
import { cpdTargetMet } from './cpdTargetMet';

// Indicators that are "% of staff" (SPEC 3.8): O1-O7, O9, O10, O12, O15, O17, O18, O19, O21, O22.

function share(input: IndicatorInput, fields: StaffField[][], met: (r: StaffAuditRow) => boolean, note: string | null = null): Computed {
  const missing = missingColumns(input, fields);
  if (missing) return { kind: 'no data', note: missing };
  return percent(countWhere(input.rows, met), input.rows.length, 'staff', note);
}

/** SPEC 9.1: a dateless "Yes" does not count and stays in the denominator; the basis says how many had no date. */
function withUndated(computed: Computed, n: number): Computed {
  return computed.kind === 'value' && n > 0 ? { ...computed, basis: `${computed.basis} (${n} with no date)` } : computed;
}

const count = (input: IndicatorInput, pred: (r: StaffAuditRow) => boolean) => countWhere(input.rows, pred);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const LEVEL_2_PLUS: PersonalSkillLevel[] = ['Level 2', 'Level 3'];
const highest = (r: StaffAuditRow) =>
  Math.max(r.qualifications.highestLevel ?? 0, r.qualifications.l3Certificate.state === 'Achieved' ? 3 : 0);

export const STAFF_INDICATORS: Record<string, (input: IndicatorInput) => Computed> = {
  O1: (input) => {
    const n = count(input, (r) => undated(r.member.lastReview));
    return withUndated(share(input, [['lastReview']], (r) => doneInLastTwelveMonths(r.member.lastReview, input.settings.auditDate),
      n ? `${plural(n, 'review', 'reviews')} with no date, not counted` : null), n);
  },
  // SPEC 3.8 (v2): assessed means coverage >= 80 and, where a self-assessment date is recorded, one in the last 12 months.
  O2: (input) => {
    const stale = count(input, (r) => r.skills.coverage >= 80 && outOfDateSelfAssessment(r.member, input.settings.auditDate) !== null);
    return share(input, [], (r) => r.skills.coverage >= 80 && outOfDateSelfAssessment(r.member, input.settings.auditDate) === null,
      stale ? `${plural(stale, 'person', 'people')} with a self-assessment more than 12 months old, not counted` : null);
  },
  O3: (input) => share(input, [['induction']], (r) => r.member.induction !== null),
  O4: (input) => share(input, [['qualifications', 'qcfUnits']], (r) => highest(r) >= 2),
  O5: (input) => {
    const missing = missingColumns(input, [['qualifications', 'qcfUnits']]);
    if (missing) return { kind: 'no data', note: missing };
    const senior = input.rows.filter((r) => r.skills.level >= 3);
    return percent(countWhere(senior, (r) => highest(r) >= 3), senior.length, 'level 3-4 staff');
  },
  O6: (input) => {
    const unknown = count(input, (r) => r.member.english === null || r.member.maths === null);
    return share(input, [['english'], ['maths']],
      (r) => LEVEL_2_PLUS.includes(r.member.english!) && LEVEL_2_PLUS.includes(r.member.maths!),
      unknown ? `${plural(unknown, 'person', 'people')} with no English or maths level recorded, counted as below Level 2` : null);
  },
  O7: (input) => share(input, [['cpdHours']], cpdTargetMet(input)),
  O9: (input) => (input.pdpPresent
    ? share(input, [], (r) => r.bestSmartScore === 5)
    : { kind: 'no data', note: 'Add a PDP sheet (staff, objective, success criteria, review date)' }),
  O10: (input) => {
    const assessed = input.rows.filter((r) => r.skills.coverage >= 80);
    const meets = countWhere(assessed, (r) => r.skills.gapScore !== null && r.skills.gapScore <= 20);
    return percent(meets, assessed.length, 'staff with coverage >= 80%');
  },
  O12: (input) => share(input, [['aspiration']], (r) => r.member.aspiration !== null),
  // O15: from the staff table's column or the CPD log, whichever shows it (applyCpdLog, SPEC 9.1).
  O15: (input) => {
    const n = count(input, (r) => undated(r.member.jointTraining));
    return withUndated(share(input, [['jointTraining']], (r) => r.jointTrainingLast12Months === true,
      n ? `${plural(n, 'person', 'people')} with joint training recorded with no date, not counted` : null), n);
  },
  O17: (input) => {
    // "Current" on the audit date: Due is still in date, so it counts; the note says how many are due.
    const status = (r: StaffAuditRow) => r.compliance.courses.find((c) => c.course === 'safeguarding');
    // SPEC 3.8 (v2): a "Yes" with no date cannot be shown to be current: not counted, kept in the denominator, and the basis says how many.
    // Due and undated are counted in one pass over the team.
    let due = 0;
    let undated = 0;
    for (const r of input.rows) {
      const s = status(r)?.status;
      if (s === 'Due') due++;
      else if (s === 'No date') undated++;
    }
    const notes = [due ? `${due} due within 60 days` : '', undated ? `${undated} with no date recorded, not counted as current` : ''].filter(Boolean);
    const computed = share(input, [['compliance:safeguarding', 'expiry:safeguarding']], (r) => {
      const s = status(r)?.status;
      return s === 'Current' || s === 'Due';
    },
      notes.length ? notes.join('; ') : null);
    return computed.kind === 'value' && undated ? { ...computed, basis: `${computed.basis} (${undated} with no date)` } : computed;
  },
  // O18: observed in the last 12 months (ELS report 2010: "observed once a year"); a dateless Yes does not count, as for O1.
  O18: (input) => {
    const n = count(input, (r) => undated(r.member.lastObservation));
    return withUndated(share(input, [['lastObservation']], (r) => doneInLastTwelveMonths(r.member.lastObservation, input.settings.auditDate),
      n ? `${plural(n, 'observation', 'observations')} with no date, not counted` : null), n);
  },
  // O19: the peer network column says Yes, or the CPD log has a network activity in the last 12 months (applyCpdLog).
  O19: (input) => share(input, [['peerNetwork']], (r) => r.member.peerNetwork === true),
  // O21: release time for training (ELS report 2010: time is "the single biggest barrier").
  O21: (input) => share(input, [['releaseTime']], (r) => r.member.releaseTime === true),
  // O22: of staff with priority gaps, those with a PDP objective that addresses one of them (CPD study notes).
  O22: (input) => {
    if (!input.pdpPresent) return { kind: 'no data', note: 'Add a PDP sheet (staff, objective, NOS link, actions, resources, success criteria, review date)' };
    const withGaps = input.rows.filter((r) => r.pdpAddressesGap !== null);
    return percent(countWhere(withGaps, (r) => r.pdpAddressesGap === true), withGaps.length, 'staff with priority gaps');
  },
};
