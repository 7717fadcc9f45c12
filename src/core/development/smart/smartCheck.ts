// The SMART check of a PDP objective (SPEC 3.6; CPD study notes and ELS report 2010). Each criterion's rule is one file beside this one:
// specific.ts, measurable.ts, achievable.ts, relevant.ts and timeBound.ts, with the words they read in
// relevantVocabulary.ts (drawn from the NOS catalogue) and smartDates.ts.
import type { SmartCriterion, SmartResult, SmartVerdict } from './smartResult';
import { achievable, MAX_MONTHS } from './achievable';
import { measurable } from './measurable';
import { readObjective, type ObjectiveText } from './objectiveText';
import { memo2 } from '../../_lib/memo';
import { relevant } from './relevant';
import { specific } from './specific';
import { timeBound } from './timeBound';
import { toIsoDate } from './smartDates';

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
 * Checks a PDP objective against the five SMART criteria of SPEC 3.6 (CPD study notes and ELS report 2010).
 * @example smartCheck({ objective: 'Complete Using ICT to support learning unit by June 2027' }, '2026-09-01').score // 5
 */
export function smartCheck(input: SmartInput, auditDate: string): SmartResult {
  if ((input.objective ?? '').trim() === '') {
    const none: SmartVerdict = { met: false, reason: 'No objective written' };
    return { verdicts: { specific: none, measurable: none, achievable: none, relevant: none, timeBound: none }, score: 0, advice: 'Write an objective' };
  }
  const o = readObjective(auditDate, input.objective);
  const text = textVerdicts(o, auditDate);
  const verdicts: Record<SmartCriterion, SmartVerdict> = {
    specific: text.specific,
    measurable: (input.successCriteria ?? '').trim() === '' ? text.measurable : measurable(o, input.successCriteria),
    achievable: text.achievable,
    relevant: input.nosLinks?.length ? relevant(o, input.nosLinks) : text.relevant,
    timeBound: timeBound(o, input.reviewDate, auditDate),
  };
  let missing = 0;
  let score = 5;
  for (let i = 0; i < CRITERIA.length; i++) {
    if (verdicts[CRITERIA[i]].met) continue;
    missing |= 1 << i;
    score--;
  }
  return { verdicts, score, advice: adviceFor(verdicts.achievable, missing) };
}

const CRITERIA: readonly SmartCriterion[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

/** The verdicts that read only the objective's words (with no success criteria and no NOS links given). */
interface TextVerdicts {
  specific: SmartVerdict;
  measurable: SmartVerdict;
  achievable: SmartVerdict;
  relevant: SmartVerdict;
}

// Plans repeat objectives (readObjective hands out one ObjectiveText per audit date and text): the verdicts that read
// only the words are worked out once per text and shared, read-only; the review date is read for each row.
const BY_TEXT = new WeakMap<ObjectiveText, TextVerdicts>();
function textVerdicts(o: ObjectiveText, auditDate: string): TextVerdicts {
  let v = BY_TEXT.get(o);
  if (v === undefined) {
    v = { specific: specific(o), measurable: measurable(o, null), achievable: achievable(o, auditDate), relevant: relevant(o, null) };
    BY_TEXT.set(o, v);
  }
  return v;
}

// The advice reads which criteria are missed (a bit each, in CRITERIA order) and the Achievable reason: built once each.
const adviceFor = memo2((achievableVerdict: SmartVerdict, missing: number): string => {
  if (missing === 0) return 'SMART';
  const hint = (c: SmartCriterion): string =>
    (c === 'achievable' ? `make it realistic, as ${achievableVerdict.reason.replace(/^Over-ambitious: /, '').split('; ').join(' and ')}` : HINTS[c]);
  return CRITERIA.filter((_, i) => (missing & (1 << i)) !== 0).map((c) => `${LABELS[c]}: ${hint(c)}.`).join(' ');
});

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
