import type { ComplianceCourse } from '../settings';
import { UNREADABLE, type ComplianceResult, type CourseCompliance } from '../compliance/complianceStatus';
import type { DoneRecord } from '../staffMember';
import { memo } from '../_lib/memo';
import { ukDate } from '../_lib/ukDate';
import { NEED_HOURS } from './needHours';
import type { NeedRow } from './needRow';

export interface ComplianceNeedInput {
  coverage: number;
  reviewedInLast12Months: boolean | null;
  induction: DoneRecord | null;
  /** false when the staff table has no induction column: then nobody is reported as lacking one. */
  inductionTracked: boolean;
  compliance: ComplianceResult;
  /** null when the staff table has no observation column (then no observation need, SPEC 3.11). */
  observedInLast12Months?: boolean | null;
  /** A review / observation recorded as "Yes" with no date: the need is to record the date, Medium (SPEC 9.1). */
  reviewUndated?: boolean;
  observationUndated?: boolean;
  /** SPEC 9.2: the courses the organisation requires; the others are optional (default: all required, as before 9.2). */
  requiredCourses?: readonly ComplianceCourse[];
  /** The self-assessment date when it is more than 12 months old (SPEC 3.2 v2), else null. */
  selfAssessmentOutOfDate?: string | null;
}

/**
 * SPEC 3.7 Compliance needs (High, except compliance training Due: Medium). Detail goes in a trailing "(...)".
 * @example complianceNeeds({ coverage: 45, reviewedInLast12Months: true, induction: { date: null }, inductionTracked: true, compliance })[0].need // 'Complete the NOS self-assessment (coverage 45%)'
 */
export function complianceNeeds(input: ComplianceNeedInput): NeedRow[] {
  const rows: NeedRow[] = [];
  // Reviews, induction and the self-assessment happen at work; only courses take the person away to train.
  const row = (need: string, priority: NeedRow['priority'], suggestedActivity: string, hours: number, timeAway = false) =>
    rows.push({ category: 'Compliance', need, criterion: null, priority, suggestedActivity, hours, learningHours: hours, timeAway });
  if (input.coverage < 80) {
    // Career pathways 2011: "encourage LSAs to use the on-line self assessment tool"; ELS report 2010 Rec 5 (profiling tool).
    row(coverageText(input.coverage), 'High',
      'NOS self-assessment, agreed with the line manager (Career pathways 2011)', NEED_HOURS.selfAssessment);
  }
  if (input.selfAssessmentOutOfDate) {
    // SPEC 3.2 (v2): the ratings still score, but they are more than a year old.
    row(selfAssessmentText(input.selfAssessmentOutOfDate), 'Medium',
      'NOS self-assessment, agreed with the line manager (Career pathways 2011)', NEED_HOURS.selfAssessment);
  }
  if (input.reviewedInLast12Months === false && input.reviewUndated) {
    row('Record the date of the performance review', 'Medium', 'Record the date of the last performance review', 0);
  } else if (input.reviewedInLast12Months === false) {
    // Career pathways 2011: "Ensure that all LSAs are included in performance review systems".
    row('Performance review (none in the last 12 months)', 'High',
      'Performance review with the line manager, linked to a development plan (Career pathways 2011)', NEED_HOURS.performanceReview);
  }
  if (input.inductionTracked && input.induction === null) {
    // ELS report 2010: "the shadowing led to a good induction".
    row('Induction (none recorded)', 'High', 'Induction, including shadowing an experienced LSA (ELS report 2010)', NEED_HOURS.induction);
  }
  if (input.observedInLast12Months === false && input.observationUndated) {
    row('Record the date of the observation of practice', 'Medium', 'Record the date of the last observation of practice', 0);
  } else if (input.observedInLast12Months === false) {
    // ELS report 2010: LSAs "are observed once a year", and the link from observation to training is "underdeveloped".
    // It happens in normal work: no hours, no barrier.
    row('Observation of practice (none in the last 12 months)', 'Medium', 'Observe practice and agree follow-up training', 0);
  }
  for (const c of input.compliance.courses) {
    if (c.status === 'Current') continue;
    const hours = NEED_HOURS.course[c.course];
    const t = courseTexts(c.label);
    if (input.requiredCourses && !input.requiredCourses.includes(c.course) && c.status !== 'No date') {
      // SPEC 9.2 (Career pathways 2011 lists "Become a First Aider" among optional CPD): never done raises no need; expired is Low.
      if (c.status === 'Expired') row(c.course === 'firstAid' ? 'Renew first aid if still a designated first aider' : `Renew ${t.lower} training if the role still needs it`, 'Low', t.renew, hours, true);
      continue;
    }
    if (c.status === 'Missing') row(t.missing, 'High', t.complete, hours, true);
    if (c.status === 'Expired') row(c.expires === null ? t.expiredUndated : datedText(c, () => `${t.name} (expired ${c.expires})`), 'High', t.renew, hours, true);
    // SPEC 3.7 (v2): done with no date recorded cannot be shown to be current; the need is to record the date.
    // SPEC 9.1: a date that cannot be read is not missing either; the need is to record a readable one.
    if (c.status === 'No date' && c.flag === UNREADABLE) row(`Record a readable date of ${t.name}`, 'Medium', `Record a readable date of ${t.name} (dd/mm/yyyy)`, 0);
    else if (c.status === 'No date') row(`Record the date of ${t.name}`, 'Medium', `Record the date of ${t.name}`, 0);
    if (c.status === 'Due') row(datedText(c, () => `${t.name} (due: expires ${c.expires})`), 'Medium', t.renew, hours, true);
  }
  return rows;
}

// Course statuses are shared per course and date (complianceStatus): so is the need text built from one.
const DATED = new WeakMap<CourseCompliance, string>();
function datedText(c: CourseCompliance, build: () => string): string {
  let text = DATED.get(c);
  if (text === undefined) DATED.set(c, (text = build()));
  return text;
}

// Coverage figures and dates repeat across a team: each need text is built once and shared.
const coverageText = memo((coverage: number) => `Complete the NOS self-assessment (coverage ${round1(coverage)}%)`);
const selfAssessmentText = memo((date: string) => `Update the NOS self-assessment (last ${ukDate(date)})`);

// Five course labels: their texts are built once, not once per person.
const courseTexts = memo((label: string) => {
  const name = `${label} training`;
  // Prevent is a name (the Prevent duty): it keeps its capital in the middle of a sentence.
  const lower = label === 'Prevent' ? label : label.toLowerCase();
  return {
    lower, name, missing: `${name} (missing)`, complete: `Complete ${lower} training`, renew: `Renew ${lower} training`,
    expiredUndated: `${name} (expired, no date recorded)`,
  };
});

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
