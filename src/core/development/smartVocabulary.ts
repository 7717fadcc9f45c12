import { QCF_UNITS } from '../qualifications/qcfUnits';

// The words and patterns the SMART check reads objectives with (private to the SMART check).

// SPEC 3.6 rules; seed 000: avoid "vague or overly ambitious objectives that lack clear timeframes or measurable
// success criteria", and "confusing personal development (e.g., hobbies) with professional development".
export const MAX_MONTHS = 18;
export const MAX_GOALS = 2;
export const ACTION_VERBS = ('complete achieve attend gain obtain pass study learn train develop create produce design make write prepare ' +
  'plan deliver lead run organise organize observe shadow mentor coach support use apply introduce implement practise practice read research ' +
  'review evaluate update build set join take undertake enrol register improve increase reduce extend demonstrate present teach assess record ' +
  'finish adapt differentiate trial share reflect identify communicate sign work help explore master embed monitor track provide contribute ' +
  'collaborate facilitate gather acquire familiarise').split(' ');
/** Words that do not name a focus: "improve my skills" has a verb but nothing concrete to act on. */
export const VAGUE_WORDS = ('skill skills practice knowledge performance ability abilities confidence job work role development professionally ' +
  'professional better best good well understanding competence effectiveness things stuff areas myself generally overall more general').split(' ');
const STOP_WORDS = ('i me my we our to a an the and or of in on at for with by be will is am are it this that how so as up all some any own ' +
  'very really also then can every always never perfect perfectly unit units').split(' ');
export const MEASURABLE_TERMS = /\b(\d+(\.\d+)?%?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twice|dozen|percent|qualification|certificate|certified|award|diploma|nvq|gcse|units?|qcfunit|credits?|observ(ed|ation|ations)|feedback|evidence|assessed|signed off|sign off|checklist|portfolio|log|pass(ed)?|exam|test|grade|score)\b/;
export const COMPLETION = /\b(complet|pass|achiev|gain|obtain|finish|attend)\w*\b.*\b(course|training|module|programme|unit|qualification|certificate|award|workshop)s?\b/;
export const ABSOLUTE_TERMS = /\b(always|never|perfect|perfectly|flawless(ly)?|everyone|everybody|everything|without fail)\b|100\s?(%|percent)/;
export const SCOPE_QUANTIFIERS = ['all', 'every'];
export const LARGE_SCOPE = /^(learners?|students?|pupils?|people|staff|colleagues?|class(es)?|subjects?|needs?|areas?|skills?|standards?|criteria|courses?|departments?|conditions?|disabilit(y|ies)|specialisms?|situations?|times?|aspects?)$/;
export const ROLE_TERMS = /\b(learners?|students?|pupils?|learning support|lsas?|support(ing)? learning|qcfunit|nos|national occupational standards?|teach(ing|ers?)|tutors?|lessons?|class(es|room)?|curriculum|sessions?|send?|disabilit(y|ies)|dyslexi[ac]|autis(m|tic)|asc|asd|adhd|deaf|hearing|visual(ly)? impair\w*|bsl|sign language|makaton|aac|esol|literacy|numeracy|ict|assistive|behaviour|mental health|personal care|medication|safeguarding|prevent|first aid|health and safety|equality|diversity|inclusi(on|ve)|differentiat\w*|scaffold\w*|mentor(ing)?|shadow(ing)?|college|organisation|department|team|colleagues|ofsted|inspection|improvement plan|priorit(y|ies)|pmld|complex needs|spld|learning difficult\w*|work experience|supported employment)\b/;
/** With a hobby word, only a direct tie to learners, learning support or the NOS makes an objective relevant. */
export const LEARNER_TERMS = /\b(learners?|students?|pupils?|learning support|lsas?|qcfunit|nos|teach(ing|ers?)|lessons?|class(es|room)?|sessions?|curriculum)\b/;
export const HOBBY_TERMS = /\b(guitar|piano|violin|drums?|ukulele|golf|tennis|football|rugby|marathon|gym|fitness|lose weight|diet|holidays?|travel|cook(ing)?|bak(e|ing)|garden(ing)?|knit(ting)?|crochet|photography|hobby|hobbies|for fun|for myself|driving test|learn to drive|yoga|salsa)\b/;

const VERB_FORMS = new Map<string, string>();
for (const v of ACTION_VERBS) {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  const doubled = /[^aeiou][aeiou][bdglmnprt]$/.test(v) ? v + v.slice(-1) : v;
  for (const f of [v, `${v}s`, `${v}es`, `${stem}ed`, `${stem}ing`, `${doubled}ed`, `${doubled}ing`]) VERB_FORMS.set(f, v);
}
// "learning" and "training" are nouns unless they open the objective ("learning support", "autism training").
export const isVerb = (w: string, first: boolean): boolean => VERB_FORMS.has(w) && (first || (w !== 'learning' && w !== 'training'));
export const isBaseVerb = (w: string): boolean => VERB_FORMS.get(w) === w;
export const UNIT_TITLES = QCF_UNITS.map((u) => ({
  title: u.title,
  re: new RegExp(`(?:the )?${u.title.toLowerCase().replace(/\band\b|\bthe\b/g, '').split(/[^a-z0-9]+/).filter(Boolean).join('\\W+(?:(?:and|the)\\W+)*')}(?: units?\\b)?`),
}));
// One pass to see whether any unit title is named at all; most objectives name none.
export const ANY_UNIT = new RegExp(UNIT_TITLES.map((u) => `(?:${u.re.source})`).join('|'));
// Sets, not arrays: these are looked up for every word of every objective.
export const STOP = new Set(STOP_WORDS);
export const VAGUE = new Set(VAGUE_WORDS);
export const FILLER = new Set(['i', 'will', 'to', "i'll"]);
const CLAUSE_FILLER = new Set(['i', 'will', 'to']);
export const CLAUSE_BREAK = /[,;.]|\band\b|\bthen\b|\balso\b|\bas well as\b|\bplus\b/;
const WORD = /[a-z0-9%]+/g;
/**
 * The first word of a clause past "I will to": a clause is a goal when this is an action verb.
 * @example firstWord(' i will attend a course') // 'attend'
 */
export function firstWord(clause: string): string | null {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m !== null; m = WORD.exec(clause)) if (!CLAUSE_FILLER.has(m[0])) return m[0];
  return null;
}
