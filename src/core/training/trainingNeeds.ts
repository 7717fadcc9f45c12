import { qualifiesOrProgresses } from './qualifyOrProgress';
import type { ObservationRecord } from '../auditInput';
import { careerStep } from './careerStep';
import { observationFollowUpNeeds } from './observationFollowUpNeeds';
import type { ComplianceResult } from '../compliance/complianceStatus';
import { gapNeeds, unitsUnderCertificate } from './gapNeeds';
import type { QualificationProfile } from '../qualifications/qualificationProfile';
import type { Settings } from '../settings';
import type { SkillsProfile } from '../nos/skillsProfile';
import type { StaffField, StaffMember } from '../staffMember';
import { developmentBudgetHours, planDevelopment, planOrder, type DevelopmentBudget } from './developmentBudget';
import { trainingBarrier } from './trainingBarrier';
import type { TrainingNeed } from './trainingNeed';
import { complianceNeeds } from './complianceNeeds';
import type { NeedRow } from './needRow';
import { gapSpecialism } from './gapSpecialism';
import { personalSkillsNeeds } from './personalSkillsNeeds';
import { memo2 } from '../_lib/memo';
import { qualificationIsOffer, qualificationNeeds } from './qualificationNeeds';
import { outOfDateSelfAssessment } from '../nos/selfAssessmentCurrency';

/** Everything one person's training needs are worked out from (SPEC 3.7). */
export interface TrainingNeedsArgs {
  member: StaffMember;
  skills: SkillsProfile;
  qualifications: QualificationProfile;
  compliance: ComplianceResult;
  /** From the CPD log or the CPD hours column; null when neither is there (then no CPD need). */
  cpdHoursLast12Months: number | null;
  /** null when there is no review column (then no review need); false raises a High need. */
  reviewedInLast12Months: boolean | null;
  settings: Settings;
  isLlnSpecialist: boolean;
  /** null when there is no observation column (then no observation need); false raises a Medium need. */
  observedInLast12Months?: boolean | null;
  /** Mapped fields; when given without 'induction', nobody is reported as lacking an induction. */
  mappedFields?: readonly StaffField[];
  /** The person's observations from the Observations sheet (SPEC 9.3): an overdue follow-up action is a need. */
  observations?: readonly ObservationRecord[];
  /** Learners needing each specialism (Learner needs), keyed by the specialism in lower case (SPEC 9.2). */
  learnersBySpecialism?: ReadonlyMap<string, number>;
}

/** One person's needs in plan order, each marked "This year" or "Later", and their hours against the budget (SPEC 9.2). */
export interface TrainingPlan {
  needs: TrainingNeed[];
  budget: DevelopmentBudget;
}

// An accredited career step (a unit, award, certificate, diploma or teacher training) is enrolled with a provider.
const ACCREDITED = /\b(?:QCF unit|PTLLS|CTLLS|DTLLS|AET|CET|DET|Award|Certificate|Diploma|NVQ|degree)\b/;

/**
 * One row per training need, in the person's plan order (SPEC 9.2: High, Medium, Low; compliance, then NOS gaps by gap
 * size and learners' need, then Personal skills, Qualification, Career, CPD), each marked "This year" or "Later".
 * A barrier goes only on needs that take the person away to train (SPEC 3.7 v2).
 * Need text keeps per-person detail in a trailing "(...)" so the team plan can group on the text before it.
 */
export function trainingNeeds(args: TrainingNeedsArgs): TrainingNeed[] {
  return trainingPlan(args).needs;
}

/**
 * The person's needs (trainingNeeds) in plan order, marked against their development budget (SPEC 9.2).
 * @example trainingPlan(args).budget // { budgetHours: 30, plannedHours: 27, laterHours: 30, qualificationHours: 0 }
 */
export function trainingPlan(args: TrainingNeedsArgs): TrainingPlan {
  const { member, skills, settings } = args;
  const rows: NeedRow[] = complianceNeeds({
    coverage: skills.coverage,
    reviewedInLast12Months: args.reviewedInLast12Months,
    induction: member.induction,
    inductionTracked: !args.mappedFields || args.mappedFields.includes('induction'),
    compliance: args.compliance,
    observedInLast12Months: args.observedInLast12Months ?? null,
    requiredCourses: settings.requiredCourses,
    reviewUndated: member.lastReview !== null && member.lastReview.date === null,
    observationUndated: member.lastObservation !== null && member.lastObservation.date === null,
    selfAssessmentOutOfDate: outOfDateSelfAssessment(member, settings.auditDate),
  });
  if (args.observations?.length) rows.push(...observationFollowUpNeeds(args.observations, settings.auditDate));
  // SPEC 3.11: with no qualifications column and no units (column or Units sheet), nobody gets a qualification need.
  const qualificationsRecorded = !args.mappedFields || args.mappedFields.includes('qualifications') || args.mappedFields.includes('qcfUnits');
  // SPEC 9.2: an offer unless the aspiration is to qualify or progress, or Settings requires a level for the LSA level.
  const qualifications = qualificationsRecorded
    ? qualificationNeeds(args.qualifications, skills.level, args.isLlnSpecialist, qualificationIsOffer(member.aspiration),
      settings.requiredQualification?.[skills.level] ?? null)
    : [];
  const certificates: ('generic' | 'lln')[] = [];
  for (const q of qualifications) if (q.certificate) certificates.push(q.certificate);
  const { specialism, learners } = gapSpecialism(member.specialisms, args.learnersBySpecialism);
  const context = {
    heldUnits: args.qualifications.heldUnits,
    certificates,
    // Career pathways 2011: wanting to qualify or progress is a reason to take a unit even for a gap of one step.
    qualifyOrProgress: qualifiesOrProgresses(member.aspiration),
    specialism,
    learners,
  };
  // A certificate need names the units of the person's gaps that it covers (SPEC 3.7: not listed again).
  for (const q of qualifications) {
    if (!q.certificate) continue;
    const units = unitsUnderCertificate(skills.priorityGaps, context, q.certificate);
    if (units.length) q.suggestedActivity = `${q.suggestedActivity}; it covers the NOS gaps in ${units.join(', ')}`;
  }
  if (skills.priorityGaps.length) for (const r of gapNeeds(skills.priorityGaps, context)) rows.push(r);
  personalSkillsNeeds(rows, member, skills.level >= 3 || args.isLlnSpecialist, args.mappedFields);
  for (const q of qualifications) {
    if (q.hours > 0) q.accredited = true;
    rows.push(q);
  }
  const career = careerStep(member.aspiration, skills.level, member.specialisms, {
    qualifications: member.qualifications, heldUnits: args.qualifications.heldUnits, aspirationSpecialism: member.aspirationSpecialism,
  });
  if (career) {
    rows.push({
      category: 'Career', need: career.need, criterion: null, priority: 'Low', suggestedActivity: career.activity,
      hours: career.hours, learningHours: career.learningHours, timeAway: true,
      ...(ACCREDITED.test(career.activity) ? { accredited: true } : {}),
    });
  }
  const cpd = args.cpdHoursLast12Months;
  if (cpd !== null && cpd < settings.cpdTargetHours) {
    // ELS report 2010 Rec 3 (locally based network) and Rec 11 (shadowing, buddying and mentoring). Hours: the shortfall.
    const shortfall = round1(settings.cpdTargetHours - cpd);
    rows.push({
      category: 'CPD', need: cpdText(settings.cpdTargetHours, cpd),
      criterion: null, priority: 'Low', hours: shortfall, learningHours: shortfall, timeAway: true,
      suggestedActivity: 'Shadowing, mentoring, peer observation or a local LSA network (ELS report 2010)',
    });
  }
  const barrier = trainingBarrier(member, {
    paidToTrain: !args.mappedFields || args.mappedFields.includes('paidToTrain'),
    releaseTime: !args.mappedFields || args.mappedFields.includes('releaseTime'),
  });
  const ordered = planOrder(rows);
  const needs: TrainingNeed[] = new Array(ordered.length);
  const { id: staffId, name } = member;
  for (let i = 0; i < ordered.length; i++) {
    const r = ordered[i];
    // One shape for every need (absent fields undefined), so the team-wide passes over 10^5 needs stay monomorphic.
    needs[i] = {
      staffId, name, category: r.category, need: r.need, criterion: r.criterion, priority: r.priority,
      suggestedActivity: r.suggestedActivity, hours: r.hours, barrier: r.timeAway ? barrier : null, learningHours: r.learningHours,
      timeAway: r.timeAway === true, plan: undefined, peerSupport: undefined, delivers: r.delivers, accredited: r.accredited,
      learners: r.learners, specialism: r.specialism,
    };
  }
  // Marked on the needs, which have a plan field from the start: marking the rows added a field to each (a new backing store).
  const budget = planDevelopment(needs, developmentBudgetHours(settings, member));
  return { needs, budget };
}

// Need texts shared by everyone with the same figures: a team has a few dozen CPD totals, not one per person.
const cpdText = memo2((target: number, done: number) => `CPD to the target of ${target} hours (${done} in the last 12 months)`);

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
