import type { MeasureResult, Target } from './types';

/** ok against the target, or null when there is nothing to judge. */
export function meets(value: number | null, target: Target | null): boolean | null {
  if (value === null || !Number.isFinite(value) || target === null) return null;
  return target.op === '<=' ? value <= target.value : value >= target.value;
}

/** True when this result should make --check exit non-zero. */
export function failsCheck(r: MeasureResult): boolean {
  if (r.status === 'failed') return true; // the module exists but the measure broke
  if (r.status !== 'missed' || !r.target) return false;
  return r.target.kind !== 'time' && !r.target.notEnforced;
}
