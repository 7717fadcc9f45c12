import type { Aspiration, LsaLevel } from '../staffMember';
import { NEED_HOURS } from './needHours';

/** The next step on a career pathway (seed 004), as a Career training need's text, activity and hours. */
export interface CareerStep {
  need: string;
  activity: string;
  hours: number;
}

/**
 * Next step for an aspiration from seed 004's pathways; null for "stay", "other" or none recorded.
 * A level 4 LSA aiming "senior" already holds the senior role: the next step is LSA manager (seed 004:
 * "pathways to Senior LSA, teacher or LSA manager").
 * @example careerStep('teaching', 2, []).need // 'Career: progress towards teaching'
 */
export function careerStep(aspiration: Aspiration | null, level: LsaLevel, specialisms: readonly string[]): CareerStep | null {
  const target = aspiration === 'senior' && level === 4 ? 'management' : aspiration;
  switch (target) {
    case 'teaching':
      // seed 004: senior LSAs "teach a session a week and will have gone through PTLLS or have a teaching
      // qualification"; LSAs "can undertake teaching qualifications of PTLLS, CTLLS can move on to DTLLS".
      return {
        need: 'Career: progress towards teaching',
        activity: 'PTLLS, then CTLLS or DTLLS; teach a session a week with a mentor (seed 004)',
        hours: NEED_HOURS.teaching,
      };
    case 'senior':
      // seed 004 Annex B senior LSA responsibilities; seed 001 unit "Preparing for the mentoring role" (3 credits).
      return {
        need: 'Career: prepare for a senior LSA role',
        activity: 'Shadow a senior LSA and take on a senior responsibility such as mentoring new LSAs; QCF unit: Preparing for the mentoring role (3 credits, Level 3)',
        hours: 30,
      };
    case 'specialist': {
      // seed 004 "Developing specialist skills": literacy, numeracy, IT, BSL, Makaton, behaviour support, ...
      const area = specialisms.length ? specialisms[0] : 'a specialism your learners need';
      return {
        need: 'Career: develop a specialism',
        activity: `Specialist training in ${area}; shadow a specialist and join a specialist network (seed 004)`,
        hours: NEED_HOURS.specialistTraining,
      };
    }
    case 'management':
      // seed 004: NVQ 3 Management / Certificate in First Line Management; "Line manage other support staff", "Run inset for other LSAs".
      return {
        need: 'Career: prepare for LSA management',
        activity: 'Certificate in First Line Management (or NVQ 3 Management); lead inset or supervise other LSAs (seed 004)',
        hours: NEED_HOURS.management,
      };
    default:
      return null;
  }
}
