import type { Criterion, Standard } from '../../criterion';

/** A criterion as transcribed: its number, title, and KU statements as [code, text] pairs. */
export type NosEntry = [number: number, title: string, knowledge: [code: string, text: string][]];

/**
 * Builds the catalogue entries of one standard from its transcription.
 * @example criteriaOf('B', [[4, 'Support colleagues...', [['KU4.1', '...']]]])[0].code // 'B4'
 */
export function criteriaOf(standard: Standard, entries: NosEntry[]): Criterion[] {
  return entries.map(([number, title, knowledge]) => ({
    code: `${standard}${number}`,
    standard,
    number,
    title,
    knowledge: knowledge.map(([code, text]) => ({ code, text })),
  }));
}
