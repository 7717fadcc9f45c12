import type { AuditIssueCode } from './auditIssueCode';

/** SPEC 4 (v2): Error, a value could not be used; Warning, a value was used but looks wrong; Info, a decision the audit made. */
export type IssueSeverity = 'Error' | 'Warning' | 'Info';

/**
 * A data problem found while reading or auditing, Zod-style: data, not an exception.
 * `row` is the row number Excel shows (1-based); `column` is the header text (or letter) where known.
 */
export interface AuditIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  staffId: string | null;
  /** The person's name where the row names one (filled from the staff ID by runAudit where the issue knows only that). */
  name?: string | null;
  problem: string;
  /** What went wrong, as a stable code (docs/rules.md lists them): tests and tools match it, not the words. */
  code: AuditIssueCode;
  value: string | null;
  /** The cell held a real date (SPEC 4.2): Audit Issues echoes it as a date; a date typed as text is echoed as typed. */
  valueIsDate?: boolean;
  severity: IssueSeverity;
}
