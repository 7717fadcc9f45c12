import type { SmartCriterion, SmartResult, SmartVerdict } from './smartResult';
import { addMonths } from '../_lib/isoDate';
import { no, readObjectiveOnce, yes } from './readObjective';
import { toIsoDate } from './smartDates';
import { MAX_MONTHS } from './smartVocabulary';

/** A PDP objective to check (SPEC 3.6); dates are ISO text or Excel serial numbers. */
export interface SmartInput {
  objective: string;
  reviewDate?: string | number | null;
  successCriteria?: string | null;
  nosLinks?: readonly string[] | null;
}

const LABELS: Record<SmartCriterion, string> = { specific: 'Specific', measurable: 'Measurable', achievable: 'Achievable', relevant: 'Relevant', timeBound: 'Time-bound' };
const HINTS: Record<SmartCriterion, string> = {
  specific: 'say exactly what you will do and what it is about',
  measurable: 'say how success will be seen, such as a number, a unit or qualification, or an observation, or fill in the success criteria',
  achievable: 'make it realistic', // replaced by the problems found
  relevant: 'link it to your role: a NOS criterion, your learners or learning support',
  timeBound: `add a deadline or a review date within ${MAX_MONTHS} months`,
};

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
