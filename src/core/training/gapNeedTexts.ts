// The texts of NOS-gap needs (SPEC 3.7 v2, 9.2), built once and shared: gapNeeds.ts assembles the needs from them.
import { criterionActivity } from './criterionActivity';
import { RATING_LABELS, type Rating } from '../rating';
import type { Gap } from '../nos/skillsProfile';
import { qcfUnitById } from '../qualifications/qcfUnits';
import { memo, memo2 } from '../_lib/memo';

const CERTIFICATE_NAME = {
  generic: 'Level 3 Certificate in Learning Support',
  lln: 'Level 3 Certificate in Learning Support (literacy, language and numeracy)',
} as const;

/** A gap's detail in its need text: "Developing, target Competent". */
export const detail = (g: Gap) => `${RATING_LABELS[g.rating]}, target ${RATING_LABELS[g.target as Rating] ?? String(g.target)}`;

// Gaps are shared frozen values (gapScore) and the texts below depend only on the criterion, the gap and the specialism:
// a team of 10,000 has a few hundred distinct need texts, so each is built once and the same string is handed out
// (the team plan then groups on a string whose hash is already known).
const NEED_TEXT = new WeakMap<Gap, Map<string, string>>();
export function needText(g: Gap, how: string): string {
  let byHow = NEED_TEXT.get(g);
  if (byHow === undefined) NEED_TEXT.set(g, (byHow = new Map()));
  let text = byHow.get(how);
  if (text === undefined) byHow.set(how, (text = `${g.code} ${criterionActivity(g.code).focus}${how} (${detail(g)})`));
  return text;
}

export interface CriterionTexts {
  lead: string;
  held: string;
  towardsAdvanced: string;
  topUp: string;
  topUpDelivers: string;
  unitDelivers: string;
}

/** The texts of one criterion's gap needs, worked in one specialism (inArea: "" or " in Autism"). */
function criterionTexts(code: string, inArea: string): CriterionTexts {
  const { focus, unitId } = criterionActivity(code);
  const title = unitId === null ? null : qcfUnitById(unitId)?.title ?? unitId;
  return {
    lead: `Lead or model practice in ${focus} for colleagues, or mentor a newer LSA in it (Career pathways 2011: senior LSA and advanced practitioner roles)`,
    held: `Mentoring, shadowing or peer observation on ${focus}${inArea} (the unit ${title} is already held; ELS report 2010)`,
    towardsAdvanced: `Mentoring, shadowing or peer observation on ${focus}${inArea} (target Advanced: the unit ${title} is Level 2; ELS report 2010)`,
    topUp: `Shadowing, peer observation or mentoring on ${focus}${inArea} (ELS report 2010: small, specific areas "topped up")`,
    topUpDelivers: `Top-up: ${focus}${inArea}`,
    unitDelivers: `QCF unit: ${title}`,
  };
}

// Criterion texts by specialism ('' for none, and for Standards A and B), then by criterion: looked up once a person.
export const TEXTS_IN = memo((_area: string): Map<string, CriterionTexts> => new Map());
export function textsOf(table: Map<string, CriterionTexts>, code: string, area: string): CriterionTexts {
  let texts = table.get(code);
  if (texts === undefined) table.set(code, (texts = criterionTexts(code, area ? ` in ${area}` : '')));
  return texts;
}

/** The texts of specialist training in one area (SPEC 9.2: one group per specialism). */
export const specialistTexts = memo((where: string) => ({
  how: `: specialist training in ${where}`,
  activity: `Specialist training in ${where}, then practise with a specialist mentor (Career pathways 2011: develop a specific skill/area of expertise)`,
  delivers: `Specialist training: ${where}`,
}));

export const certificateText = memo2((certificate: 'generic' | 'lln', title: string | null) =>
  `Covered by the ${CERTIFICATE_NAME[certificate]} (unit: ${title}): see the Qualification need`);

