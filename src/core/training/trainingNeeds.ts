import { careerStep } from './careerStep';
import type { ComplianceResult } from '../compliance/complianceStatus';
import { activityHours, criterionActivity } from './criterionActivity';
import { RATING_LABELS, type Rating } from '../nos/rating';
import type { QualificationProfile } from '../qualifications/qualificationProfile';
import type { Settings } from '../settings';
import type { SkillsProfile } from '../nos/skillsProfile';
import type { PersonalSkillLevel, StaffField, StaffMember } from '../staffMember';
import { trainingBarrier } from './trainingBarrier';
import type { TrainingNeed } from './trainingNeed';
import { complianceNeeds } from './complianceNeeds';
import { NEED_HOURS } from './needHours';
import type { NeedRow } from './needRow';
import { memo2 } from '../_lib/memo';
import { qualificationNeeds } from './qualificationNeeds';

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
  /** Mapped fields; when given without 'induction', nobody is reported as lacking an induction. */
  mappedFields?: readonly StaffField[];
}

// Steps below Level 2 (SPEC 2.1 personal skills scale).
const BELOW_LEVEL_2: Partial<Record<PersonalSkillLevel, number>> = { 'Entry 1': 4, 'Entry 2': 3, 'Entry 3': 2, 'Level 1': 1 };

/**
 * One row per training need, in category order: Compliance, NOS gap, Personal skills, Qualification, Career, CPD.
 * Need text keeps per-person detail in a trailing "(...)" so the team plan can group on the text before it.
 * @example trainingNeeds({ member, skills, qualifications, compliance, cpdHoursLast12Months: 6, reviewedInLast12Months: true, settings, isLlnSpecialist: false })
 */
export function trainingNeeds(args: TrainingNeedsArgs): TrainingNeed[] {
  const { member, skills, settings } = args;
  const rows: NeedRow[] = complianceNeeds({
    coverage: skills.coverage,
    reviewedInLast12Months: args.reviewedInLast12Months,
    induction: member.induction,
    inductionTracked: !args.mappedFields || args.mappedFields.includes('induction'),
    compliance: args.compliance,
  });
  const nosFrom = rows.length;
  rows.push(...personalSkillsNeeds(member, skills.level >= 3 || args.isLlnSpecialist));
  rows.push(...qualificationNeeds(args.qualifications, skills.level, args.isLlnSpecialist));
  const career = careerStep(member.aspiration, skills.level, member.specialisms);
  if (career) {
    rows.push({ category: 'Career', need: career.need, criterion: null, priority: 'Low', suggestedActivity: career.activity, hours: career.hours });
  }
  const cpd = args.cpdHoursLast12Months;
  if (cpd !== null && cpd < settings.cpdTargetHours) {
    // seed 003 Rec 3 (locally based network) and Rec 11 (shadowing, buddying and mentoring).
    rows.push({
      category: 'CPD', need: cpdText(settings.cpdTargetHours, cpd),
      criterion: null, priority: 'Low', hours: round1(settings.cpdTargetHours - cpd),
      suggestedActivity: 'Shadowing, mentoring, peer observation or a local LSA network (seed 003)',
    });
  }
  const barrier = trainingBarrier(member);
  const gaps = skills.priorityGaps;
  const needs: TrainingNeed[] = new Array(rows.length + gaps.length);
  const { id: staffId, name } = member;
  let n = 0;
  const add = (category: NeedRow['category'], need: string, criterion: NeedRow['criterion'], priority: NeedRow['priority'], suggestedActivity: string, hours: number) => {
    needs[n++] = { staffId, name, category, need, criterion, priority, suggestedActivity, hours, barrier };
  };
  const put = (r: NeedRow) => add(r.category, r.need, r.criterion, r.priority, r.suggestedActivity, r.hours);
  for (let i = 0; i < nosFrom; i++) put(rows[i]);
  // NOS gaps are most needs: built straight into the result, with no row in between.
  for (let i = 0; i < gaps.length; i++) {
    const g = gaps[i];
    const activity = criterionActivity(g.code);
    add('NOS gap', gapText(g.code, activity.focus, g.rating, g.target), g.code, g.priority, activity.activity, activityHours(activity, g.gap));
  }
  for (let i = nosFrom; i < rows.length; i++) put(rows[i]);
  return needs;
}

// The need text depends only on the criterion, rating and target: a team shares a few hundred of them, not one per gap.
const GAP_TEXT = new Map<string, string[]>();
function gapText(code: string, focus: string, rating: Rating, target: number): string {
  let byPair = GAP_TEXT.get(code);
  if (byPair === undefined) GAP_TEXT.set(code, (byPair = []));
  // Ratings are 0-4; targets are whole numbers 0-4 from the catalogue or the Targets sheet, else not cached.
  const slot = Number.isInteger(target) && target >= 0 && target <= 4 ? rating * 5 + target : -1;
  let text = slot >= 0 ? byPair[slot] : undefined;
  if (text === undefined) {
    const targetLabel = RATING_LABELS[target as Rating] ?? String(target);
    text = `${code} ${focus} (${RATING_LABELS[rating]}, target ${targetLabel})`;
    if (slot >= 0) byPair[slot] = text;
  }
  return text;
}

// NOS A17 KU17.3: "Ensure own personal skills in English ... mathematics and ICT are appropriate".
// seed 001: the LLN certificate requires Level 2 English and maths, hence High for LLN specialists.
function personalSkillsNeeds(member: StaffMember, high: boolean): NeedRow[] {
  const subjects: [string, PersonalSkillLevel | null][] = [['English', member.english], ['Maths', member.maths]];
  return subjects.flatMap(([subject, level]) => {
    const steps = level ? BELOW_LEVEL_2[level] : undefined;
    if (!steps) return [];
    return [{
      category: 'Personal skills' as const,
      need: PERSONAL_TEXT[subject][level as string] ??= `${subject} to Level 2 (now ${level})`,
      criterion: 'A17',
      priority: high ? ('High' as const) : ('Medium' as const),
      // seed 004 Level 2: "GCSE/basic skills Level 2 in English/Literacy. Maths/Numeracy".
      suggestedActivity: `Functional skills or GCSE ${subject.toLowerCase()} at Level 2 (seed 004; NOS A17 KU17.3)`,
      hours: steps * NEED_HOURS.personalSkillsPerLevel,
    }];
  });
}

// Need texts shared by everyone with the same figures: a team has a few dozen CPD totals, not one per person.
const cpdText = memo2((target: number, done: number) => `CPD to the target of ${target} hours (${done} in the last 12 months)`);
const PERSONAL_TEXT: Record<string, Record<string, string>> = { English: {}, Maths: {} };

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
