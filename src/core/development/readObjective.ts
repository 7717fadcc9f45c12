import type { SmartVerdict } from './smartResult';
import { memo2 } from '../_lib/memo';
import { findDeadlines, monthsBetween, type Deadline } from './smartDates';
import {
  ABSOLUTE_TERMS, ANY_UNIT, CLAUSE_BREAK, COMPLETION, FILLER, firstWord, HOBBY_TERMS, isBaseVerb, isVerb, LARGE_SCOPE,
  LEARNER_TERMS, MAX_GOALS, MAX_MONTHS, MEASURABLE_TERMS, ROLE_TERMS, SCOPE_QUANTIFIERS, STOP, UNIT_TITLES, VAGUE,
} from './smartVocabulary';

export const yes = (reason: string): SmartVerdict => ({ met: true, reason });
export const no = (reason: string): SmartVerdict => ({ met: false, reason });
const quote = (words: string[], unitTitle: string): string => `"${words.join(' ').replace(/qcfunit/g, unitTitle)}"`;

/** What an objective's text says, before its review date, success criteria and NOS links are looked at. */
export interface ObjectiveReading {
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
/** @example readObjectiveOnce('2026-09-01', 'Shadow a senior LSA by March 2027').specific.met // true */
export const readObjectiveOnce = memo2((auditDate: string, objective: string) => readObjective(objective, auditDate));

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
