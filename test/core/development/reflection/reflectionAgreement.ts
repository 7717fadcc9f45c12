// Agreement of the reflection check with a hand-labelled set (SPEC 9.3): per stage, the share of clear labels
// (present or absent) the check matches; on depth, the share of clear depths it matches. Prints the disagreements.
import { reflectionCheck } from '../../../../src/core/development/reflection/reflectionCheck';
import { REFLECTION_STAGES } from '../../../../src/core/development/reflection/reflectionResult';
import type { ReflectionCase } from './reflectionEvaluationSet';

const DEPTHS: Record<string, string> = { D: 'Descriptive', P: 'Partly reflective', R: 'Reflective' };

export interface Agreement {
  /** Per stage in Gibbs' order, then depth last. */
  percent: number[];
  report: string;
}

/** Agreement of the check with a labelled set, and a report of the figures and the disagreements. */
export function agreement(name: string, set: readonly ReflectionCase[]): Agreement {
  const results = set.map((c) => ({ c, r: reflectionCheck(c.entry) }));
  const lines: string[] = [];
  const misses: string[] = [];
  const short = (t: string): string => JSON.stringify(t.length > 90 ? `${t.slice(0, 87)}...` : t);
  const score = (label: string, want: (c: ReflectionCase) => string, got: (r: ReturnType<typeof reflectionCheck>) => string): number => {
    let clear = 0;
    let agreed = 0;
    for (const { c, r } of results) {
      const w = want(c);
      if (w === '?') continue;
      clear++;
      if (w === got(r)) agreed++;
      else misses.push(`  ${label} expected ${w}, found ${got(r)}: ${short(c.entry)}`);
    }
    const pct = clear === 0 ? 100 : (100 * agreed) / clear;
    lines.push(`  ${label.padEnd(12)} ${agreed}/${clear} = ${pct.toFixed(1)}%`);
    return pct;
  };
  const percent = REFLECTION_STAGES.map((stage, i) =>
    score(stage, (c) => c.stages[i], (r) => (r.stages.includes(stage) ? 'Y' : 'N')));
  percent.push(score('depth', (c) => (c.depth === '?' ? '?' : DEPTHS[c.depth]), (r) => r.depth));
  const report = [`${name}: ${set.length} entries; agreement on the clear labels:`, ...lines,
    ...(misses.length ? ['Disagreements:', ...misses] : [])].join('\n');
  return { percent, report };
}
