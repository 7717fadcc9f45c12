// SPEC 3.6 Relevant: tied to the role: a NOS criterion (its code, or a subject from the catalogue), learners, learning
// support, reflective practice, an LSA's qualifications, or the organisation's priorities; a hobby or a purely
// personal aim is not, unless the objective ties it to learners. CPD study notes: "Confusing personal development (e.g.,
// hobbies) with professional development" is a common mistake.
import type { SmartVerdict } from './smartResult';
import type { ObjectiveText } from './objectiveText';
import { NOS_SUBJECTS, subjectStem } from '../../nos/criterionSubjects';
import { HOBBY, LEARNER_TIE, QUALIFICATIONS, REFLECTIVE, ROLE } from './relevantVocabulary';

const NOS_CODE = /\b([abc])(\d{1,2})\b/g;
const CRITERIA_IN: Record<string, number> = { a: 17, b: 7, c: 7 };

/**
 * Relevant (SPEC 3.6): a NOS link or code, or a tie to the role; a hobby needs a direct tie to learners.
 * @example relevant(readObjective('2026-09-01', 'Improve my record keeping'), null).met // true
 */
export function relevant(o: ObjectiveText, nosLinks: readonly string[] | null | undefined): SmartVerdict {
  const codes = [...(nosLinks ?? []), ...nosCodes(o.raw)];
  if (codes.length > 0) return { met: true, reason: `Linked to NOS ${[...new Set(codes)].join(', ')}` };
  const hobby = HOBBY.exec(o.text)?.[1];
  if (hobby) {
    const tie = LEARNER_TIE.exec(o.text)?.[1];
    return tie ? tied(`"${tie}"`) : { met: false, reason: `A personal or hobby aim ("${hobby}"), not tied to the role` };
  }
  const role = ROLE.exec(o.text)?.[1] ?? QUALIFICATIONS.exec(o.text)?.[1] ?? REFLECTIVE.exec(o.text)?.[1];
  if (role) return tied(`"${role === 'qcfunit' ? o.unitTitle ?? 'the unit' : role}"`);
  for (const w of o.words) {
    const subject = NOS_SUBJECTS.get(subjectStem(w));
    if (subject) return tied(`"${w}", a subject of NOS ${subject.code}`);
  }
  return { met: false, reason: 'Not tied to the role: no NOS criterion, learners, learning support or the organisation named' };
}

function tied(what: string): SmartVerdict {
  return { met: true, reason: `Tied to the role (${what})` };
}

function nosCodes(raw: string): string[] {
  return [...raw.matchAll(NOS_CODE)].filter((m) => +m[2] >= 1 && +m[2] <= CRITERIA_IN[m[1]]).map((m) => m[0].toUpperCase());
}
