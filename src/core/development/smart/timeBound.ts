// SPEC 3.6 Time-bound: a date or timeframe in the text that has not passed, or a review date after the audit date and
// within 18 months. A date that has passed is not a deadline; the length of a timeframe is judged under Achievable.
// CPD study notes: each objective has "a realistic review date".
import { addMonths } from '../../_lib/isoDate';
import { memo } from '../../_lib/memo';
import type { SmartVerdict } from './smartResult';
import type { ObjectiveText } from './objectiveText';
import { MAX_MONTHS } from './achievable';
import { reachMonths, toIsoDate } from './smartDates';

/**
 * Time-bound (SPEC 3.6): a live deadline in the text, or a review date in (audit date, audit date + 18 months].
 * @example timeBound(readObjective('2026-09-01', 'Complete PTLLS by Easter 2027'), null, '2026-09-01').met // true
 */
export function timeBound(o: ObjectiveText, reviewDate: string | number | null | undefined, auditDate: string): SmartVerdict {
  const live = o.deadlines.length === 0 ? undefined : o.deadlines.find((d) => reachMonths(d, auditDate) >= 0);
  if (live) return { met: true, reason: `Timeframe given ("${live.phrase}")` };
  const review = reviewDate === null || reviewDate === undefined || reviewDate === '' ? null : toIsoDate(reviewDate);
  if (review && review > auditDate && review <= latestReview(auditDate)) return { met: true, reason: `Review date ${review}` };
  if (review && review <= auditDate) return { met: false, reason: `Review date ${review} is not after the audit date` };
  if (review) return { met: false, reason: `Review date ${review} is more than ${MAX_MONTHS} months away` };
  if (o.deadlines.length > 0) return { met: false, reason: `The date "${o.deadlines[0].phrase}" has passed` };
  return { met: false, reason: reviewDate ? 'The review date is not a date' : 'No date or timeframe' };
}

// The last review date that counts, asked for every objective with the same audit date: worked out once.
const latestReview = memo((auditDate: string): string => addMonths(auditDate, MAX_MONTHS));
