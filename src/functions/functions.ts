// LSA.* custom functions (SPEC 5). functions.json is generated from these JSDoc blocks, so the tags,
// parameter names (shown in Excel) and declared types matter. Each function is one call into core.
import { nosCoverage, nosGap, nosPriorities, nosTitle } from '../core/nos/nosFunctions';
import { certStatusFn, qcfCreditsFn } from '../core/qualifications/qcfFunctions';
import { qcfSize } from '../core/qualifications/qcfSize';
import { practiceCheckFn } from '../core/qualifications/practiceCheckFn';
import { learningHours } from '../core/qualifications/learningHours';
import { smartAdvice, smartScore } from '../core/development/smart/smartCheck';
import { toIsoDate } from '../core/development/smart/smartDates';
import { reflectionSummary } from '../core/development/reflection/reflectionCheck';
import { dataTypeProblem } from './_lib/plainArgs';
import { customFunctions, toResult } from './_lib/toResult';
import { todayIso } from './_lib/todayIso';

/** The audit date given (a date or yyyy-mm-dd), else today: what SMART checks measure "time-bound" against. */
function auditDateOf(audit_date: unknown): string | number {
  if (audit_date === null || audit_date === undefined || audit_date === '') return todayIso();
  if (toIsoDate(audit_date) === null) toResult({ error: 'value', message: `audit_date must be a date or yyyy-mm-dd; got ${String(audit_date)}` });
  return audit_date as string | number;
}

/**
 * Gap score 0-100 of NOS ratings against a level's targets or a targets range; #N/A when nothing is assessed.
 * @customfunction NOSGAP
 * @param ratings Ratings A1-A17, B1-B7, C1-C7 as a row or column of 17, 24 or 31 cells, or two rows with criterion codes first.
 * @param level_or_targets LSA level 1-4, or a targets range shaped like ratings.
 * @param [specialist] TRUE to include the C (specialist) criteria, FALSE to leave them out. Default: whether any C is rated.
 * @returns Gap score 0-100.
 */
export function NOSGAP(ratings: any[][], level_or_targets: any[][], specialist?: any): number {
  return toResult(nosGap(ratings, level_or_targets, specialist));
}

/**
 * Percentage of the applicable NOS criteria that have a rating.
 * @customfunction NOSCOVERAGE
 * @param ratings Ratings A1-A17, B1-B7, C1-C7 as a row or column of 17, 24 or 31 cells, or two rows with criterion codes first.
 * @param [level] LSA level 1-4. Default: 2.
 * @param [specialist] TRUE to include the C (specialist) criteria, FALSE to leave them out.
 * @returns Coverage %.
 */
export function NOSCOVERAGE(ratings: any[][], level?: any, specialist?: any): number {
  return toResult(nosCoverage(ratings, level, specialist));
}

/**
 * Criterion codes with a priority gap, largest gap first, spilled down a column.
 * @customfunction NOSPRIORITIES
 * @param ratings Ratings A1-A17, B1-B7, C1-C7 as a row or column of 17, 24 or 31 cells, or two rows with criterion codes first.
 * @param level_or_targets LSA level 1-4, or a targets range shaped like ratings.
 * @param [specialist] TRUE to include the C (specialist) criteria, FALSE to leave them out.
 * @param [count] How many codes to list at most. Default: all.
 * @returns One criterion code per row.
 */
export function NOSPRIORITIES(ratings: any[][], level_or_targets: any[][], specialist?: any, count?: any): string[][] {
  return toResult(nosPriorities(ratings, level_or_targets, specialist, count));
}

/**
 * The text of a NOS performance criterion.
 * @customfunction NOSTITLE
 * @param code Criterion code A1-A17, B1-B7 or C1-C7.
 * @returns The criterion's text.
 */
export function NOSTITLE(code: any): string {
  return toResult(nosTitle(code));
}

/**
 * Total QCF credits of the listed units, from the unit catalogue or from a credits range.
 * @customfunction QCFCREDITS
 * @param units Unit titles, one per cell or several in a cell separated by ; or new lines.
 * @param [credits] Credits of each unit, the same size as units. Blank cells take the catalogue credits.
 * @returns Total credits.
 */
export function QCFCREDITS(units: any[][], credits?: any[][]): number {
  return toResult(qcfCreditsFn(units, credits));
}

/**
 * The QCF size of a number of credits: Award (1-12), Certificate (13-36), Diploma (37 or more) or None.
 * @customfunction QCFSIZE
 * @param credits Number of credits.
 * @returns Award, Certificate, Diploma or None.
 */
export function QCFSIZE(credits: number): string {
  return qcfSize(credits);
}

/**
 * Notional learning hours of a number of QCF credits (1 credit = 10 hours).
 * @customfunction LEARNINGHOURS
 * @param credits Number of credits.
 * @returns Learning hours.
 */
export function LEARNINGHOURS(credits: number): number {
  return learningHours(credits);
}

/**
 * Progress towards the Level 3 Certificate in Learning Support from the units achieved.
 * @customfunction CERTSTATUS
 * @param units Titles of the units achieved, one per cell or several in a cell separated by ; or new lines.
 * @param [pathway] "generic" (default) or "LLN".
 * @returns Achieved, In progress: n of 30 credits, missing ..., or Not started.
 */
export function CERTSTATUS(units: any[][], pathway?: any): string {
  return toResult(certStatusFn(units, pathway));
}

// Volatile: without audit_date the answer depends on today's date, so Excel recalculates it whenever it recalculates
// (SPEC 5); a saved workbook then never shows yesterday's verdict.

/**
 * How many of the five SMART criteria a development objective meets, as of the audit date (today if none).
 * @customfunction SMARTSCORE
 * @volatile
 * @param objective The objective's text.
 * @param [review_date] The review date (a date or yyyy-mm-dd).
 * @param [success_criteria] How success will be measured.
 * @param [audit_date] The date to judge "time-bound" against (a date or yyyy-mm-dd). Default: today.
 * @returns 0-5.
 */
export function SMARTSCORE(objective: any, review_date?: any, success_criteria?: any, audit_date?: any): number {
  return smartScore(objective, review_date, success_criteria, auditDateOf(audit_date));
}

/**
 * "SMART" when a development objective meets all five SMART criteria as of the audit date (today if none), otherwise what is missing.
 * @customfunction SMARTCHECK
 * @volatile
 * @param objective The objective's text.
 * @param [review_date] The review date (a date or yyyy-mm-dd).
 * @param [success_criteria] How success will be measured.
 * @param [audit_date] The date to judge "time-bound" against (a date or yyyy-mm-dd). Default: today.
 * @returns SMART, or what is missing.
 */
export function SMARTCHECK(objective: any, review_date?: any, success_criteria?: any, audit_date?: any): string {
  return smartAdvice(objective, review_date, success_criteria, auditDateOf(audit_date));
}

/**
 * "Met" when learning support practice meets the certificate's practice rules, otherwise what is missing.
 * @customfunction PRACTICECHECK
 * @param practice_hours Hours of learning support practice.
 * @param observations Minutes of each observed session, one per cell; or two columns, minutes and subject (literacy, language or numeracy).
 * @param [pathway] "generic" (default: 30 hours, 3 observations of 3 hours in all) or "LLN" (40 hours, 4 observations of at least 45 minutes).
 * @param [literacy_hours] Hours of practice in literacy and/or language (LLN).
 * @param [numeracy_hours] Hours of practice in numeracy (LLN).
 * @returns Met, or what is missing.
 */
export function PRACTICECHECK(practice_hours: any, observations: any[][], pathway?: any, literacy_hours?: any, numeracy_hours?: any): string {
  return toResult(practiceCheckFn(practice_hours, observations, pathway, literacy_hours, numeracy_hours));
}

/**
 * How reflective a reflective-log entry is (Descriptive, Partly reflective or Reflective) and which of Gibbs' stages it lacks.
 * @customfunction REFLECTCHECK
 * @param text The entry's text.
 * @returns The depth and the stages missing, e.g. "Partly reflective: no conclusion or action plan".
 */
export function REFLECTCHECK(text: any): string {
  return reflectionSummary(text);
}

const IMPLEMENTATIONS = {
  NOSGAP, NOSCOVERAGE, NOSPRIORITIES, NOSTITLE, QCFCREDITS, QCFSIZE, LEARNINGHOURS, CERTSTATUS, SMARTSCORE, SMARTCHECK, PRACTICECHECK,
  REFLECTCHECK,
} as const;

/** Each function behind one guard: a data type (entity) argument is refused with #VALUE! before core sees it. */
function plainOnly<F extends (...args: any[]) => unknown>(name: string, fn: F): F {
  return ((...args: unknown[]) => {
    const problem = dataTypeProblem(name, args);
    if (problem) toResult(problem);
    return fn(...args);
  }) as F;
}

/** Function id (the @customfunction tag) -> implementation, as Excel calls it; the ids must match functions.json. */
export const LSA_FUNCTIONS = Object.fromEntries(Object.entries(IMPLEMENTATIONS).map(([id, fn]) => [id, plainOnly(id, fn)])) as typeof IMPLEMENTATIONS;

// The only registration (webpack.config.js drops the metadata plugin's own unguarded associate calls),
// guarded so the page also loads where CustomFunctions does not exist: tests, a browser outside Excel.
const cf = customFunctions();
if (cf) for (const [id, fn] of Object.entries(LSA_FUNCTIONS)) cf.associate(id, fn);
