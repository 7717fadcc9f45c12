// SPEC 2.1 (v2): a name cell starting with one of these words is a summary row, not a person ("Total staff", "Average").
const SUMMARY = /^(?:grand\s+total|sub-?\s?totals?|totals?|count|sum|average|mean)(?![\p{L}\p{N}'’-])/iu;

/**
 * True when a name (or ID) cell is the label of a summary row ("Total", "Grand total: 42", "Average") rather than a person (SPEC 2.1 v2).
 * @example isSummaryRow('Total staff') // true
 */
export function isSummaryRow(text: string): boolean {
  return SUMMARY.test(text.trim());
}

// A key or note typed under the table ("Key: 0 = Not yet, 1 = Aware ..."): a colon or equals sign, or a sentence, alone on its row.
const NOTE = /[:=]/;
const SENTENCE_WORDS = 7;

/**
 * True when a name cell reads as a note rather than a name (a key, a legend, a sentence); with nothing else on its row,
 * the row is a note under the table, not a person.
 * @example looksLikeNote('Key: 0 = Not yet, 4 = Advanced') // true
 */
export function looksLikeNote(text: string): boolean {
  return NOTE.test(text) || text.trim().split(/\s+/).length >= SENTENCE_WORDS;
}
