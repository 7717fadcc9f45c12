import type { CriterionCode } from '../criterion';

/** Kinds of development activity named in LLUK LSP qualifications, 003 and 004. */
export type ActivityKind =
  | 'QCF unit' | 'shadowing' | 'mentoring' | 'peer observation' | 'joint training' | 'in-house training'
  | 'specialist training' | 'network';

/** A suggested activity for closing a gap on one NOS criterion (SPEC 3.7). */
export interface CriterionActivity {
  code: CriterionCode;
  /** Short focus of the criterion, for need text (the catalogue holds the verbatim title). */
  focus: string;
  kind: ActivityKind;
  /** Text for the Suggested activity column. */
  activity: string;
  /** QCF unit credits (LLUK LSP qualifications), when the activity is a unit: 5 guided hours and 10 learning hours a credit. */
  credits: number | null;
  /** The unit's id in the QCF catalogue (qcfUnits.ts), when the activity is a unit. */
  unitId: string | null;
}

// LLUK LSP qualifications, Level 3 Certificate in Learning Support: unit title, credits, level.
// The last item is the unit's id in the QCF catalogue (qcfUnits.ts), so a unit the person holds is recognised.
const U = {
  principles: ['Learning support principles', 6, 3, 'principles'],
  approaches: ['Approaches to learning', 6, 3, 'approaches'],
  context: ['Learning support in the lifelong learning context', 6, 3, 'context'],
  inclusiveInfo: ['Inclusive approaches to providing information', 1, 2, 'inclusive-info'],
  lln: ['Literacy language numeracy and ICT needs for work, education and life', 2, 2, 'lln-ict-needs'],
  behaviour: ['Managing behaviours in the learning environment', 6, 3, 'behaviours'],
  investigation: ['Practice-based investigation', 6, 3, 'investigation'],
  responsive: ['Supporting and promoting a responsive service', 1, 2, 'responsive'],
  subject: ['Supporting learners in a subject or vocational area', 6, 3, 'subject'],
  ict: ['Using ICT to support learning', 6, 3, 'ict'],
  youth: ['Supporting the learning of 14-19 year olds', 6, 3, '14-19'],
} as const;

function unit(code: CriterionCode, focus: string, u: readonly [string, number, number, string]): CriterionActivity {
  return { code, focus, kind: 'QCF unit', activity: `QCF unit: ${u[0]} (${u[1]} credit${u[1] === 1 ? '' : 's'}, Level ${u[2]})`, credits: u[1], unitId: u[3] };
}

function act(code: CriterionCode, focus: string, kind: ActivityKind, activity: string): CriterionActivity {
  return { code, focus, kind, activity, credits: null, unitId: null };
}

const MAP: CriterionActivity[] = [
  // Standard A (NOS 2009). Units from LLUK LSP qualifications; shadowing, mentoring and peer observation are what LSAs
  // rate most effective (ELS report 2010 "Effective development methods": "Shadowing, mentoring and peer observation").
  unit('A1', 'high quality learning support towards learners\' goals', U.principles),
  unit('A2', 'engaging learners in activities that advance learning', U.subject),
  act('A3', 'effective relationships with learners', 'shadowing', 'Shadow an experienced LSA (Career pathways 2011: observe other LSAs)'),
  unit('A4', 'communicating effectively with learners', U.inclusiveInfo),
  unit('A5', 'using, adapting and developing resources', U.ict),
  act('A6', 'building on learners\' experience and independence', 'peer observation', 'Peer observation with an experienced LSA, focused on promoting independence (ELS report 2010)'),
  unit('A7', 'learners\' language, literacy, numeracy and ICT needs', U.lln),
  act('A8', 'supporting learner progression', 'mentoring', 'Mentoring by a senior LSA on supporting progression (Career pathways 2011: shadowing, mentoring)'),
  // LLUK LSP qualifications "Managing behaviours in the learning environment" covers the safe environment (A9) and modelling respect (A10).
  unit('A9', 'a purposeful, safe learning environment', U.behaviour),
  unit('A10', 'promoting and modelling respect for others', U.behaviour),
  act('A11', 'learners managing and reflecting on their learning', 'peer observation', 'Peer observation of learner self-reflection in sessions (ELS report 2010: peer observation)'),
  // ELS report 2010: "There is a need for more joint training" for teachers and LSAs.
  act('A12', 'collaborating with colleagues and others', 'joint training', 'Joint training with teachers (ELS report 2010)'),
  act('A13', 'communicating information about learners to others', 'in-house training', 'In-house training on confidentiality and information sharing (Career pathways 2011: policies and procedures)'),
  act('A14', 'keeping accurate learning support records', 'in-house training', 'In-house training on record keeping, then shadow a colleague (Career pathways 2011: policies and procedures)'),
  unit('A15', 'organisational and legal requirements', U.context),
  unit('A16', 'contributing to review of programme and organisation', U.responsive),
  // CPD study notes: reflective practice and the PDP; the unit evaluates own practice. Own English/maths (KU17.3)
  // is raised as a separate Personal skills need.
  unit('A17', 'evaluating and improving own practice', U.investigation),
  // Standard B, planning and assessing (NOS 2009); LLUK LSP qualifications "Approaches to learning" is its core unit.
  unit('B1', 'planning inclusive learning support', U.approaches),
  act('B2', 'planning support for individual learners', 'joint training', 'Plan sessions jointly with a teacher (ELS report 2010: teachers and LSAs plan, prepare and review learning together)'),
  act('B3', 'negotiating and monitoring individual learning objectives', 'shadowing', 'Shadow a teacher in learners\' individual progress reviews (Career pathways 2011: work with teaching staff)'),
  act('B4', 'supporting colleagues with assessment methods', 'specialist training', 'Assessment training, e.g. Level 3 Award in Understanding the Principles and Practices of Assessment (Career pathways 2011)'),
  act('B5', 'questioning and constructive feedback', 'peer observation', 'Peer observation of questioning and feedback (ELS report 2010)'),
  unit('B6', 'learners sharing responsibility for assessment', U.approaches),
  act('B7', 'quality requirements for assessment and monitoring', 'in-house training', 'In-house training on the organisation\'s quality and assessment procedures (Career pathways 2011)'),
  // Standard C, specialist support (NOS 2009). Career pathways 2011 "Developing specialist skills" (BSL, Makaton,
  // behaviour support, ...); ELS report 2010 Rec 7 (specialist expertise) and Rec 3 (locally based network).
  act('C1', 'knowledge of the specialist area', 'specialist training', 'Specialist training in the area (Career pathways 2011: develop a specific skill/area of expertise)'),
  act('C2', 'identifying learners\' needs with specialist knowledge', 'shadowing', 'Shadow a specialist practitioner (ELS report 2010, rec. 7: specialist expertise)'),
  act('C3', 'specialist learning support activities', 'specialist training', 'Specialist training, then practise with a specialist mentor (Career pathways 2011)'),
  act('C4', 'evaluating specialist support with colleagues', 'peer observation', 'Peer observation with a specialist colleague (ELS report 2010)'),
  act('C5', 'specialist resources, including assistive technology', 'specialist training', 'Specialist training in resources and assistive technology (Career pathways 2011: ICT specialist)'),
  act('C6', 'professional development in the specialist area', 'network', 'Join a local or specialist LSA network (ELS report 2010, rec. 3; Career pathways 2011: LSA peer support networks)'),
  unit('C7', 'progression and transition of learners', U.youth),
];

const BY_CODE = new Map(MAP.map((a) => [a.code, a]));

/** Every criterion's activity, A1-C7. */
export const CRITERION_ACTIVITIES: readonly CriterionActivity[] = MAP;

/**
 * The suggested activity for a NOS criterion, or a generic one for a code outside the catalogue.
 * @example criterionActivity('A5').activity // 'QCF unit: Using ICT to support learning (6 credits, Level 3)'
 */
export function criterionActivity(code: CriterionCode): CriterionActivity {
  // Codes come from the catalogue in capitals: looked up as given first, so no upper-case copy is made per call.
  return BY_CODE.get(code) ?? BY_CODE.get(code.toUpperCase())
    ?? act(code, code, 'mentoring', 'Mentoring, shadowing or peer observation (ELS report 2010, rec. 11)');
}

/**
 * Guided hours for closing a gap (SPEC 3.7, the release time to budget): a unit's credits x 5, otherwise 3 x gap.
 * LLUK LSP qualifications: the 6-credit Award has 30 guided learning hours and the 30-credit certificate 100-150, so 5 a credit.
 * @example activityHours(criterionActivity('A3'), 2) // 6
 */
export function activityHours(activity: CriterionActivity, gap: number): number {
  return activity.credits !== null ? activity.credits * 5 : 3 * gap;
}

/**
 * Learning hours (total study time) for closing a gap: a unit's credits x 10 (LLUK LSP qualifications: 1 credit = 10 hours), otherwise 3 x
 * gap.
 * @example activityLearningHours(criterionActivity('A10'), 1) // 60
 */
export function activityLearningHours(activity: CriterionActivity, gap: number): number {
  return activity.credits !== null ? activity.credits * 10 : 3 * gap;
}
