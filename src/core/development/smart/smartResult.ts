export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** One SMART criterion's verdict with the reason shown to the user. */
export interface SmartVerdict {
  met: boolean;
  reason: string;
}

/** Result of checking one PDP objective (SPEC 3.6). */
export interface SmartResult {
  verdicts: Record<SmartCriterion, SmartVerdict>;
  score: number; // 0-5
  /** "SMART" when all five are met, otherwise what is missing in plain words. */
  advice: string;
}
