import type { Indicator, IndicatorInput, IndicatorStatus } from './indicator';
import type { StaffField } from '../staffMember';

export type Rag = Exclude<IndicatorStatus, 'No data'>;

/** What a computation found: a value with its basis, or why there is none. */
export type Computed =
  | { kind: 'value'; value: number; numerator: number; denominator: number; basis: string; note?: string | null }
  | { kind: 'no data'; note: string };

export interface IndicatorDef {
  id: string;
  name: string;
  target: string;
  rate: (value: number) => Rag;
  recommendation: string;
  source: string;
}

/** Green at or above `green`, Amber at or above `amber` (SPEC 3.8: >= comparisons). @example atLeast(90, 70)(70) // 'Amber' */
export function atLeast(green: number, amber: number): (v: number) => Rag {
  return (v) => (v >= green ? 'Green' : v >= amber ? 'Amber' : 'Red');
}

// Header names from SPEC 2.1, for "add a column" notes.
const HEADERS: Partial<Record<StaffField, string>> = {
  lastReview: 'Last review', induction: 'Induction date', qualifications: 'Qualifications', qcfUnits: 'QCF units',
  english: 'English level', maths: 'Maths level', cpdHours: 'CPD hours', contract: 'Contract type',
  aspiration: 'Career aspiration', level: 'LSA level', jobTitle: 'Job title', startDate: 'Start date', mentor: 'Mentor',
  jointTraining: 'Joint training', specialisms: 'Specialisms', 'compliance:safeguarding': 'Safeguarding',
  peerNetwork: 'Peer network (or a CPD log)', lastObservation: 'Last observation', releaseTime: 'Release time',
  'expiry:safeguarding': 'Safeguarding expiry',
};

/**
 * No data when a required field is missing: each group lists alternatives, any one of which will do.
 * @example missingColumns(input, [['lastReview']]) // 'Add a Last review column to the staff table'
 */
export function missingColumns(input: IndicatorInput, groups: StaffField[][]): string | null {
  const missing = groups.filter((g) => !g.some((f) => input.mappedFields.includes(f)));
  if (missing.length === 0) return null;
  const names = missing.map((g) => g.map((f) => HEADERS[f] ?? f).join(' or '));
  return names.length === 1
    ? `Add a ${names[0]} column to the staff table`
    : `Add columns ${names.join(' and ')} to the staff table`;
}

/** n of N as a percentage, No data when N is 0; n*100/N keeps exact thresholds exact. @example percent(7, 10, 'staff').basis // '7 of 10 staff' */
export function percent(n: number, total: number, of: string, note: string | null = null): Computed {
  if (total === 0) return { kind: 'no data', note: `No ${of} to count` };
  return { kind: 'value', value: (n * 100) / total, numerator: n, denominator: total, basis: `${n} of ${total} ${of}`, note };
}

/** The indicator row from its definition and what was computed. @example buildIndicator(def, percent(9, 10, 'staff')).status // 'Green' */
export function buildIndicator(def: IndicatorDef, c: Computed, decimals = 1): Indicator {
  const base = { id: def.id, name: def.name, target: def.target, source: def.source };
  if (c.kind === 'no data') {
    return { ...base, value: null, status: 'No data', basis: '', numerator: null, denominator: null, recommendation: c.note, note: c.note };
  }
  const status = def.rate(c.value);
  const factor = 10 ** decimals;
  return {
    ...base, value: Number.isFinite(c.value) ? Math.round(c.value * factor) / factor : null, status, basis: c.basis, numerator: c.numerator,
    denominator: c.denominator, recommendation: status === 'Green' ? null : def.recommendation, note: c.note ?? null,
  };
}
