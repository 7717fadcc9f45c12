// The reflection check of a reflective-log entry (SPEC 9.3; CPD study notes: reflective logs show "the full cycle of
// CPD", and reflection that is "just retelling events" is the commonest mistake). Each of Gibbs' stages is found by
// one file beside this one (description.ts, feelings.ts, evaluation.ts, analysis.ts, conclusion.ts, actionPlan.ts);
// Kolb's four stages are read as the same movement: concrete experience as description, reflective observation as
// evaluation, abstract conceptualisation as conclusion, active experimentation as action plan (headingWords.ts).
import { actionPlan } from './actionPlan';
import { analysis } from './analysis';
import { conclusion } from './conclusion';
import { description } from './description';
import { evaluation } from './evaluation';
import { feelings } from './feelings';
import { readEntry } from './reflectionText';
import { REFLECTION_STAGES, type ReflectionDepth, type ReflectionResult, type ReflectionStage } from './reflectionResult';

export type { ReflectionDepth, ReflectionResult, ReflectionStage } from './reflectionResult';

const FINDS: Record<ReflectionStage, (segment: string) => boolean> = {
  description, feelings, evaluation, analysis, conclusion, 'action plan': actionPlan,
};

/**
 * Finds Gibbs' stages in a reflective-log entry and judges its depth (SPEC 9.3).
 * @example reflectionCheck('Supported J in maths. It went well. Next time I will use counters.').depth // 'Reflective'
 */
export function reflectionCheck(text: string): ReflectionResult {
  const segments = readEntry(text ?? '');
  const stages = REFLECTION_STAGES.filter((stage) => segments.some((s) => s.heading === stage || FINDS[stage](s.text)));
  const depth = depthOf(stages);
  return { stages, depth, advice: adviceFor(stages, segments.length === 0) };
}

/** SPEC 9.3: Reflective = evaluation or analysis, and a conclusion or an action; Partly = evaluation or analysis only. */
export function depthOf(stages: readonly ReflectionStage[]): ReflectionDepth {
  const thought = stages.includes('evaluation') || stages.includes('analysis');
  const forward = stages.includes('conclusion') || stages.includes('action plan');
  if (!thought) return 'Descriptive';
  return forward ? 'Reflective' : 'Partly reflective';
}

function adviceFor(stages: readonly ReflectionStage[], empty: boolean): string {
  if (empty) return 'Write what happened, how it went and why, and what you will do differently next time.';
  const thought = stages.includes('evaluation') || stages.includes('analysis');
  const forward = stages.includes('conclusion') || stages.includes('action plan');
  if (thought && forward) return 'Reflective';
  const wants = [
    ...(thought ? [] : ['say how it went (what went well, what did not) and why']),
    ...(forward ? [] : ['say what you learnt from it or what you will do differently next time']),
  ];
  const text = wants.join(', then ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/**
 * REFLECTCHECK: the depth and the Gibbs stages missing, as "Partly reflective: no conclusion or action plan".
 * @example reflectionSummary('Supported J in maths. It went well.') // 'Partly reflective: no feelings, analysis, conclusion or action plan'
 */
export function reflectionSummary(text: unknown): string {
  const { stages, depth } = reflectionCheck(text === null || text === undefined ? '' : String(text));
  const missing = REFLECTION_STAGES.filter((s) => !stages.includes(s));
  if (missing.length === 0) return depth;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`;
  return `${depth}: no ${list}`;
}
