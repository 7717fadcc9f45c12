import type { CriterionCode } from '../criterion';
import { parseRatingHeader, type RatingSource } from '../nos/criterionCode';
import type { StaffField } from '../staffMember';
import { FIELD_SYNONYMS } from './fieldSynonyms';

/** What a column is mapped to: a staff field, or a rating column "rating:A1" (self) / "rating:A1:manager". */
export type MappedField = StaffField | `rating:${string}`;

const FIELDS: ReadonlySet<string> = new Set(Object.keys(FIELD_SYNONYMS));

/**
 * The mapping name of a rating column.
 * @example ratingField('A1', 'manager') // 'rating:A1:manager'
 */
export function ratingField(code: CriterionCode, source: RatingSource): MappedField {
  return source === 'manager' ? `rating:${code}:manager` : `rating:${code}`;
}

/** A mapped field read back: a staff field, a rating column, or null when the text is neither. */
export type FieldKind = { kind: 'field'; field: StaffField } | { kind: 'rating'; code: CriterionCode; source: RatingSource };

/**
 * Reads a mapping name as the pane or a saved mapping gives it ("level", "rating:A1", "rating:B3:manager"); null when unknown.
 * @example readMappedField('rating:A1:manager') // { kind: 'rating', code: 'A1', source: 'manager' }
 */
export function readMappedField(text: string): FieldKind | null {
  if (FIELDS.has(text)) return { kind: 'field', field: text as StaffField };
  if (!text.startsWith('rating:')) return null;
  const [, code = '', source = 'self'] = text.split(':');
  if (source !== 'self' && source !== 'manager') return null;
  const parsed = parseRatingHeader(code);
  return parsed && parsed.code === code.toUpperCase() ? { kind: 'rating', code: parsed.code, source } : null;
}
