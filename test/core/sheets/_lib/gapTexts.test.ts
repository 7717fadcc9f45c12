import fc from 'fast-check';
import { GapTexts } from '../../../../src/core/sheets/_lib/gapTexts';
import type { Gap } from '../../../../src/core/nos/skillsProfile';

function gap(code: string, g: number, priority: Gap['priority'] = g >= 2 ? 'High' : 'Medium'): Gap {
  return { code, standard: 'A', number: 1, target: 4, rating: 1, gap: g, priority };
}

describe('GapTexts', () => {
  it('formats a gap as the Skills Profile shows it', () => {
    const texts = new GapTexts();
    expect(texts.of(gap('A3', 2))).toBe('A3 (High, gap 2)');
    expect(texts.of(gap('B7', 1))).toBe('B7 (Medium, gap 1)');
  });

  it('gives the same text as formatting afresh, whatever came before (cached per criterion, priority and gap)', () => {
    const arbitraryGap = fc
      .tuple(fc.constantFrom('A1', 'A3', 'B7', 'C2'), fc.oneof(fc.integer({ min: 0, max: 70 }), fc.double({ noNaN: true })), fc.constantFrom<Gap['priority']>('High', 'Medium'))
      .map(([code, g, priority]) => gap(code, g, priority));
    fc.assert(
      fc.property(fc.array(arbitraryGap, { maxLength: 60 }), (gaps) => {
        const texts = new GapTexts();
        for (const g of gaps) expect(texts.of(g)).toBe(`${g.code} (${g.priority}, gap ${g.gap})`);
      }),
    );
  });
});
