import { certificateStatus, type CertificatePathway } from './certificateStatus';
import { matchUnit } from './matchUnit';
import { qcfCredits } from './qcfCredits';
import { splitUnitList } from './qcfUnitTitle';

import type { FnResult } from '../fnResult';

/** The same shape as every custom function's core result (src/core/fnResult.ts). */

const bad = (message: string): FnResult<never> => ({ error: 'value', message });
const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const cells = (range: unknown): unknown[] => (Array.isArray(range) ? range.flat(2) : [range]);
const unknownUnit = (title: string): string =>
  `'${title}' is not a unit of the Level 3 Certificate in Learning Support: check the title against the unit list of LLUK, Learning Support Practitioner qualifications, or give its credits`;

/** Unit titles from a range: one per cell, or several in a cell separated by ; or new lines. */
function unitTitles(range: unknown): string[] | { message: string } {
  const titles: string[] = [];
  for (const v of cells(range)) {
    if (blank(v)) continue;
    if (typeof v !== 'string') return { message: `Unit cells must hold unit titles; got '${String(v)}'` };
    titles.push(...splitUnitList(v));
  }
  return titles;
}

/**
 * LSA.QCFCREDITS: total credits of the listed units from the catalogue (LLUK LSP qualifications), or of the credits range.
 * A credits range must be the same size as the units range; a blank credit cell takes the unit's catalogue credits.
 * @example qcfCreditsFn([['Approaches to learning'], ['Using ICT to support learning']]) // { value: 12 }
 */
export function qcfCreditsFn(units: unknown[][], credits?: unknown[][]): FnResult<number> {
  if (credits === undefined || credits === null || cells(credits).every(blank)) {
    const titles = unitTitles(units);
    if (!Array.isArray(titles)) return bad(titles.message);
    const total = qcfCredits(titles);
    return total.unknown.length > 0 ? bad(unknownUnit(total.unknown[0])) : { value: total.credits };
  }
  const unitCells = cells(units);
  const creditCells = cells(credits);
  if (!unitCells.every(blank) && unitCells.length !== creditCells.length) {
    return bad(`The credits range has ${creditCells.length} cells but the units range has ${unitCells.length}: make them the same size`);
  }
  let total = 0;
  for (let i = 0; i < creditCells.length; i++) {
    const c = creditCells[i];
    const title = unitCells[i];
    if (blank(c)) {
      if (blank(title)) continue;
      const unit = typeof title === 'string' ? matchUnit(title) : null;
      if (!unit) return bad(unknownUnit(String(title)));
      total += unit.credits;
      continue;
    }
    const n = typeof c === 'number' ? c : Number(String(c).trim());
    if (!Number.isFinite(n) || n < 0) return bad(`Credits must be numbers of 0 or more; got '${String(c)}'`);
    total += n;
  }
  return { value: total };
}

/**
 * LSA.CERTSTATUS: "Achieved", "In progress: n of 30 credits, missing ..." or "Not started" (SPEC 3.5, LLUK LSP qualifications).
 * pathway is "generic" (the default) or "LLN".
 * @example certStatusFn([['Approaches to learning']]) // { value: 'In progress: 6 of 30 credits, missing Preparing to support learning, ...' }
 */
export function certStatusFn(units: unknown[][], pathway?: unknown): FnResult<string> {
  const p = Array.isArray(pathway) ? pathway.flat(2)[0] : pathway;
  const text = blank(p) ? 'generic' : String(p).trim().toLowerCase();
  const chosen: CertificatePathway | null = ['generic', 'general', 'generalist'].includes(text)
    ? 'generic'
    : ['lln', 'literacy, language and numeracy', 'literacy language numeracy'].includes(text) ? 'lln' : null;
  if (!chosen) return bad(`pathway must be "generic" or "LLN"; got '${String(p)}'`);
  const titles = unitTitles(units);
  if (!Array.isArray(titles)) return bad(titles.message);
  const matched = [];
  for (const title of titles) {
    const unit = matchUnit(title);
    if (!unit) return bad(unknownUnit(title));
    matched.push(unit);
  }
  return { value: certificateStatus(matched, chosen).text };
}
