/** One row of the Workforce Profile sheet (SPEC 4): Section, Measure, Count, Percent (of headcount). */
export interface WorkforceRow {
  section: string;
  measure: string;
  /** A head count, except FTE (two decimal places). */
  count: number;
  /** Percent of headcount, one decimal place; null for FTE and when there are no staff. */
  percent: number | null;
}
