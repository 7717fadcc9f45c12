/** One of Gibbs' six stages of the reflective cycle. */
export type ReflectionStage = 'description' | 'feelings' | 'evaluation' | 'analysis' | 'conclusion' | 'action plan';

/** Gibbs' stages in the order of the cycle. */
export const REFLECTION_STAGES: readonly ReflectionStage[] = ['description', 'feelings', 'evaluation', 'analysis', 'conclusion', 'action plan'];

/** How far an entry goes beyond retelling events (SPEC 9.3). */
export type ReflectionDepth = 'Descriptive' | 'Partly reflective' | 'Reflective';

/** Result of checking one reflective-log entry. */
export interface ReflectionResult {
  /** The stages found, in Gibbs' order. */
  stages: ReflectionStage[];
  depth: ReflectionDepth;
  /** What is missing in plain words, or "Reflective". */
  advice: string;
}
