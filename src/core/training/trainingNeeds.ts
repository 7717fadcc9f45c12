import { qualifiesOrProgresses } from './qualifyOrProgress';
import type { ObservationRecord } from '../auditInput';
import { careerStep } from './careerStep';
import { observationFollowUpNeeds } from './observationFollowUpNeeds';
import type { ComplianceResult } from '../compliance/complianceStatus';
import { gapNeeds, unitsUnderCertificate } from './gapNeeds';
import type { QualificationProfile } from '../qualifications/qualificationProfile';
import type { Settings } from '../settings';
import type { SkillsProfile } from '../nos/skillsProfile';
import type { PersonalSkillLevel, StaffField, StaffMember } from '../staffMember';
import { developmentBudgetHours, planDevelopment, planOrder, type DevelopmentBudget } from './developmentBudget';
import { trainingBarrier } from './trainingBarrier';
import type { TrainingNeed } from './trainingNeed';
import { complianceNeeds } from './complianceNeeds';
import { NEED_HOURS } from './needHours';
import type { NeedRow } from './needRow';
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
 * The Standard C specialism: the person's first specialism that learners need, else their first (SPEC 9.2).
 * @example gapSpecialism(['BSL', 'Autism'], new Map([['autism', 4]])) // { specialism: 'Autism', learners: 4 }
 */
export function gapSpecialism(
  specialisms: readonly string[], learners: ReadonlyMap<string, number> | undefined,
): { specialism: string | null; learners: number } {
  let first: string | null = null;
  for (const written of specialisms) {
    const s = written.trim();
    if (s === '') continue;
    first ??= s;
    // No learner needs recorded: the first specialism, with no lower-case copy made per person.
    const n = learners === undefined || learners.size === 0 ? 0 : learners.get(s.toLowerCase()) ?? 0;
    if (n > 0) return { specialism: s, learners: n };
  }
  return { specialism: first, learners: 0 };
}

// Steps below Level 2 (SPEC 2.1 personal skills scale).
const BELOW_LEVEL_2: Partial<Record<PersonalSkillLevel, number>> = { 'Entry 1': 4, 'Entry 2': 3, 'Entry 3': 2, 'Level 1': 1 };

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

// NOS A17 KU17.3: "Ensure own personal skills in English ... mathematics and ICT are appropriate".
// LLUK LSP qualifications: the LLN certificate requires Level 2 English and maths, hence High for LLN specialists.
// SPEC 9.1: with the column mapped, a blank or "nothing" cell is no Level 2 recorded: O6 counts it, so the need is raised,
// its text saying "(not recorded)"; one step of hours is planned until the level is known.
function personalSkillsNeeds(rows: NeedRow[], member: StaffMember, high: boolean, mappedFields?: readonly StaffField[]): void {
  personalSkillsNeed(rows, 'English', member.english, 'english', high, mappedFields);
  personalSkillsNeed(rows, 'Maths', member.maths, 'maths', high, mappedFields);
}

// One subject's need, added to the rows (no arrays per person: this runs for everyone).
function personalSkillsNeed(
  rows: NeedRow[], subject: 'English' | 'Maths', level: PersonalSkillLevel | null, field: StaffField, high: boolean, mappedFields?: readonly StaffField[],
): void {
  const notRecorded = level === null && mappedFields !== undefined && mappedFields.includes(field);
  const steps = level ? BELOW_LEVEL_2[level] : notRecorded ? 1 : undefined;
  if (!steps) return;
  rows.push({
    category: 'Personal skills',
    need: PERSONAL_TEXT[subject][level ?? ''] ??= `${subject} to Level 2 (${level === null ? 'not recorded' : `now ${level}`})`,
    criterion: 'A17',
    priority: high ? 'High' : 'Medium',
    // Career pathways 2011 Level 2: "GCSE/basic skills Level 2 in English/Literacy. Maths/Numeracy".
    suggestedActivity: PERSONAL_ACTIVITY[subject],
    hours: steps * NEED_HOURS.personalSkillsPerLevel,
    learningHours: steps * NEED_HOURS.personalSkillsPerLevel,
    timeAway: true,
    // SPEC 9.2: one group per subject and level band (Entry levels, Level 1) in the team plan.
    delivers: PERSONAL_DELIVERS[subject][level === 'Level 1' ? 1 : 0],
  });
}

const PERSONAL_ACTIVITY = {
  English: 'Functional skills or GCSE English at Level 2 (Career pathways 2011; NOS A17 KU17.3)',
  Maths: 'Functional skills or GCSE maths at Level 2 (Career pathways 2011; NOS A17 KU17.3)',
};
const PERSONAL_DELIVERS = {
  English: ['English to Level 2, from Entry level', 'English to Level 2, from Level 1'],
  Maths: ['Maths to Level 2, from Entry level', 'Maths to Level 2, from Level 1'],
};

// Need texts shared by everyone with the same figures: a team has a few dozen CPD totals, not one per person.
const cpdText = memo2((target: number, done: number) => `CPD to the target of ${target} hours (${done} in the last 12 months)`);
const PERSONAL_TEXT: Record<string, Record<string, string>> = { English: {}, Maths: {} };

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
