import type { CpdEntry } from '../auditInput';
import { reflectionCheck } from './reflection/reflectionCheck';

/**
 * A CPD log entry's Reflection and Impact read as one piece of writing (SPEC 9.3), reflection first; null when neither
 * is recorded.
 * @example cpdReflectionText({ reflection: 'I felt unsure at first.', impact: 'J now uses the word bank on her own.' }) // 'I felt unsure at first.\nJ now uses the word bank on her own.'
 */
export function cpdReflectionText(e: Pick<CpdEntry, 'reflection' | 'impact'>): string | null {
  const parts = [e.reflection, e.impact].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  return parts.length ? parts.join('\n') : null;
}

/**
 * True when a CPD entry's reflection and impact, read together, are at least "Partly reflective" (SPEC 9.3, O23).
 * @example showsImpact({ reflection: null, impact: null }) // false
 */
export function showsImpact(e: Pick<CpdEntry, 'reflection' | 'impact'>): boolean {
  const text = cpdReflectionText(e);
  return text !== null && reflectionCheck(text).depth !== 'Descriptive';
}
