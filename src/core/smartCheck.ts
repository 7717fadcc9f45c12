import { QCF_UNITS } from './qcfUnits';
import type { SmartCriterion, SmartResult, SmartVerdict } from './smartResult';
import { addMonths } from './_lib/isoDate';
import { memo2 } from './_lib/memo';
import { findDeadlines, monthsBetween, toIsoDate, type Deadline } from './_lib/smartDates';

/** A PDP objective to check (SPEC 3.6); dates are ISO text or Excel serial numbers. */
export interface SmartInput {
  objective: string;
  reviewDate?: string | number | null;
  successCriteria?: string | null;
  nosLinks?: readonly string[] | null;
}

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

const LABELS: Record<SmartCriterion, string> = { specific: 'Specific', measurable: 'Measurable', achievable: 'Achievable', relevant: 'Relevant', timeBound: 'Time-bound' };
const HINTS: Record<SmartCriterion, string> = {
  specific: 'say exactly what you will do and what it is about',
  measurable: 'say how success will be seen, such as a number, a unit or qualification, or an observation, or fill in the success criteria',
  achievable: 'make it realistic', // replaced by the problems found
  relevant: 'link it to your role: a NOS criterion, your learners or learning support',
  timeBound: `add a deadline or a review date within ${MAX_MONTHS} months`,
};

const VERB_FORMS = new Map<string, string>();
for (const v of ACTION_VERBS) {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  const doubled = /[^aeiou][aeiou][bdglmnprt]$/.test(v) ? v + v.slice(-1) : v;
  for (const f of [v, `${v}s`, `${v}es`, `${stem}ed`, `${stem}ing`, `${doubled}ed`, `${doubled}ing`]) VERB_FORMS.set(f, v);
}
// "learning" and "training" are nouns unless they open the objective ("learning support", "autism training").
const isVerb = (w: string, first: boolean): boolean => VERB_FORMS.has(w) && (first || (w !== 'learning' && w !== 'training'));
const isBaseVerb = (w: string): boolean => VERB_FORMS.get(w) === w;
const UNIT_TITLES = QCF_UNITS.map((u) => ({
  title: u.title,
  re: new RegExp(`(?:the )?${u.title.toLowerCase().replace(/\band\b|\bthe\b/g, '').split(/[^a-z0-9]+/).filter(Boolean).join('\\W+(?:(?:and|the)\\W+)*')}(?: units?\\b)?`),
}));
// One pass to see whether any unit title is named at all; most objectives name none.
const ANY_UNIT = new RegExp(UNIT_TITLES.map((u) => `(?:${u.re.source})`).join('|'));
// Sets, not arrays: these are looked up for every word of every objective.
const STOP = new Set(STOP_WORDS);
const VAGUE = new Set(VAGUE_WORDS);
const FILLER = new Set(['i', 'will', 'to', "i'll"]);
const CLAUSE_FILLER = new Set(['i', 'will', 'to']);
const CLAUSE_BREAK = /[,;.]|\band\b|\bthen\b|\balso\b|\bas well as\b|\bplus\b/;
const WORD = /[a-z0-9%]+/g;
function firstWord(clause: string): string | null {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m !== null; m = WORD.exec(clause)) if (!CLAUSE_FILLER.has(m[0])) return m[0];
  return null;
}
const yes = (reason: string): SmartVerdict => ({ met: true, reason });
const no = (reason: string): SmartVerdict => ({ met: false, reason });
const quote = (words: string[], unitTitle: string): string => `"${words.join(' ').replace(/qcfunit/g, unitTitle)}"`;

/** What an objective's text says, before its review date, success criteria and NOS links are looked at. */
interface ObjectiveReading {
  specific: SmartVerdict;
  /** The measure the text states, or null (then only success criteria make it measurable). */
  measured: SmartVerdict | null;
  problems: string[];
  textCodes: string[];
  role: string | undefined;
  hobby: string | undefined;
  unitTitle: string;
  deadlines: Deadline[];
  live: Deadline | undefined;
}

// The same objective text is often copied across a team's plans: its reading depends only on the text and the
// audit date, so each is read once (bounded, like the unit-key cache).
const readObjectiveOnce = memo2((auditDate: string, objective: string) => readObjective(objective, auditDate));

function readObjective(objective: string, auditDate: string): ObjectiveReading {
  const raw = ` ${objective.toLowerCase().replace(/&/g, ' and ').replace(/\s+/g, ' ')} `;
  const deadlines = findDeadlines(raw, auditDate);
  let text = deadlines.reduce((t, d) => t.replace(d.phrase, ' '), raw);
  const namesUnit = ANY_UNIT.test(text);
  const unitTitle = (namesUnit && UNIT_TITLES.find((u) => u.re.test(text))?.title) || 'the unit';
  if (namesUnit) text = UNIT_TITLES.reduce((t, u) => t.replace(u.re, ' qcfunit '), text);
  const words = text.replace(/[^a-z0-9%]+/g, ' ').trim().split(' ').filter(Boolean);
  const body = words.filter((w) => !FILLER.has(w));

  // Specific: an action verb and a concrete focus that is not a vague word.
  const verb = body.find((w, i) => isVerb(w, i === 0));
  const focus = body.filter((w, i) => !isVerb(w, i === 0) && !STOP.has(w) && !VAGUE.has(w) && !/^\d/.test(w));
  const specific = !verb ? no('No action: start with what you will do (e.g. complete, attend, shadow, use)')
    : focus.length === 0 ? no(`Too vague: say what "${verb}" applies to (which skill, learners or task)`)
    : yes(`Names an action ("${verb}") and a focus (${quote(focus.slice(0, 4), unitTitle)})`);

  // Measurable from the text: a number, a unit/qualification, an observed outcome, a completion.
  const measure = MEASURABLE_TERMS.exec(text)?.[0] ?? (COMPLETION.test(text) ? 'completion' : null);
  const measured = measure ? yes(`States how success will be seen (${measure === 'qcfunit' ? unitTitle : `"${measure}"`})`) : null;

  // Achievable: no absolute terms for a large scope, at most MAX_MONTHS, at most MAX_GOALS distinct goals.
  const problems: string[] = [];
  const absolute = ABSOLUTE_TERMS.exec(raw)?.[0];
  if (absolute) problems.push(`"${absolute.trim()}" is an absolute aim`);
  words.forEach((w, i) => {
    if (!SCOPE_QUANTIFIERS.includes(w)) return;
    const next = words.slice(i + 1, i + 4);
    const scope = next.slice(0, next.findIndex((n) => /^\d/.test(n)) + 1 || undefined).find((n) => LARGE_SCOPE.test(n));
    if (scope) problems.push(`"${w} ... ${scope}" is too large a scope`);
  });
  const horizon = Math.max(0, ...deadlines.map((d) => d.months ?? (d.earliest ? monthsBetween(auditDate, d.earliest) : 0)));
  if (horizon > MAX_MONTHS) problems.push(`the timeframe is over ${MAX_MONTHS} months`);
  // A clause is a goal when its first word (past "I will to") is an action verb; only that word is read.
  const clauses = text.split(CLAUSE_BREAK);
  let goals = 0;
  for (let i = 0; i < clauses.length; i++) {
    const first = firstWord(clauses[i]);
    if (first !== null && (i === 0 ? isVerb(first, true) : isBaseVerb(first))) goals++;
  }
  if (goals > MAX_GOALS) problems.push(`it sets ${goals} goals (keep to ${MAX_GOALS})`);

  // Relevant: NOS codes written in the text; learners, learning support, a specialism or the organisation; not a hobby.
  const textCodes = [...raw.matchAll(/\b([abc])(\d{1,2})\b/g)].filter((m) => +m[2] >= 1 && +m[2] <= (m[1] === 'a' ? 17 : 7)).map((m) => m[0].toUpperCase());
  const hobby = HOBBY_TERMS.exec(text)?.[0];
  const role = (hobby ? LEARNER_TERMS : ROLE_TERMS).exec(text)?.[0];

  const live = deadlines.find((d) => !d.latest || d.latest >= auditDate);
  return { specific, measured, problems, textCodes, role, hobby, unitTitle, deadlines, live };
}

/**
 * Checks a PDP objective against the five SMART criteria of SPEC 3.6 (seeds 000 and 003).
 * @example smartCheck({ objective: 'Complete Using ICT to support learning unit by June 2027' }, '2026-09-01').score // 5
 */
export function smartCheck(input: SmartInput, auditDate: string): SmartResult {
  if ((input.objective ?? '').trim() === '') {
    const none = no('No objective written');
    return { verdicts: { specific: none, measurable: none, achievable: none, relevant: none, timeBound: none }, score: 0, advice: 'Write an objective' };
  }
  const { specific, measured, problems, textCodes, role, hobby, unitTitle, deadlines, live } = readObjectiveOnce(auditDate, input.objective ?? '');

  // Measurable: filled success criteria, or what the text states.
  const criteria = (input.successCriteria ?? '').trim();
  const measurable = criteria !== '' && !/^(-|n\/?a|none|tbc)$/i.test(criteria) ? yes('Success criteria given')
    : measured ?? no('No measure: nothing says how success will be seen');

  const achievable = problems.length > 0 ? no(`Over-ambitious: ${problems.join('; ')}`) : yes('Realistic scope and timeframe');

  // Relevant: a NOS link or code, or the role named in the text; not a hobby.
  const codes = [...(input.nosLinks ?? []), ...textCodes];
  const relevant = codes.length > 0 ? yes(`Linked to NOS ${[...new Set(codes)].join(', ')}`)
    : role ? yes(`Tied to the role ("${role === 'qcfunit' ? unitTitle : role}")`)
    : no(hobby ? `A personal or hobby aim ("${hobby}"), not tied to the role` : 'Not tied to the role: no NOS criterion, learners or learning support named');

  // Time-bound: a date or timeframe in the text that has not passed, or a review date within MAX_MONTHS.
  const review = input.reviewDate === null || input.reviewDate === undefined || input.reviewDate === '' ? null : toIsoDate(input.reviewDate);
  const timeBound = live ? yes(`Timeframe given ("${live.phrase}")`)
    : review && review > auditDate && review <= addMonths(auditDate, MAX_MONTHS) ? yes(`Review date ${review}`)
    : review && review <= auditDate ? no(`Review date ${review} is not after the audit date`)
    : review ? no(`Review date ${review} is more than ${MAX_MONTHS} months away`)
    : deadlines.length > 0 ? no(`The date "${deadlines[0].phrase}" has passed`)
    : no(input.reviewDate ? 'The review date is not a date' : 'No date or timeframe');

  const verdicts: Record<SmartCriterion, SmartVerdict> = { specific, measurable, achievable, relevant, timeBound };
  const missing = (Object.keys(verdicts) as SmartCriterion[]).filter((c) => !verdicts[c].met);
  const hint = (c: SmartCriterion): string => (c === 'achievable' ? `make it realistic, as ${problems.join(' and ')}` : HINTS[c]);
  return {
    verdicts,
    score: 5 - missing.length,
    advice: missing.length === 0 ? 'SMART' : missing.map((c) => `${LABELS[c]}: ${hint(c)}.`).join(' '),
  };
}

/**
 * SMARTSCORE: the number of SMART criteria met (0-5); dates may be Excel serial numbers.
 * @example smartScore('Improve my skills', null, null, '2026-09-01') // 1
 */
export function smartScore(objective: unknown, reviewDate: unknown, successCriteria: unknown, auditDate: string | number): number {
  return smartCheck(toInput(objective, reviewDate, successCriteria), toAudit(auditDate)).score;
}

/**
 * SMARTCHECK: "SMART", or what is missing in plain words; dates may be Excel serial numbers.
 * @example smartAdvice('Learn to play the guitar', null, null, 46000) // 'Measurable: say how ... Relevant: link it to your role ... Time-bound: ...'
 */
export function smartAdvice(objective: unknown, reviewDate: unknown, successCriteria: unknown, auditDate: string | number): string {
  return smartCheck(toInput(objective, reviewDate, successCriteria), toAudit(auditDate)).advice;
}

const asText = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
function toInput(objective: unknown, reviewDate: unknown, successCriteria: unknown): SmartInput {
  const review = typeof reviewDate === 'number' || typeof reviewDate === 'string' ? reviewDate : null;
  return { objective: asText(objective), reviewDate: review, successCriteria: asText(successCriteria) };
}
function toAudit(auditDate: string | number): string {
  const iso = toIsoDate(auditDate);
  if (!iso) throw new RangeError(`audit date is not a date: ${String(auditDate)}`); // the caller's invariant
  return iso;
}
