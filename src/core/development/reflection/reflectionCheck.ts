// The reflection check of a reflective-log entry (SPEC 9.3; CPD and reflective practice study notes): Gibbs' six
// stages, Kolb's four read as the same movement, and a depth judged from them.

/** One of Gibbs' six stages of the reflective cycle. */
export type ReflectionStage = 'description' | 'feelings' | 'evaluation' | 'analysis' | 'conclusion' | 'action plan';

/** How far an entry goes beyond retelling events (SPEC 9.3). */
export type ReflectionDepth = 'Descriptive' | 'Partly reflective' | 'Reflective';

/** Result of checking one reflective-log entry. */
export interface ReflectionResult {
  stages: ReflectionStage[];
  depth: ReflectionDepth;
  /** What is missing in plain words, or that the entry is reflective. */
  advice: string;
}

// First simple version (interface only): the rules replace these cue lists.
const CUES: Record<ReflectionStage, RegExp> = {
  description: /\b(today|yesterday|we|i (did|worked|supported|helped|went|was))\b/i,
  feelings: /\b(i felt|feel|feeling|nervous|worried|anxious|happy|frustrated|confident)\b/i,
  evaluation: /\b(went well|didn'?t go well|worked well|even better if|good|bad)\b/i,
  analysis: /\b(because|why|the reason)\b/i,
  conclusion: /\b(i (have )?learn(ed|t)|i realised|could have)\b/i,
  'action plan': /\b(next time|in future|i will|i'?m going to)\b/i,
};

/**
 * Finds Gibbs' stages in a reflective-log entry and judges its depth (SPEC 9.3).
 * @example reflectionCheck('Supported J in maths. Next time I will use counters.').depth // 'Descriptive'
 */
export function reflectionCheck(text: string): ReflectionResult {
  const t = text ?? '';
  const stages = (Object.keys(CUES) as ReflectionStage[]).filter((s) => CUES[s].test(t));
  const has = (s: ReflectionStage): boolean => stages.includes(s);
  const thought = has('evaluation') || has('analysis');
  const forward = has('conclusion') || has('action plan');
  const depth: ReflectionDepth = thought && forward ? 'Reflective' : thought ? 'Partly reflective' : 'Descriptive';
  const advice = depth === 'Reflective' ? 'Reflective' : depth === 'Partly reflective'
    ? 'Say what you learned or what you will do differently next time'
    : 'Say what went well or not and why, then what you learned or will do next time';
  return { stages, depth, advice };
}
