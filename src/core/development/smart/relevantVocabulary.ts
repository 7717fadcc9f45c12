// The words that tie an objective to the role (SPEC 3.6 Relevant, v2) beside the NOS subjects, which come from the
// catalogue (src/core/nos/criterionSubjects.ts).
import { QCF_UNITS } from '../../qualifications/qcfUnits';

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
