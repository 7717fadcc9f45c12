/** A unit's role in a certificate pathway (LLUK LSP qualifications). */
export type QcfUnitRole = 'mandatory' | 'optional';

/** One QCF unit of the Level 3 Certificate in Learning Support, generic or LLN (LLUK LSP qualifications). */
export interface QcfUnit {
  /** Stable key used to join records to the catalogue. */
  id: string;
  /** Canonical title, with the seed's OCR slips fixed. */
  title: string;
  credits: number;
  /** Levels the unit is offered at; Preparing to support learning is [2, 3] ("2 or 3"). */
  levels: readonly number[];
  /** Role in the generic Level 3 Certificate in Learning Support; null when not part of it. */
  generic: QcfUnitRole | null;
  /** Role in the LLN certificate (all of its units are mandatory); null when not part of it. */
  lln: QcfUnitRole | null;
  /** For a unit contextualised for LLN: the id of the generic mandatory unit it is a version of. */
  contextualises: string | null;
  /** Starred in LLUK LSP qualifications: also in the Level 2 Award in Literacy, Language, Numeracy and ICT Awareness. */
  inLlnIctAward: boolean;
}

type Row = [id: string, title: string, credits: number, levels: number[], generic: QcfUnitRole | null, lln: QcfUnitRole | null,
  contextualises?: string, starred?: boolean];

// LLUK LSP qualifications, "Level 3 Certificate in Learning Support": 4 mandatory units of 6 credits, 13 optional units;
// and "Level 3 Certificate in Learning Support (literacy, language and numeracy)": 6 mandatory units, 36 credits.
const ROWS: Row[] = [
  ['preparing', 'Preparing to support learning', 6, [2, 3], 'mandatory', 'mandatory'],
  ['context', 'Learning support in the lifelong learning context', 6, [3], 'mandatory', null],
  ['principles', 'Learning support principles', 6, [3], 'mandatory', null],
  ['approaches', 'Approaches to learning', 6, [3], 'mandatory', null],
  ['equality', 'Equality and diversity', 6, [3], 'optional', null],
  ['inclusive-info', 'Inclusive approaches to providing information', 1, [2], 'optional', null],
  ['lln-ict-needs', 'Literacy, language, numeracy and ICT needs for work, education and life', 2, [2], 'optional', null, undefined, true],
  ['behaviours', 'Managing behaviours in the learning environment', 6, [3], 'optional', null],
  ['investigation', 'Practice-based investigation', 6, [3], 'optional', null],
  ['mentoring', 'Preparing for the mentoring role', 3, [3], 'optional', null],
  ['family', 'Principles and practice of family learning', 3, [3], 'optional', null],
  // LLUK LSP qualifications prints "persona! care": an OCR slip for "personal"
  ['personal-care', 'Providing learners with personal care support', 3, [3], 'optional', null],
  ['skills-check', 'Skills check and signposting for literacy, language, numeracy and ICT', 1, [2], 'optional', null, undefined, true],
  ['responsive', 'Supporting and promoting a responsive service', 1, [2], 'optional', null, undefined, true],
  ['subject', 'Supporting learners in a subject or vocational area', 6, [3], 'optional', null],
  ['14-19', 'Supporting the learning of 14-19 year olds', 6, [3], 'optional', null],
  ['ict', 'Using ICT to support learning', 6, [3], 'optional', null],
  // LLUK LSP qualifications: three generic mandatory units are contextualised for literacy, language and numeracy
  ['lln-context', 'Learning support in the lifelong learning context (literacy, language and numeracy)', 6, [3], null, 'mandatory', 'context'],
  ['lln-principles', 'Principles of learning support (literacy, language and numeracy)', 6, [3], null, 'mandatory', 'principles'],
  ['lln-approaches', 'Approaches to learning (literacy, language and numeracy)', 6, [3], null, 'mandatory', 'approaches'],
  // LLUK LSP qualifications: "2 further specialist mandatory units with a total credit value of 12 points at Level 3"
  ['lln-literacy', 'Knowledge and understanding for supporting literacy and language', 6, [3], null, 'mandatory'],
  ['lln-numeracy', 'Knowledge and understanding for supporting numeracy', 6, [3], null, 'mandatory'],
];

/** The unit catalogue of LLUK LSP qualifications, in the seed's order. */
export const QCF_UNITS: readonly QcfUnit[] = ROWS.map(([id, title, credits, levels, generic, lln, contextualises, starred]) => ({
  id,
  title,
  credits,
  levels,
  generic,
  lln,
  contextualises: contextualises ?? null,
  inLlnIctAward: starred ?? false,
}));

const BY_ID = new Map(QCF_UNITS.map((u) => [u.id, u]));

/**
 * The catalogue unit with this id, or undefined.
 * @example qcfUnitById('ict')?.title // 'Using ICT to support learning'
 */
export function qcfUnitById(id: string): QcfUnit | undefined {
  return BY_ID.get(id);
}

/**
 * The units of one certificate pathway with the given role.
 * @example qcfPathwayUnits('generic', 'mandatory').length // 4
 */
export function qcfPathwayUnits(pathway: 'generic' | 'lln', role: QcfUnitRole): readonly QcfUnit[] {
  // Asked twice per person per pathway: each list is filtered once.
  const slot = (pathway === 'lln' ? 2 : 0) + (role === 'mandatory' ? 1 : 0);
  let units = PATHWAY_UNITS[slot];
  if (units === undefined) PATHWAY_UNITS[slot] = units = Object.freeze(QCF_UNITS.filter((u) => u[pathway] === role));
  return units;
}
const PATHWAY_UNITS: (readonly QcfUnit[] | undefined)[] = [];
