/**
 * A data problem found while reading or auditing, Zod-style: data, not an exception.
 * `row` is the row number Excel shows (1-based); `column` is the header text (or letter) where known.
 */
export interface AuditIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  staffId: string | null;
  problem: string;
  value: string | null;
}
