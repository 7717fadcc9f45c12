import type { Aspiration, LsaLevel } from '../staffMember';
import { NEED_HOURS } from './needHours';
import { teacherTrainingHeld, type TeacherTraining } from '../qualifications/teacherTraining';

/** The next step on a career pathway (Career pathways 2011), as a Career training need's text, activity and hours. */
export interface CareerStep {
  need: string;
  activity: string;
  /** Guided (contact) hours to release the person for (SPEC 3.7 v2). */
  hours: number;
  /** Total study time: equal to hours for an estimate; credits x 10 for a QCF unit or award. */
  learningHours: number;
}

// Users see the source by its document's short title (SPEC 4.1): Career pathways 2011, Faraday, 'A long and winding road'
// (LSIS, 2011).
const SOURCE = '(Career pathways 2011)';
// Hours: a QCF unit or award is sized by its credits (LLUK LSP qualifications: 1 credit = 10 hours of study; the 6-credit Award has 30
// guided learning hours, so 5 guided hours a credit, SPEC 3.7 v2); anything else is an estimate, as in NEED_HOURS, with
// its learning hours equal to its hours.
const byCredits = (credits: number) => ({ hours: credits * 5, learningHours: credits * 10 });
const estimate = (hours: number) => ({ hours, learningHours: hours });
const MENTORING_UNIT = byCredits(3); // LLUK LSP qualifications: "Preparing for the mentoring role", 3 credits
// PTLLS is a 6-credit award (Career pathways 2011's qualifications ladder; LLUK LSP qualifications' credit rules).
const PTLLS = byCredits(6);
const ROLE_HOURS = estimate(15);
const RELATED_COURSE_HOURS = estimate(30); // starting a related NVQ elsewhere: an estimate

/** What the person already holds and said, so the step starts where they stand (SPEC 9.2). */
export interface CareerContext {
  /** The qualifications column's titles (those written as in progress are not held). */
  qualifications?: readonly string[];
  /** Catalogue ids of the QCF units held (QualificationProfile.heldUnits). */
  heldUnits?: readonly string[];
  /** The canonical specialism the aspiration names (StaffMember.aspirationSpecialism): it wins over the ones held. */
  aspirationSpecialism?: string | null;
}

interface Held {
  teacher: TeacherTraining | null;
  mentoringUnit: boolean;
  management: boolean;
  supportingTeachingAndLearning: boolean;
  masters: boolean;
  degree: boolean;
}

// SPEC 9.1: today's names, the seeds' names once in brackets. The next rung after the highest held (SPEC 9.2): AET, then
// CET or DET; after DET, a Certificate in Education or a PGCE, QTLS or a specialist route.
const AET = 'Level 3 Award in Education and Training (formerly PTLLS)';
const CET = 'Level 4 Certificate in Education and Training (formerly CTLLS)';
const DET = 'Level 5 Diploma in Education and Training (formerly DTLLS)';
function nextTeachingRung(held: TeacherTraining | null): { text: string; hours: { hours: number; learningHours: number } } {
  if (held === null) return { text: `${AET}, then the Level 4 Certificate or Level 5 Diploma in Education and Training (formerly CTLLS and DTLLS)`, hours: PTLLS };
  if (held.rung === 'AET') return { text: `${CET} or the ${DET}`, hours: estimate(NEED_HOURS.teaching) };
  if (held.rung === 'CET') return { text: DET, hours: estimate(NEED_HOURS.teaching) };
  if (held.rung === 'QTLS') return { text: 'A specialist route, such as a specialist support tutor role', hours: ROLE_HOURS };
  return { text: 'QTLS (qualified teacher learning and skills) status, or a specialist route such as a specialist support tutor role', hours: ROLE_HOURS };
}

const MANAGEMENT_HELD = /first line management|\bnvq\s*(?:level\s*)?[3-7]\b[^;]*\bmanagement\b|\bilm\b|leadership and management/i;
const STL_HELD = /supporting teaching (?:and|&) learning|\bhlta\b|higher level teaching assistant/i;
const MASTERS_HELD = /\b(?:ma|msc|med|mres|masters?|master's)\b|doctorate/i;
const DEGREE_HELD = /\b(?:ba|bsc|bed|b\.ed|bachelor'?s?|degree|honours|hons|pgce)\b/i;

function heldFrom(context: CareerContext): Held {
  const titles = context.qualifications ?? [];
  const any = (re: RegExp) => titles.some((t) => re.test(t) && !/in progress|working towards|studying/i.test(t));
  return {
    teacher: teacherTrainingHeld(titles),
    mentoringUnit: (context.heldUnits ?? []).includes('mentoring'),
    management: any(MANAGEMENT_HELD),
    supportingTeachingAndLearning: any(STL_HELD),
    masters: any(MASTERS_HELD),
    degree: any(DEGREE_HELD),
  };
}

type Pathway = Exclude<Aspiration, 'stay' | 'other' | 'qualify'>;
const STEPS: Record<Pathway, (area: string, held: Held) => CareerStep> = {
  // Career pathways 2011: "Many LSAs wished to remain in the LSA role but wanted to take on additional responsibility ... a senior
  // LSA role exists in many organisations"; Annex B lists the responsibilities; LLUK LSP qualifications mentoring unit.
  responsibility: (_area, held) => ({
    need: 'Career: take on more responsibility within the LSA role',
    activity: `Take responsibility for an area of work, such as mentoring new LSAs, work experience or health and safety (the senior LSA route)${held.mentoringUnit ? '' : '; QCF unit: Preparing for the mentoring role (3 credits, Level 3)'} ${SOURCE}`,
    ...(held.mentoringUnit ? ROLE_HOURS : MENTORING_UNIT),
  }),
  // Career pathways 2011 "Progression to a Senior or Advanced LSA role", Annex B; LLUK LSP qualifications unit "Preparing for the
  // mentoring role".
  senior: (_area, held) => ({
    need: 'Career: prepare for a senior LSA role',
    activity: `Shadow a senior LSA and take on a senior responsibility such as mentoring new LSAs${held.mentoringUnit ? '' : '; QCF unit: Preparing for the mentoring role (3 credits, Level 3)'} ${SOURCE}`,
    ...(held.mentoringUnit ? ROLE_HOURS : MENTORING_UNIT),
  }),
  // Career pathways 2011 "progression to an LSA representative role" (Ruth); "Become a Union Learning Representative";
  // "Represent support staff on county, regional and national forums"; "joining organisation-based working groups".
  representative: () => ({
    need: 'Career: prepare for an LSA representative role',
    activity: `Join an organisation working group or a forum that represents support staff, or become a Union Learning Representative; agree the role with your manager and HR ${SOURCE}`,
    ...ROLE_HOURS,
  }),
  // Career pathways 2011 "Developing specialist skills": literacy, numeracy, IT, BSL, Makaton, behaviour support, ...
  specialist: (area) => ({
    need: 'Career: develop a specialism',
    activity: `Specialist training in ${area}; shadow a specialist and join a specialist network ${SOURCE}`,
    ...estimate(NEED_HOURS.specialistTraining),
  }),
  // Career pathways 2011 "Progression from LSA to Support Tutor" (Jenny): PTLLS, then CTLLS and DTLLS; "a support tutor with key
  // responsibility for individuals"; co-ordinating work experience and transitions.
  supportTutor: (_area, held) => {
    const next = nextTeachingRung(held.teacher);
    return {
      need: 'Career: progress to a support tutor role',
      activity: `${next.text}; take key responsibility for individual learners, such as co-ordinating work experience or transitions ${SOURCE}`,
      ...next.hours,
    };
  },
  // Career pathways 2011 "Specialist Tutor for Deaf and hard of hearing learners" (Claire): a higher specialist qualification
  // (Level 4 BSL), a teaching qualification (Certificate in Education), co-ordinating support for the specialism.
  specialistTutor: (area, held) => ({
    need: 'Career: progress to a specialist support tutor role',
    activity: `A higher-level qualification in ${area}${(held.teacher?.level ?? 0) >= 5 ? '' : ' and a teaching qualification (such as the Certificate in Education)'}; co-ordinate support for learners in the specialism ${SOURCE}`,
    ...estimate(NEED_HOURS.teaching),
  }),
  // Career pathways 2011 "Kay's career pathway to Learning Support Co-ordinator": shadowed the previous post holder; allocates and
  // deploys LSAs, organises inductions and mentors; management qualification: Certificate in First Line Management.
  coordinator: (_area, held) => ({
    need: 'Career: prepare for a learning support co-ordinator role',
    activity: `Shadow the learning support co-ordinator; help deploy LSAs and organise inductions and mentors; ${held.management ? 'the Leadership Framework for First Line and Middle Managers (LSIS)' : 'Certificate in First Line Management'} ${SOURCE}`,
    ...estimate(NEED_HOURS.management),
  }),
  // Career pathways 2011: NVQ 3 Management / Certificate in First Line Management; "Line manage other support staff", "Run inset
  // for other LSAs"; Leadership Framework for First Line and Middle Managers (LSIS).
  // Career pathways 2011, Level 4-6: "NVQ 4 Management or equivalent"; the Leadership Framework for First Line and Middle Managers.
  management: (_area, held) => ({
    need: 'Career: prepare for LSA management',
    activity: `${held.management ? 'The Leadership Framework for First Line and Middle Managers (LSIS) or NVQ 4 Management' : 'Certificate in First Line Management (or NVQ 3 Management)'}; lead inset or supervise other LSAs ${SOURCE}`,
    ...estimate(NEED_HOURS.management),
  }),
  // Career pathways 2011: "the qualifications ladder is already in place with ... PTLLs, CTLLs and DTLLs"; senior LSAs "teach a
  // session a week and will have gone through PTLLS".
  teaching: (_area, held) => {
    const next = nextTeachingRung(held.teacher);
    return { need: 'Career: progress towards teaching', activity: `${next.text}; teach a session a week with a mentor ${SOURCE}`, ...next.hours };
  },
  // Career pathways 2011: "there is also a similar route for people wishing to work in training or work-based learning provision";
  // assessor awards (Level 3 Award in Assessing Competence in the Work Environment); "Train as an NVQ Assessor".
  training: (_area, held) => {
    const next = nextTeachingRung(held.teacher);
    return {
      need: 'Career: progress towards training or work-based learning',
      activity: `${next.text} (the same route leads to training and work-based learning); an assessor award such as the Level 3 Award in Assessing Competence in the Work Environment ${SOURCE}`,
      ...next.hours,
    };
  },
  // Career pathways 2011 "a career pathway to research and professional development" (Andrea): a professional development research
  // project; Level 6-8 qualifications: Masters programme, Education-based Doctorate.
  research: (_area, held) => ({
    need: 'Career: progress towards research and professional development',
    activity: `Take part in a professional development or research project; ${held.masters ? 'an Education-based Doctorate' : held.degree ? 'a Masters programme' : 'a degree, then a Masters programme'} ${SOURCE}`,
    ...estimate(NEED_HOURS.teaching),
  }),
  // Career pathways 2011 "Progression outside of post-school learning": "others might move into the school sector in a Teaching
  // Assistant or Higher Level Teaching Assistant role"; related qualification "NVQ 2 Supporting Teaching and Learning".
  schools: (_area, held) => ({
    need: 'Career: prepare for a teaching assistant (TA or HLTA) role in schools',
    activity: `${held.supportingTeachingAndLearning ? 'Ask a school about the HLTA role' : 'NVQ 2 Supporting Teaching and Learning'}; the HLTA role is the school counterpart of a senior LSA ${SOURCE}`,
    ...(held.supportingTeachingAndLearning ? ROLE_HOURS : RELATED_COURSE_HOURS),
  }),
  // Career pathways 2011 "Progression outside of post-school learning": "lateral progression to related job roles such as learning
  // mentor or careers advisor"; LSAs name "shadowing, mentoring and secondments" as what helped them progress.
  lateral: () => ({
    need: 'Career: explore a related role (learning mentor or careers adviser)',
    activity: `Shadow someone in the role, and ask about a secondment to it ${SOURCE}`,
    ...ROLE_HOURS,
  }),
  // Career pathways 2011: "a career in social work, social care, community or voluntary sector posts and health or therapy
  // services ... health and social care qualifications at Levels 2 and 3 are equally applicable"; NVQ 2 in Health and
  // Social Care.
  outside: () => ({
    need: 'Career: prepare for a role in care or health',
    activity: `A health and social care qualification at Level 2 or 3, such as the NVQ 2 in Health and Social Care ${SOURCE}`,
    ...RELATED_COURSE_HOURS,
  }),
  // ELS report 2010: supported employment ("Individualised Support - Learning in a supported employment setting", the Employment
  // Officer); Career pathways 2011: co-ordinating work experience, arranging work placements and support in the workplace.
  supportedEmployment: () => ({
    need: 'Career: develop supported employment and job coaching',
    activity: `Shadow a job coach or employment officer who arranges work placements and supports learners in the workplace; specialist training in supported employment (ELS report 2010; Career pathways 2011)`,
    ...estimate(NEED_HOURS.specialistTraining),
  }),
};

/**
 * Next step for an aspiration from Career pathways 2011's pathways; null for "stay", "other" or none recorded (a plain stay raises
 * no need). A level 4 LSA aiming senior, or at more responsibility, already holds the senior role: the next step is LSA
 * manager (Career pathways 2011: "pathways to Senior LSA, teacher or LSA manager"). The step starts from what the person holds
 * (SPEC 9.2): the next rung of teacher training, nothing held suggested again; a specialism the aspiration names wins.
 * @example careerStep('teaching', 2, [], { qualifications: ['PTLLS'] }).activity // 'Level 4 Certificate in Education and Training (formerly CTLLS) or ...'
 */
export function careerStep(
  aspiration: Aspiration | null, level: LsaLevel, specialisms: readonly string[], context: CareerContext = {},
): CareerStep | null {
  // "To qualify" is met by the qualification need itself (SPEC 9.2), not by a career step.
  if (aspiration === null || aspiration === 'stay' || aspiration === 'other' || aspiration === 'qualify') return null;
  const target: Pathway = (aspiration === 'senior' || aspiration === 'responsibility') && level === 4 ? 'management' : aspiration;
  return STEPS[target](context.aspirationSpecialism ?? (specialisms.length ? specialisms[0] : 'a specialism your learners need'), heldFrom(context));
}
