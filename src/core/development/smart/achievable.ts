// SPEC 3.6 Achievable: not over-ambitious: no absolute aim for a large scope, a timeframe of at most 18 months, at
// most two distinct goals counted across the whole objective (a list of courses counts each one). CPD study notes: avoid
// "overly ambitious objectives".
import type { SmartVerdict } from './smartResult';
import type { ObjectiveText } from './objectiveText';
import { reachMonths } from './smartDates';
import { isActionVerb } from './specific';

export const MAX_MONTHS = 18;
export const MAX_GOALS = 2;

// Perfection is never achievable; "always" and "never" alone are rules of conduct ("never be late"), not a scope.
const PERFECTION = /\b(perfect(?:ly)?|flawless(?:ly)?|everything|everyone|everybody|100 ?(?:%|percent))/;
const SCOPE_WORDS = new Set(['all', 'every', 'each', 'any']);
// What "all" or "every" makes too large; "every session", "all the team meetings this term" are bounded.
const LARGE_SCOPE = /^(learners?|students?|pupils?|people|staff|colleagues|types?|kinds?|disabilit(y|ies)|difficult(y|ies)|needs?|conditions?|subjects?|areas?|courses?|qualifications?|goals?|targets?|criteria|standards?|skills?|things?|aspects?|situations?|specialisms?)$/;
// A clause that explains, qualifies or dates a goal is not a goal of its own.
const NOT_A_GOAL = new Set(['by', 'when', 'so', 'especially', 'to', 'which', 'who', 'as', 'with', 'for', 'in', 'on', 'at', 'from',
  'until', 'before', 'after', 'if', 'because', 'including', 'using', 'starting', 'such', 'e', 'eg', 'i', 'ie', 'checked', 'observed',
  'signed', 'agreed', 'supported', 'then', 'where', 'that', 'this', 'it', 'them', 'they', 'maybe', 'possibly', 'perhaps']);
const FILLER = /^(?:\s*(?:i|will|i'll|would|like|want|to|and|then|also|maybe|possibly|perhaps|hope|plan|aim|intend|also|need)\b)+/;
const GOAL_BREAK = /[,;]|\band\b|\bthen\b|\balso\b|\bas well as\b|\bplus\b/;

/**
 * Achievable (SPEC 3.6): no perfection or absolute aim over a large scope, at most 18 months, at most two goals.
 * @example achievable(readObjective('2026-09-01', 'Complete an NVQ, a BSL course and a first aid course by July 2027')).met // false
 */
export function achievable(o: ObjectiveText, auditDate: string): SmartVerdict {
  const problems: string[] = [];
  const perfection = PERFECTION.exec(o.raw)?.[1];
  if (perfection) problems.push(`"${perfection}" is an absolute aim`);
  const { words } = o;
  for (let i = 0; i < words.length; i++) {
    if (!SCOPE_WORDS.has(words[i]) || words[i] === 'each' || words[i] === 'any') continue;
    const next = words.slice(i + 1, i + 4);
    const bounded = next.findIndex((n) => /^\d/.test(n));
    const scope = (bounded >= 0 ? next.slice(0, bounded) : next).find((n) => LARGE_SCOPE.test(n));
    if (scope) problems.push(`"${words[i]} ... ${scope}" is too large a scope`);
  }
  const reach = Math.max(0, ...o.deadlines.map((d) => reachMonths(d, auditDate)));
  if (reach > MAX_MONTHS) problems.push(`the timeframe is over ${MAX_MONTHS} months`);
  const goals = countGoals(o.text);
  if (goals > MAX_GOALS) problems.push(`it sets ${goals} goals (keep to ${MAX_GOALS})`);
  return problems.length > 0
    ? { met: false, reason: `Over-ambitious: ${problems.join('; ')}` }
    : { met: true, reason: 'Realistic scope and timeframe' };
}

/**
 * Goals in an objective: each clause that starts with an action, and each item of a listed series of courses or
 * qualifications ("an NVQ, a BSL course and a first aid course" is three).
 * @example countGoals('get better at ict, do the level 3 certificate, learn bsl and become a manager') // 4
 */
export function countGoals(text: string): number {
  const plain = text.replace(/\([^()]*\)/g, ' '); // "(literacy, language and numeracy)" is part of a title, not a list
  const isList = plain.includes(',');
  let goals = 0;
  let inSeries = false;
  for (const clause of plain.split(GOAL_BREAK)) {
    const rest = clause.replace(FILLER, '').trim();
    const words = rest.split(/[^a-z0-9%']+/).filter(Boolean);
    if (words.length === 0) continue;
    if (isActionVerb(words[0]) || words[0] === 'become') {
      goals++;
      inSeries = true;
    } else if (isList && inSeries && words.length <= 5 && !NOT_A_GOAL.has(words[0]) && !/ed$/.test(words[0])) {
      goals++; // one more item of a listed series: ", a BSL course", ", safeguarding", ", level 2"
    } else {
      inSeries = false;
    }
  }
  // SPEC 3.6 (v2): goals are counted across a list of courses, also when the list is a number ("three courses by December").
  for (const m of plain.matchAll(COUNTED_COURSES)) {
    const word = NUMBER_WORDS.indexOf(m[1]);
    goals = Math.max(goals, word >= 0 ? word : Number(m[1]));
  }
  return goals;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
// "three courses", "4 short courses", "two more qualifications": a counted set of courses or qualifications, each a goal
// (units are not counted: "all 4 mandatory units" are one certificate).
const COUNTED_COURSES = new RegExp(`\\b(${NUMBER_WORDS.join('|')}|\\d{1,2})\\s+(?:[a-z-]+\\s+){0,2}?(?:courses|qualifications|certificates|awards|diplomas)\\b`, 'g');
