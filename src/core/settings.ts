/** Compliance courses tracked (SPEC 3.9). */
export type ComplianceCourse = 'safeguarding' | 'healthAndSafety' | 'firstAid' | 'prevent' | 'equalityAndDiversity';

/** Organisation settings (SPEC 2.2 Settings sheet); passed into core, never read from a global. */
export interface Settings {
  organisation: string;
  /** ISO date yyyy-mm-dd of the audit; "in the last 12 months" is measured back from it. */
  auditDate: string;
  fullTimeHours: number;
  cpdTargetHours: number;
  /** Renewal period in years per compliance course. */
  renewalYears: Record<ComplianceCourse, number>;
  /** Development hours a year for a full-time person, pro rata to FTE, at least 6 (SPEC 9.2); 30 when not set. */
  developmentHoursAYear?: number;
}

/** Defaults from SPEC 2.2 and 3.9. The audit date has no default in core: callers pass it. */
export function defaultSettings(auditDate: string): Settings {
  return {
    organisation: '',
    auditDate,
    fullTimeHours: 37,
    cpdTargetHours: 15,
    renewalYears: { safeguarding: 2, healthAndSafety: 3, firstAid: 3, prevent: 3, equalityAndDiversity: 3 },
    developmentHoursAYear: 30,
  };
}
