import { activityHours, activityLearningHours, criterionActivity, type CriterionActivity } from './criterionActivity';
import type { Gap } from '../nos/skillsProfile';
import { QCF_UNITS, qcfUnitById } from '../qualifications/qcfUnits';
import type { NeedRow } from './needRow';
import { certificateText, detail, needText, specialistTexts, textsOf, TEXTS_IN } from './gapNeedTexts';

/** What a person already has or is given, so a unit is suggested once and never when held (SPEC 3.7 v2). */
export interface GapNeedContext {
  /** Catalogue ids of the units the person holds (QualificationProfile.heldUnits). */
  heldUnits: readonly string[];
  /** Certificates the person is given as a Qualification need: their units are not listed again. */
  certificates: readonly ('generic' | 'lln')[];
  /** The person wants to qualify or progress (teaching, senior, specialist, management): units even for a gap of one step (SPEC 9.2). */
  qualifyOrProgress?: boolean;
  /** The specialism Standard C gaps are worked in: the person's first that learners need, else their first (SPEC 9.2). */
  specialism?: string | null;
  /** Learners needing that specialism (Learner needs); 0 when none recorded. */
  learners?: number;
}


// LLUK LSP qualifications: three generic mandatory units are contextualised for the LLN pathway; holding the LLN version of
// "Approaches to learning" is holding "Approaches to learning".
const CONTEXTUALISED_BY = new Map<string, string[]>();
for (const u of QCF_UNITS) {
  if (u.contextualises) CONTEXTUALISED_BY.set(u.contextualises, [...(CONTEXTUALISED_BY.get(u.contextualises) ?? []), u.id]);
}

const holds = (held: readonly string[], unitId: string): boolean => {
  if (held.length === 0) return false;
  if (held.includes(unitId)) return true;
  const versions = CONTEXTUALISED_BY.get(unitId);
  return versions !== undefined && versions.some((id) => held.includes(id));
};

// SPEC 3.7: "a move to Advanced (4) is mentoring, leading or modelling practice, not a Level 2 awareness unit".
const levelTwoOnly = (unitId: string): boolean => (qcfUnitById(unitId)?.levels ?? []).every((level) => level < 3);
const shortOfTarget = (g: Gap, unitId: string): boolean => g.target === 4 && levelTwoOnly(unitId);

function certificateCovering(unitId: string, certificates: GapNeedContext['certificates']): 'generic' | 'lln' | null {
  const unit = qcfUnitById(unitId);
  if (!unit) return null;
  if (certificates.includes('generic') && unit.generic !== null) return 'generic';
  if (certificates.includes('lln') && (unit.lln !== null || CONTEXTUALISED_BY.has(unitId))) return 'lln';
  return null;
}

// The need text names an activity other than the criterion's usual one, so the team plan does not group them together.
// One shape for every row (absent fields undefined).
function gapRow(
  g: Gap, suggestedActivity: string, hours: number, learningHours: number, timeAway: boolean, how: string, delivers: string | undefined,
  learners: number | undefined, specialism: string | undefined,
): NeedRow {
  return {
    category: 'NOS gap', need: needText(g, how), criterion: g.code, priority: g.priority,
    suggestedActivity, hours, learningHours, timeAway, gap: g.gap, delivers, learners, specialism,
  };
}

/**
 * One need per priority gap (SPEC 3.7 v2, 9.2). A gap of one step is a top-up (shadowing, peer observation or mentoring,
 * 3 hours) unless the person wants to qualify or progress; a unit for a gap of two or more, where the activity map names
 * one (gaps leading to the same unit make one need, "A9, A10", with the unit's hours once); Standard C gaps lead to
 * specialist training in the person's specialism (3 x gap); a unit the person holds is replaced by mentoring, shadowing
 * or peer observation (3 x gap hours); a unit inside a certificate the person is given is not suggested again (no hours:
 * the certificate need names it); the last step to Advanced (4) is leading, modelling or mentoring practice, and a gap
 * whose target is Advanced is never given a Level 2 unit: mentoring, shadowing or peer observation instead (3 x gap hours).
 * @example gapNeeds([gapA9, gapA10], { heldUnits: [], certificates: [] })[0].criterion // 'A9, A10'
 */
export function gapNeeds(gaps: readonly Gap[], context: GapNeedContext): NeedRow[] {
  const rows: NeedRow[] = [];
  // Made only for a person with a unit to suggest: a Map and a Set per person were a tenth of the audit's garbage.
  let byUnit: Map<string, { row: NeedRow; gaps: Gap[]; activity: CriterionActivity }> | null = null;
  const area = context.specialism ?? null;
  const plainTexts = TEXTS_IN('');
  const areaTexts = TEXTS_IN(area ?? '');
  const learners = context.learners ?? 0;
  // A unit suggested for a gap of two or more also covers a gap of one step on another of its criteria, at no extra hours.
  let unitsSuggested: string[] | null = null;
  for (let i = 0; i < gaps.length; i++) {
    const g = gaps[i];
    if (g.rating >= 3 || g.gap < 2) continue;
    const id = criterionActivity(g.code).unitId;
    if (id === null || holds(context.heldUnits, id) || shortOfTarget(g, id)) continue;
    if (certificateCovering(id, context.certificates) !== null) continue;
    if (unitsSuggested === null) unitsSuggested = [id];
    else if (!unitsSuggested.includes(id)) unitsSuggested.push(id);
  }
  for (let i = 0; i < gaps.length; i++) {
    const g = gaps[i];
    const activity = criterionActivity(g.code);
    const standardC = g.standard === 'C';
    const texts = standardC && area ? textsOf(areaTexts, g.code, area) : textsOf(plainTexts, g.code, '');
    const own = standardC ? learners : undefined;
    const inArea = standardC && area ? area : undefined;
    if (g.rating >= 3) {
      // Career pathways 2011: advanced practitioners and senior LSAs mentor new LSAs and share practice; a unit teaches the basics.
      rows.push(gapRow(g, texts.lead, 3 * g.gap, 3 * g.gap, true, ': lead or model practice', undefined, own, inArea));
      continue;
    }
    const unitId = activity.unitId;
    if (unitId !== null && holds(context.heldUnits, unitId)) {
      // seed 003: "Shadowing, mentoring and peer observation" are the methods LSAs rate most effective.
      rows.push(gapRow(g, texts.held, 3 * g.gap, 3 * g.gap, true, ': mentoring, shadowing or peer observation', undefined, own, inArea));
      continue;
    }
    const certificate = unitId === null ? null : certificateCovering(unitId, context.certificates);
    if (certificate) {
      const title = unitId === null ? null : qcfUnitById(unitId)?.title ?? unitId;
      rows.push(gapRow(g, certificateText(certificate, title), 0, 0, false, ': within the certificate', undefined, own, inArea));
      continue;
    }
    if (unitId !== null && shortOfTarget(g, unitId)) {
      // A Level 2 unit teaches the basics; Advanced practice is learnt beside someone who has it (ELS report 2010).
      rows.push(gapRow(g, texts.towardsAdvanced, 3 * g.gap, 3 * g.gap, true, ': mentoring towards Advanced', undefined, own, inArea));
      continue;
    }
    // ELS report 2010: staff "do not necessarily need an entire course or programme, but have small and specific areas
    // for development, many of which can effectively be 'topped up'".
    if (g.gap === 1 && !context.qualifyOrProgress && (unitId === null || unitsSuggested === null || !unitsSuggested.includes(unitId))) {
      rows.push(gapRow(g, texts.topUp, 3, 3, true, ': top-up', texts.topUpDelivers, own, inArea));
      continue;
    }
    if (standardC && unitId === null) {
      // Career pathways 2011: "develop a specific skill/area of expertise"; one group per specialism in the team plan.
      const specialist = specialistTexts(area ?? 'the specialist area');
      rows.push({
        category: 'NOS gap', need: needText(g, specialist.how), criterion: g.code, priority: g.priority,
        suggestedActivity: specialist.activity, hours: 3 * g.gap, learningHours: 3 * g.gap, timeAway: true, gap: g.gap,
        delivers: specialist.delivers, learners, specialism: inArea,
      });
      continue;
    }
    if (unitId === null) {
      rows.push(gapRow(g, activity.activity, activityHours(activity, g.gap), activityLearningHours(activity, g.gap), true, '', undefined, own, inArea));
      continue;
    }
    byUnit ??= new Map();
    const same = byUnit.get(unitId);
    if (same === undefined) {
      const row: NeedRow = {
        category: 'NOS gap', need: needText(g, ''), criterion: g.code, priority: g.priority,
        suggestedActivity: activity.activity, hours: activityHours(activity, g.gap), learningHours: activityLearningHours(activity, g.gap),
        timeAway: true, gap: g.gap, delivers: texts.unitDelivers, accredited: true, learners: own, specialism: inArea,
      };
      rows.push(row);
      byUnit.set(unitId, { row, gaps: [g], activity });
      continue;
    }
    // One unit, one need: its criteria named together, the highest priority, the unit's hours once.
    same.gaps.push(g);
    const codes = same.gaps.map((x) => x.code);
    same.row.criterion = codes.join(', ');
    same.row.need = `${codes.join(', ')} ${same.gaps.map((x) => criterionActivity(x.code).focus).join('; ')} (${same.gaps.map((x) => `${x.code} ${detail(x)}`).join('; ')})`;
    if (g.priority === 'High') same.row.priority = 'High';
    if (g.gap > (same.row.gap ?? 0)) same.row.gap = g.gap;
  }
  return rows;
}

/**
 * The units a person's gaps lead to that their certificate need covers, for naming in that need ("A9, A10").
 * @example unitsUnderCertificate(gaps, { heldUnits: [], certificates: ['generic'] }, 'generic') // ['Managing behaviours in the learning environment (A9, A10)']
 */
export function unitsUnderCertificate(gaps: readonly Gap[], context: GapNeedContext, certificate: 'generic' | 'lln'): string[] {
  // Made on the first unit found: most people's gaps lead to none under the certificate.
  let codes: Map<string, string[]> | null = null;
  for (let i = 0; i < gaps.length; i++) {
    const g = gaps[i];
    if (g.rating >= 3) continue;
    const unitId = criterionActivity(g.code).unitId;
    if (unitId === null || holds(context.heldUnits, unitId) || certificateCovering(unitId, context.certificates) !== certificate) continue;
    codes ??= new Map();
    const before = codes.get(unitId);
    if (before === undefined) codes.set(unitId, [g.code]);
    else before.push(g.code);
  }
  return codes === null ? [] : [...codes].map(([id, c]) => `${qcfUnitById(id)?.title ?? id} (${c.join(', ')})`);
}
