import { memo } from '../_lib/memo';
import { readQualificationText } from './inProgress';
import { levelInTitle } from './qcfUnitTitle';

/** A qualification recognised as a learning-support qualification, with its level (null when the title has none). */
export interface LearningSupportQualification {
  title: string;
  level: number | null;
}

const norm = (title: string): string =>
  ` ${title.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').replace(/\s+/g, ' ').trim()} `;

const FOUNDATION_DEGREE = / (foundation degree|fda|fdsc|fd) /;
// SPEC 9.1 "Levels of degrees": a PGCE or master's is Level 7, a bachelor's degree Level 6 (a Foundation Degree 5).
const MASTERS_OR_PGCE = / (ma|msc|med|m ed|masters?|master s|mres|pgce|pgde|postgraduate certificate in education) /;
const BACHELORS = / (ba|bsc|bed|b ed|bachelor|bachelors|bachelor s|honours|hons) /;
const DEGREE = / degree /;
// seed 004: Higher Level Teaching Assistant; SPEC 9.1: HLTA status is Level 4.
const HLTA = / (hlta|higher level teaching assistants?) /;

// SPEC 3.5: designed for LSAs (Career pathways 2011's "Designed for LSAs" rows, LLUK LSP qualifications' certificates), or a title naming
// learning support, supporting teaching and learning, or teaching assistant.
const LEARNING_SUPPORT_TITLES: readonly RegExp[] = [
  / learning support /, // Career pathways 2011: Award / Certificate in Learning Support (incl. disabled learners, LLN)
  / preparing to support learning /, // Career pathways 2011: Level 2 / Level 3 Award in Preparing to Support Learning
  / literacy language numeracy (and )?ict awareness /, // Career pathways 2011: Level 2 Award in LLN, ICT Awareness
  / support(ing)? teaching and learning /,
  / teaching assistants? /,
  / hlta /,
  // seeds 003 and 004 (SPEC 9.1): the OCN Level 3 in supporting learners (or people) with learning difficulties and/or
  // disabilities; CACHE's specialist support for teaching and learning.
  / support(ing)? (for )?(learners|people|students|adults|young people)? ?with learning difficulties (and or |and |or )?disabilit(y|ies) /,
  / specialist support for teaching and learning /,
];
// Career pathways 2011: "Foundation Degree (Learning Support/ Inclusive Learning)"; SPEC adds inclusive practice; SPEC 9.1: a degree
// (foundation, bachelor's, PGCE or master's) in learning support or inclusive practice is a learning-support qualification.
const DEGREE_SUBJECTS = / (learning support|inclusive (learning|practice)) /;

/** The level a qualification title states ("Level 3", "L3", "NVQ 2"; a Foundation Degree is 5), or null. */
function levelFromTitle(title: string): number | null {
  const t = norm(title);
  if (FOUNDATION_DEGREE.test(t)) return 5;
  if (HLTA.test(t)) return 4;
  if (MASTERS_OR_PGCE.test(t)) return 7;
  const nvq = / nvq (level )?([1-8]) /.exec(t) ?? / nvq([1-8]) /.exec(t);
  if (nvq) return Number(nvq[nvq.length - 1]);
  const written = levelInTitle(title);
  if (written !== null) return written;
  if (BACHELORS.test(t) || DEGREE.test(t)) return 6;
  // LLUK LSP qualifications: the certificates are Level 3; an Award in (Preparing to Support) Learning Support is Level 2 or 3,
  // taken as 3 unless the title says 2 (SPEC 3.5's rule for the unit); the LLN and ICT Awareness award is Level 2.
  if (/ ict awareness /.test(t)) return 2;
  if (/ (certificate|award) in (preparing to support learning|learning support) /.test(t)) return 3;
  return null;
}

/**
 * Whether a qualification title is a learning-support qualification (SPEC 3.5), and its level.
 * @example learningSupportQualification('NVQ 2 Supporting Teaching and Learning') // { title: '...', level: 2 }
 */
export function learningSupportQualification(title: string): LearningSupportQualification | null {
  const t = norm(title);
  const degree = FOUNDATION_DEGREE.test(t) || MASTERS_OR_PGCE.test(t) || BACHELORS.test(t) || DEGREE.test(t);
  const designed = LEARNING_SUPPORT_TITLES.some((re) => re.test(t)) || (degree && DEGREE_SUBJECTS.test(t));
  return designed ? { title: title.trim(), level: levelFromTitle(title) } : null;
}

/** A qualification not yet achieved (SPEC 3.5 v2): its title without the in-progress words, and its level if it is a learning-support
 * one. */
export interface QualificationInProgress {
  title: string;
  /** The learning-support level it leads to, or null when it is not a learning-support qualification (or states no level). */
  level: number | null;
  learningSupport: boolean;
}

interface TitleReading {
  held: number | null;
  inProgress: QualificationInProgress | null;
}

// A team lists the same few qualification titles again and again: each is read once (bounded, like unitKey's cache).
const readTitle = memo((text: string): TitleReading => {
  const { title, inProgress } = readQualificationText(text);
  const ls = learningSupportQualification(title);
  if (!inProgress) return { held: ls?.level ?? null, inProgress: null };
  return { held: null, inProgress: Object.freeze({ title, level: ls?.level ?? null, learningSupport: ls !== null }) };
});

/**
 * The highest level among the learning-support qualifications held, or null when none (or none with a level).
 * A qualification in progress is not held (SPEC 3.5 v2); each item is judged on its own.
 * @example highestLearningSupportLevel(['GCSE English', 'Level 2 Award in Learning Support', 'Level 3 PTLLS']) // 2
 */
export function highestLearningSupportLevel(titles: readonly string[]): number | null {
  let best: number | null = null;
  for (const title of titles) {
    const level = readTitle(title).held;
    if (level !== null && (best === null || level > best)) best = level;
  }
  return best;
}

/**
 * The qualifications listed that are still in progress ("(in progress)", "working towards", "studying" ...: SPEC 3.5 v2).
 * @example qualificationsInProgress(['Working towards Level 3 Certificate in Learning Support'])[0].level // 3
 */
export function qualificationsInProgress(titles: readonly string[]): QualificationInProgress[] {
  const out: QualificationInProgress[] = [];
  for (const title of titles) {
    const p = readTitle(title).inProgress;
    if (p !== null) out.push(p);
  }
  return out;
}
