import { memo } from '../_lib/memo';
import { readQualificationText } from './inProgress';

/** A rung of teacher training for the further education and skills sector, with its level (QTLS, a status, above all). */
export interface TeacherTraining {
  rung: 'AET' | 'CET' | 'DET' | 'Cert Ed' | 'PGCE' | 'QTLS';
  level: number;
}

const norm = (t: string) => ` ${t.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim()} `;

// SPEC 9.1: since 2013 the Level 3 Award (AET), Level 4 Certificate (CET) and Level 5 Diploma (DET) in Education and
// Training; they replaced PTLLS, CTLLS and DTLLS (seed 004's "qualifications ladder"), still read at the same levels.
// Highest first, so a list is read for its top rung.
const RUNGS: [TeacherTraining, RegExp][] = [
  [{ rung: 'QTLS', level: 8 }, / qtls | qualified teacher learning and skills /],
  [{ rung: 'PGCE', level: 7 }, / pgce | pgde | postgraduate certificate in education /],
  [{ rung: 'Cert Ed', level: 5 }, / cert ?ed | certificate in education (?!and training)/],
  [{ rung: 'DET', level: 5 }, / det | dtlls? | diploma in (education and training|teaching in the lifelong learning( sector)?) /],
  [{ rung: 'CET', level: 4 }, / cet | ctlls? | certificate in (education and training|teaching in the lifelong learning( sector)?) /],
  [{ rung: 'AET', level: 3 }, / aet | ptlls? | award in education and training | preparing to teach in (the )?lifelong learning( sector)? /],
];

const rungOf = memo((text: string): TeacherTraining | null => {
  const { title, inProgress } = readQualificationText(text);
  if (inProgress) return null;
  const t = norm(title);
  for (const [rung, re] of RUNGS) if (re.test(t)) return rung;
  return null;
});

/**
 * The highest rung of teacher training held (not in progress) in a qualifications list, or null (SPEC 9.1, 9.2).
 * @example teacherTrainingHeld(['Foundation Degree in Learning Support', 'PTLLS']) // { rung: 'AET', level: 3 }
 */
export function teacherTrainingHeld(titles: readonly string[]): TeacherTraining | null {
  let best: TeacherTraining | null = null;
  for (const t of titles) {
    const r = rungOf(t);
    if (r !== null && (best === null || r.level > best.level)) best = r;
  }
  return best;
}
