import type { Audit, StaffAudit } from './audit';
import type { AuditInput, PdpObjective, PracticeEntry, UnitRecord } from './auditInput';
import { practiceStatus } from './qualifications/practiceStatus';
import type { AuditIssue } from './auditIssue';
import { complianceStatus, COMPLIANCE_COURSES } from './compliance/complianceStatus';
import type { Criterion } from './criterion';
import { indicators } from './organisation/indicators';
import { doneInLastTwelveMonths } from './lastTwelveMonths';
import { profileQualifications } from './qualifications/profileQualifications';
import { isLlnSpecialist } from './qualifications/isLlnSpecialist';
import { profileSkills } from './nos/profileSkills';
import { smartCheck } from './development/smart/smartCheck';
import { planCheck } from './development/planCheck';
import type { ComplianceCourse } from './settings';
import type { StaffMember } from './staffMember';
import { teamTrainingPlan } from './training/teamTrainingPlan';
import type { TrainingNeed } from './training/trainingNeed';
import { trainingPlan } from './training/trainingNeeds';
import { namePeerSupport } from './training/peerSupport';
import { workforceProfile } from './workforce/workforceProfile';
import { groupBy } from './_lib/groupBy';
import type { ObservationRecord } from './auditInput';
import { reflectionRows } from './development/reflectionRows';

/** Called as the audit goes: stage name and fraction done (0-1). */
export type AuditProgress = (stage: string, fraction: number) => void;

/**
 * Runs every rule of SPEC 3 over parsed input. Pure: the audit date, settings and catalogue are all arguments.
 * @example runAudit(parseWorkbook(raw, { auditDate: '2026-09-01' }), NOS_CATALOGUE).summary.green
 */
export function runAudit(input: AuditInput, catalogue: readonly Criterion[], onProgress?: AuditProgress): Audit {
  const { settings } = input;
  const auditDate = settings.auditDate;
  const issues: AuditIssue[] = [...input.issues];
  const unitsBy = groupBy(input.units, (u: UnitRecord) => u.staffId);
  const pdpBy = groupBy(input.pdp, (p: PdpObjective) => p.staffId);
  const practiceBy = input.practice ? groupBy(input.practice, (p: PracticeEntry) => p.staffId) : null;
  const observationsBy = input.observations ? groupBy(input.observations, (o: ObservationRecord) => o.staffId) : null;
  // A course is tracked when its completion column or its expiry column is mapped (SPEC 3.9 v2).
  const tracked = COMPLIANCE_COURSES.filter((c: ComplianceCourse) => input.mappedFields.includes(`compliance:${c}`) || input.mappedFields.includes(`expiry:${c}`));
  const step = Math.max(1, Math.floor(input.staff.length / 50));
  const jointTrainingMapped = input.mappedFields.includes('jointTraining');
  const cpdHoursMapped = input.mappedFields.includes('cpdHours');
  const lastReviewMapped = input.mappedFields.includes('lastReview');
  const observationMapped = input.mappedFields.includes('lastObservation');
  const learnersBySpecialism = learnersBy(input.learnerNeeds);

  const staff: StaffAudit[] = input.staff.map((member, i) => {
    if (onProgress && i % step === 0) onProgress('Auditing staff', i / input.staff.length);
    const skills = profileSkills(member, catalogue, input.targetOverrides);
    const qualifications = profileQualifications(member, unitsBy.get(member.id) ?? []);
    for (const title of qualifications.unknownUnits) issues.push(unknownUnitIssue(member, title));
    for (const u of qualifications.levelAssumed) issues.push(levelAssumedIssue(member, u));
    const compliance = complianceStatus(member, settings, tracked);
    // parseWorkbook has already read the CPD log together with the staff table (SPEC 9.1). With the column (or the log)
    // there, a blank cell with no log entries is 0 hours: O7 and the CPD need read the same figure.
    const cpdHoursLast12Months = cpdHoursMapped ? member.cpdHours ?? 0 : member.cpdHours;
    const jointTrainingLast12Months = jointTrainingMapped ? doneInLastTwelveMonths(member.jointTraining, auditDate) : null;
    const reviewedInLast12Months = lastReviewMapped ? doneInLastTwelveMonths(member.lastReview, auditDate) : null;
    const observedInLast12Months = observationMapped ? doneInLastTwelveMonths(member.lastObservation, auditDate) : null;
    const objectives = pdpBy.get(member.id);
    const gapCodes = skills.priorityGaps.map((g) => g.code);
    const pdp = objectives === undefined ? [] : objectives.map((objective) => ({
      objective, result: smartCheck(objective, auditDate), plan: planCheck(objective, gapCodes),
    }));
    // SPEC 3.6: null when the person has no priority gaps; with gaps and no objective, no plan addresses them.
    const pdpAddressesGap = gapCodes.length === 0 ? null : pdp.some((p) => p.plan.addressesGap === true);
    const llnSpecialist = isLlnSpecialist(member);
    const { needs, budget: developmentBudget } = trainingPlan({
      member, skills, qualifications, compliance, cpdHoursLast12Months, reviewedInLast12Months, observedInLast12Months, settings,
      isLlnSpecialist: llnSpecialist, mappedFields: input.mappedFields, observations: observationsBy?.get(member.id),
        learnersBySpecialism,
    });
    let bestSmartScore: number | null = null;
    for (const p of pdp) if (bestSmartScore === null || p.result.score > bestSmartScore) bestSmartScore = p.result.score;
    // SPEC 3.5 (v2): with a Practice log, each person's practice against their certificate's practice rules.
    const practice = practiceBy ? practiceStatus(practiceBy.get(member.id) ?? [], llnSpecialist ? 'lln' : 'generic') : undefined;
    return {
      member, skills, qualifications, compliance, needs, pdp, bestSmartScore, cpdHoursLast12Months, jointTrainingLast12Months,
        pdpAddressesGap, practice, developmentBudget,
    };
  });
  onProgress?.('Auditing staff', 1);

  onProgress?.('Organisational audit', 0);
  const orgIndicators = indicators({
    rows: staff, mappedFields: input.mappedFields, learnerNeeds: input.learnerNeeds, pdpPresent: input.pdp.length > 0, cpd: input.cpd,
      settings, cpdReflection: input.cpdReflection ?? false, observations: input.observations ?? null,
  });
  const workforce = workforceProfile({
    staff: input.staff, qualifications: staff.map((s) => s.qualifications), settings, mappedFields: input.mappedFields,
      leavers: input.leavers, starters: input.starters,
      learnerNeeds: input.learnerNeeds, readyForNextLevel: staff.map((s) => s.skills.readyForNextLevel),
  });
  // SPEC 9.2: colleagues named for NOS gaps in Training Needs order, before the team plan names group leads.
  const { outsideExpertise, lead } = namePeerSupport(staff, auditDate);
  const sharedNeeds = teamTrainingPlan(allNeeds(staff), lead);
  onProgress?.('Organisational audit', 1);

  nameIssues(issues, input.staff);
  const count = (status: string) => orgIndicators.filter((x) => x.status === status).length;
  return {
    settings, input, staff, sharedNeeds, indicators: orgIndicators, workforce, issues, reflections: reflectionRows(input),
    outsideExpertise,
    summary: {
      organisation: settings.organisation, auditDate, staffAudited: staff.length,
      green: count('Green'), amber: count('Amber'), red: count('Red'), noData: count('No data'), issues: issues.length,
    },
  };
}

// Every need in staff order, in one array sized up front: flatMap grew it step by step through ~18 needs a person.
function allNeeds(staff: readonly StaffAudit[]): TrainingNeed[] {
  let total = 0;
  for (const s of staff) total += s.needs.length;
  const needs: TrainingNeed[] = new Array(total);
  let i = 0;
  for (const s of staff) {
    const own = s.needs;
    for (let j = 0; j < own.length; j++) needs[i++] = own[j];
  }
  return needs;
}

/** SPEC 4 (v2): Audit Issues names the person; issues from the optional sheets know only the staff ID, so the name is looked up. */
function nameIssues(issues: AuditIssue[], staff: readonly StaffMember[]): void {
  let byId: Map<string, string> | null = null;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i];
    if (issue.name != null || issue.staffId === null) continue;
    if (byId === null) {
      byId = new Map();
      for (const m of staff) if (!byId.has(m.id)) byId.set(m.id, m.name);
    }
    const name = byId.get(issue.staffId);
    if (name !== undefined) issues[i] = { ...issue, name };
  }
}

/** Learners needing each specialism (Learner needs), keyed in lower case; summed where a need is listed twice. */
function learnersBy(learnerNeeds: AuditInput['learnerNeeds']): Map<string, number> {
  const by = new Map<string, number>();
  for (const n of learnerNeeds ?? []) {
    const key = n.need.trim().toLowerCase();
    if (key !== '' && n.learners > 0) by.set(key, (by.get(key) ?? 0) + n.learners);
  }
  return by;
}

function levelAssumedIssue(member: StaffMember, unit: { title: string; level: number }): AuditIssue {
  return {
    sheet: member.sheet, row: member.row, column: 'QCF units', staffId: member.id, name: member.name,
    problem: `${unit.title}: no level recorded, Level ${unit.level} assumed`, code: 'unit-level-assumed', value: unit.title, severity: 'Info',
  };
}

function unknownUnitIssue(member: StaffMember, title: string): AuditIssue {
  return { sheet: member.sheet, row: member.row, column: 'QCF units', staffId: member.id, name: member.name, problem: 'Unit title not in the QCF unit catalogue (LLUK LSP qualifications)', code: 'unknown-unit', value: title.slice(0, 200), severity: 'Error' };
}
