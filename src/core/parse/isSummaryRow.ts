// SPEC 2.1 (v2): a name cell starting with one of these words is a summary row, not a person ("Total staff", "Average").
const SUMMARY = /^(?:grand\s+total|sub-?\s?totals?|totals?|count|sum|average|mean)(?![\p{L}\p{N}'’-])/iu;

/**
 * True when a name (or ID) cell is the label of a summary row ("Total", "Grand total: 42", "Average") rather than a person (SPEC 2.1 v2).
 * @example isSummaryRow('Total staff') // true
 */
export function isSummaryRow(text: string): boolean {
  return SUMMARY.test(text.trim());
}
