// A qualification or unit outside the catalogue may state its size in credits, total qualification time (TQT) or
// guided learning hours (GLH) instead (SPEC 9.1). QCF: 1 credit = 10 hours of learning, so TQT / 10 (seed 001); and
// 5 guided learning hours a credit, as the 6-credit Award's 30 guided learning hours (seed 001, SPEC 3.7 v2).
const CREDITS = /\b(\d+(?:\.\d+)?)\s*credits?\b/i;
const TQT = /\b(?:tqt|total qualification time)\s*(?:of\s*)?(\d+(?:\.\d+)?)|\b(\d+(?:\.\d+)?)\s*(?:hours?\s*)?(?:tqt|total qualification time)\b/i;
const GLH = /\b(?:glh|guided learning hours?)\s*(?:of\s*)?(\d+(?:\.\d+)?)|\b(\d+(?:\.\d+)?)\s*(?:glh|guided learning hours?)\b/i;

const number = (m: RegExpExecArray | null): number | null => {
  const v = m ? Number(m[1] ?? m[2]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : null;
};

/**
 * The credits a title states, directly or through its total qualification time or guided learning hours; null when none.
 * Credits first, then TQT, then GLH (a whole number of credits).
 * @example statedSize('Level 3 Award in Education and Training (TQT 120)') // 12
 */
export function statedSize(title: string): number | null {
  const credits = number(CREDITS.exec(title));
  if (credits !== null) return credits;
  const tqt = number(TQT.exec(title));
  if (tqt !== null) return Math.round(tqt / 10);
  const glh = number(GLH.exec(title));
  return glh === null ? null : Math.round(glh / 5);
}
