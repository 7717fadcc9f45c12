import type { ColumnMapping } from '../../core/auditInput';
import { NOS_CATALOGUE } from '../../core/nos/nosCatalogue';
import type { StaffField } from '../../core/staffMember';
import { FIELD_LABELS } from '../../core/choices/fieldLabels';

/** Below this confidence a match is doubtful and asks for a decision. */
export const DOUBTFUL = 0.8;
// Fields the audit cannot do without: when not found they are the first thing the pane asks about.
const KEY_FIELDS: readonly string[] = ['staffId', 'name', 'level'];

export interface MappingGroups {
  /** Not found key fields and doubtful matches: shown first, open. */
  decide: string[];
  details: string[];
  compliance: string[];
  ratings: string[];
  /** NOS criteria with at least one rating column, of the catalogue's 31. */
  ratingCodesFound: number;
  ratingCodes: number;
}

/**
 * The pane's grouping of the mapping (SPEC 6 v2): what needs a decision first, then staff details, compliance and the
 * NOS rating columns folded into one line.
 * @example mappingGroups(mapping).ratingCodesFound // 31
 */
export function mappingGroups(mapping: ColumnMapping): MappingGroups {
  const found = new Map(mapping.columns.map((c) => [c.field as string, c]));
  const staffFields = Object.keys(FIELD_LABELS) as StaffField[];
  const doubtful = (f: string) => found.has(f) && found.get(f)!.confidence < DOUBTFUL;
  const decide = [...staffFields.filter((f) => (KEY_FIELDS.includes(f) && !found.has(f)) || doubtful(f)), ...mapping.columns.filter((c) => c.field.startsWith('rating:') && c.confidence < DOUBTFUL).map((c) => c.field)];
  const rest = staffFields.filter((f) => !decide.includes(f));
  const ratings = mapping.columns.filter((c) => c.field.startsWith('rating:') && !decide.includes(c.field)).map((c) => c.field as string);
  const codes = new Set(mapping.columns.filter((c) => c.field.startsWith('rating:')).map((c) => c.field.split(':')[1]));
  return {
    decide,
    details: rest.filter((f) => !f.startsWith('compliance:')),
    compliance: rest.filter((f) => f.startsWith('compliance:')),
    ratings,
    ratingCodesFound: NOS_CATALOGUE.filter((c) => codes.has(c.code)).length,
    ratingCodes: NOS_CATALOGUE.length,
  };
}
