// The words that tie an objective to the role (SPEC 3.6 Relevant, v2). The NOS subjects are computed from the
// catalogue itself when this module loads: the distinctive words of every criterion's title and KU statements.
import type { CriterionCode } from '../../nos/criterion';
import { NOS_CATALOGUE } from '../../nos/nosCatalogue';
import { QCF_UNITS } from '../../qualifications/qcfUnits';

// Common words, found in the catalogue but naming no subject of it (SPEC 3.6: "never common words such as skills,
// improve, develop, learn, new or better"): function words, and everyday words a personal aim uses as well.
const COMMON = new Set(('a about above access achieve achievement active agree agreed aims all also an and any appropriate approach ' +
  'approaches are area areas as at be being better between boundaries by can clearly consideration considerations consistency ' +
  'consistently content context contribute contribution current decisions develop developing development different effective ' +
  'effectively effectiveness emergent emerging enable encourage engage ensure equitable extent feel flexible for forms from further ' +
  'goals good group groups has have high how identified identify ideas importance important improve improvement in including ' +
  'individual individuals information integral into is it its itself judge knowledge learn learning level levels life make manage ' +
  'managing may meet meets methods more mutual nature need needs new of on or organise organised organising other others own ' +
  'particular people personal personalised planning plan practical practice practices present principles process processes ' +
  'professional promote promoting provide purposeful quality range relating relation relevant requirements respond responsibilities ' +
  'responsibility review role roles routes safe secure share skill skills structure success support supporting take that the their ' +
  'them theories these they this through to understand understanding use used using valued variety varied way ways well when where ' +
  'which who with within work working welsh confident confidence value trust respect decisions communities wellbeing environment ' +
  'team teams team-working systems accurate opportunities guidance related requirement advance activities activity experience ' +
  'experiences objectives central ensuring present relevant selection developing progress legitimate interest keeping ' +
  'enables having expectations programme maintain self build builds preferences encourages address promotes available complies ' +
  'model demonstrates order help seek advice steps training towards establish inform provision play developments initiatives ' +
  'internal external response performance contributing future providing assist application accordance involve young adults ' +
  'codes strategies constructive impact expertise adapt conforms preparation rights').split(' '));

/** A word reduced to a stem, so "records", "record" and "recording" meet; "maths" and "IT" are their catalogue words. */
export function stem(word: string): string {
  const w = SYNONYM[word] ?? word;
  if (w.length <= 4) return w;
  for (const [suffix, by] of SUFFIXES) if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length) + by;
  return w;
}
const SUFFIXES: [string, string][] = [['ments', ''], ['ment', ''], ['ities', ''], ['ity', ''], ['ational', 'at'], ['ations', 'at'],
  ['ation', 'at'], ['ies', 'y'], ['ing', ''], ['ed', ''], ['ly', ''], ['ss', 'ss'], ['es', ''], ['s', ''], ['e', '']];
const SYNONYM: Record<string, string> = { maths: 'mathematics', math: 'mathematics', ict: 'ict', it: 'ict', ecdl: 'ict', computer: 'ict', computers: 'ict' };

/** Each distinctive catalogue word's stem, with the first criterion it belongs to (A1-C7). */
export const NOS_SUBJECTS: ReadonlyMap<string, { word: string; code: CriterionCode }> = (() => {
  const subjects = new Map<string, { word: string; code: CriterionCode }>();
  for (const c of NOS_CATALOGUE) {
    for (const text of [c.title, ...c.knowledge.map((k) => k.text)]) {
      for (const word of text.toLowerCase().split(/[^a-z]+/)) {
        if (word.length < 3 || COMMON.has(word)) continue;
        const s = stem(word);
        if (!subjects.has(s)) subjects.set(s, { word, code: c.code });
      }
    }
  }
  return subjects;
})();

// CPD study notes: reflective practice and its models (Gibbs, Kolb; Schön), CPD and the professional development plan.
export const REFLECTIVE = new RegExp(String.raw`\b(reflect\w*|gibbs|kolb|schon|cpd|continuing professional development|` +
  String.raw`professional development|pdp|development plan|self[- ]assessment|appraisal|performance review|` +
  String.raw`supervision|mentor\w*|shadow\w*|peer observation|buddy\w*|coaching|` +
  String.raw`observations? of (?:my )?practice|line manager|` +
  // CPD study notes' key concepts of support practice.
  String.raw`differentiat\w*|scaffold\w*|prompts?|prompting|visual aids|modelling|person-centred|` +
  String.raw`behaviour for learning|positive reinforcement)\b`);
// LLUK LSP qualifications and Career pathways 2011: the qualifications and training an LSA takes; SPEC 3.6 v2 names AET, CET, DET.
const QUALIFICATION_NAMES = ['ptlls', 'ctlls', 'dtlls', 'aet', 'cet', 'det', 'pgce', 'qtls', 'cert ed', 'certificate in education',
  'nvq', 'gcse', 'functional skills', 'bsl', 'british sign language', 'makaton', 'learning support', 'supporting teaching and learning',
  'first line management', 'leadership framework', 'foundation degree', 'health and social care', 'communication support', 'nappi',
  'physical intervention', 'assessor', 'first aid', 'hlta', 'higher level teaching assistant', 'teaching assistant', 'training',
  'level \\d (?:award|certificate|diploma)', 'award in education and training', 'qcfunit',
  ...QCF_UNITS.map((u) => u.title.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' '))];
export const QUALIFICATIONS = new RegExp(`\\b(${QUALIFICATION_NAMES.join('|')})\\b`);
// SPEC 3.6: learners, learning support and the organisation's priorities; Career pathways 2011's specialisms and the settings
// LSAs work in.
export const ROLE = new RegExp(
  String.raw`\b(learners?|students?|pupils?|lsas?|tutors?|teachers?|lecturers?|lessons?|sessions?|` +
  String.raw`class(?:es|room)?|curriculum|college|school|organisation|department|team|colleagues?|inset|` +
  String.raw`induction|polic(?:y|ies)|procedures?|safeguarding|prevent (?:duty|training|e-?learning)|` +
  String.raw`health and safety|moving and handling|manual handling|data protection|gdpr|equality|diversity|` +
  String.raw`inclusi(?:on|ve)|send|sen|autis(?:m|tic)|asc|asd|dyslexi[ac]|dyspraxia|adhd|deaf|hard of hearing|` +
  String.raw`hearing (?:loss|impair\w*)|visual(?:ly)? impair\w*|blind|sight loss|pmld|complex needs|` +
  String.raw`learning difficult\w*|disabilit\w*|disabled|mental health|personal care|medication|epilepsy|` +
  String.raw`work (?:experience|placements?)|supported employment|travel training|esol|easy read|` +
  String.raw`visual timetables?|communication (?:passport|book)|assistive|de-?escalation|behaviour|sensory|` +
  String.raw`timetabled|promot(?:ion|ed)|education|ofsted|inspection|improvement plan)\b`,
);
/** With a hobby word, only a direct tie to learners or the job makes an objective relevant ("travel training for learners"). */
export const LEARNER_TIE = new RegExp(
  String.raw`\b(learners?|students?|pupils?|learning support|lsas?|lessons?|sessions?|class(?:es|room)?|` +
  String.raw`curriculum|travel training|travel(?:ling)? independently|independent travel)\b`,
);
// CPD study notes: "Confusing personal development (e.g., hobbies) with professional development".
export const HOBBY = new RegExp(
  String.raw`\b(guitar|piano|violin|drums?|ukulele|singing|choir|golf|tennis|football|rugby|netball|marathon|gym|` +
  String.raw`fitness|weight|diet|holidays?|travel(?:ling)?|cook(?:ing|ery)?|bak(?:e|ing)|garden(?:ing)?|` +
  String.raw`knit(?:ting)?|crochet|photography|hobby|hobbies|for fun|for myself|driving|drive|yoga|salsa|dancing|` +
  String.raw`music|art|painting|spanish|french|italian|german)\b`,
);
