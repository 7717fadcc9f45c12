import type { Gap } from '../../nos/skillsProfile';

// 10,000 staff have ~125,000 priority gaps but only a few hundred distinct texts; formatting each one afresh was the
// Skills Profile's main cost.

/**
 * "A3 (High, gap 2)" texts, made once per criterion, priority and gap.
 * @example new GapTexts().of({ code: 'A3', priority: 'High', gap: 2, ... }) // 'A3 (High, gap 2)'
 */
export class GapTexts {
  private readonly byCode = new Map<string, string[]>();

  /** The text of one gap; an unusual gap (not a small whole number) is formatted as it comes, not cached. */
  of(g: Gap): string {
    const slot = g.priority === 'High' ? 1 : g.priority === 'Medium' ? 0 : -1;
    if (slot < 0 || !(g.gap >= 0 && g.gap < 64 && Number.isInteger(g.gap))) return format(g);
    let texts = this.byCode.get(g.code);
    if (texts === undefined) this.byCode.set(g.code, (texts = []));
    const i = g.gap * 2 + slot;
    return texts[i] ?? (texts[i] = format(g));
  }
}

/**
 * A person's priority gaps as one text, "; " between them ('' for none).
 * @example gapList([{ code: 'A3', priority: 'High', gap: 2 }, { code: 'B7', priority: 'Medium', gap: 1 }] as never) // 'A3 (High, gap 2); B7 (Medium, gap 1)'
 */
export function gapList(gaps: readonly Gap[]): string {
  // The Skills Profile and Personal Plans both show it: made once per person's list (the audit's, never changed).
  let text = LISTS.get(gaps);
  if (text === undefined) {
    const parts = new Array<string>(gaps.length);
    for (let i = 0; i < gaps.length; i++) parts[i] = TEXTS.of(gaps[i]);
    LISTS.set(gaps, (text = parts.join('; ')));
  }
  return text;
}

const TEXTS = new GapTexts();
const LISTS = new WeakMap<readonly Gap[], string>();

function format(g: Gap): string {
  return `${g.code} (${g.priority}, gap ${g.gap})`;
}
