import type { FnResult } from '../fnResult';
import { isOmitted, scalarOf } from '../functionArgs';
import { practiceCheck, type PracticeObservation } from './practiceCheck';
import type { CertificatePathway } from './certificateStatus';

const bad = (message: string): FnResult<never> => ({ error: 'value', message });
const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function hoursArg(v: unknown, name: string): number | { message: string } | null {
  if (isOmitted(v)) return null;
  const s = scalarOf(v);
  const n = typeof s === 'number' ? s : Number(String(s).trim());
  return Number.isFinite(n) && n >= 0 ? n : { message: `${name} must be a number of hours of 0 or more; got '${String(s)}'` };
}

/**
 * The area of an observation from its subject cell (LLUK LSP qualifications: literacy and/or language, numeracy), or null.
 * @example observationArea('Numeracy') // 'numeracy'
 */
export function observationArea(text: unknown): PracticeObservation['area'] {
  if (blank(text)) return null;
  const t = String(text).toLowerCase();
  if (/numera|maths?\b|mathematic/.test(t)) return 'numeracy';
  if (/litera|english|reading|writing/.test(t)) return 'literacy';
  if (/language|esol/.test(t)) return 'language';
  return 'other';
}

/** Observations from a range: one column of minutes, or two columns of minutes and subject (SPEC 5). */
function observationsArg(range: unknown): PracticeObservation[] | { message: string } {
  const rows = Array.isArray(range) ? (range as unknown[][]) : [[range]];
  const out: PracticeObservation[] = [];
  for (const row of rows) {
    const cells = Array.isArray(row) ? row : [row];
    // A single row of minutes across is read as a list too.
    const pairs = cells.length === 2 && typeof cells[1] === 'string' && !/^\s*\d/.test(cells[1]) ? [[cells[0], cells[1]]] : cells.map((c) => [c, null]);
    for (const [minutes, subject] of pairs) {
      if (blank(minutes)) continue;
      const n = typeof minutes === 'number' ? minutes : Number(String(minutes).trim());
      if (!Number.isFinite(n) || n < 0) return { message: `observations must be minutes (numbers), with an optional subject column; got '${String(minutes)}'` };
      out.push({ minutes: n, area: observationArea(subject) });
    }
  }
  return out;
}

/**
 * LSA.PRACTICECHECK: "Met", or what is missing against the practice rules of the certificate (SPEC 3.5 and 5, LLUK LSP qualifications).
 * @example practiceCheckFn(30, [[60], [60], [60]]) // { value: 'Met' }
 */
export function practiceCheckFn(practiceHours: unknown, observations: unknown, pathway?: unknown, literacyHours?: unknown,
  numeracyHours?: unknown): FnResult<string> {
  const hours = hoursArg(practiceHours, 'practice_hours');
  if (hours === null) return bad('practice_hours is required: the hours of learning support practice');
  if (typeof hours === 'object') return bad(hours.message);
  const p = isOmitted(pathway) ? 'generic' : String(scalarOf(pathway)).trim().toLowerCase();
  const chosen: CertificatePathway | null = ['generic', 'general'].includes(p) ? 'generic' : ['lln', 'literacy, language and numeracy'].includes(p) ? 'lln' : null;
  if (!chosen) return bad(`pathway must be "generic" or "LLN"; got '${String(scalarOf(pathway))}'`);
  const literacy = hoursArg(literacyHours, 'literacy_hours');
  const numeracy = hoursArg(numeracyHours, 'numeracy_hours');
  if (literacy !== null && typeof literacy === 'object') return bad(literacy.message);
  if (numeracy !== null && typeof numeracy === 'object') return bad(numeracy.message);
  const obs = observationsArg(observations);
  if (!Array.isArray(obs)) return bad(obs.message);
  const result = practiceCheck({ hours, literacyHours: literacy, numeracyHours: numeracy, observations: obs }, chosen);
  return { value: result.met ? 'Met' : result.problems.join('; ') };
}
