import fc from 'fast-check';
import type { Audit } from '../../../src/core/audit';
import type { OutputSheet } from '../../../src/core/sheets/outputSheet';
import { needCells, PLAN_WIDTHS } from '../../../src/core/sheets/needCells';
import { plainText, presentSheets } from '../../../src/core/sheets/presentSheets';
import { cachedWrappedLines, wrappedLines } from '../../../src/core/sheets/rowLines';
import { trainingNeedsSheet } from '../../../src/core/sheets/trainingNeedsSheet';
import type { TrainingNeed } from '../../../src/core/training/trainingNeed';
import { gapList } from '../../../src/core/sheets/_lib/gapTexts';
import { auditOf, staffAudit } from './_staffAudit';

// The sheets remember texts they worked out (plain words, wrapped lines, joined gaps) for speed: what they give must be
// what working it out afresh gives, whatever came before.

const words = fc.array(fc.constantFrom('a', 'Include', 'every', 'LSA', 'in', 'performance', 'review', 'mmmm', 'i', 'WWW', '2026-09-30', 'seed 004'), { maxLength: 30 })
  .map((w) => w.join(' '));

describe('cachedWrappedLines', () => {
  it('gives the lines wrappedLines gives, asked once or again, at any width and size', () => {
    fc.assert(fc.property(words, fc.constantFrom(7, 15, 18, 28, 30, 44), fc.constantFrom(8, 11), (text, width, size) => {
      expect(cachedWrappedLines(text, width, size)).toBe(wrappedLines(text, width, size));
      expect(cachedWrappedLines(text, width, size)).toBe(wrappedLines(text, width, size));
    }));
  });
});

function need(over: Partial<TrainingNeed>): TrainingNeed {
  return { staffId: 'S1', name: 'Ann', category: 'Compliance', need: 'Prevent training (expired 2026-08-12)', criterion: null, priority: 'High',
    suggestedActivity: 'Renew Prevent training (seed 004)', hours: 2, barrier: null, learningHours: 2, ...over };
}

describe('needCells', () => {
  it('gives each need its texts made plain and their lines in the Personal Plans columns, in Training Needs order', () => {
    const needs = [need({}), need({ need: 'A3 Support learners (Developing, target Competent)', peerSupport: 'Charlotte Wood (A3: Advanced)', barrier: 'Not paid to train' })];
    const cells = needCells(auditOf([staffAudit({ needs: [needs[0]] }), staffAudit({ needs: [] }), staffAudit({ needs: [needs[1]] })]));
    expect(cells.need.map((c) => c.text)).toEqual(needs.map((n) => plainText(n.need)));
    expect(cells.need[0].text).toBe('Prevent training (expired 12/08/2026)');
    expect(cells.activity.map((c) => c.lines)).toEqual(needs.map((n) => wrappedLines(plainText(n.suggestedActivity) as string, PLAN_WIDTHS[1])));
    expect(cells.peerSupport.map((c) => c.text)).toEqual([null, 'Charlotte Wood (A3: Advanced)']);
    expect(cells.barrier.map((c) => c.text)).toEqual([null, 'Not paid to train']);
  });
});

describe('a sheet its builder made plain (madePlain)', () => {
  const audit = { summary: { organisation: 'Riverside College', auditDate: '2026-09-01' }, input: { pdp: [] } } as unknown as Audit;

  it('Training Needs writes the product\'s texts plain itself, and presentSheets leaves its rows as they are and drops the mark', () => {
    const built = trainingNeedsSheet(auditOf([staffAudit({ needs: [need({})] })]));
    expect(built.madePlain).toBe(true);
    expect(built.rows[0][3]).toBe('Prevent training (expired 12/08/2026)');
    const [shown] = presentSheets([built], audit);
    expect(shown.rows).toBe(built.rows);
    expect('madePlain' in shown).toBe(false);
  });

  it('a sheet without the mark is still made plain by presentSheets', () => {
    const raw: OutputSheet = { name: 'Training Needs', preamble: [], headers: ['Staff ID', 'Need'], rows: [['S1', 'Renew by 2026-09-30']] };
    expect(presentSheets([raw], audit)[0].rows).toEqual([['S1', 'Renew by 30/09/2026']]);
  });
});

describe('gapList', () => {
  it('joins a person\'s priority gaps once, the same text the Skills Profile and Personal Plans both show', () => {
    const gaps = [{ code: 'A3', standard: 'A', number: 3, target: 4, rating: 2, gap: 2, priority: 'High' }, { code: 'B7', standard: 'B', number: 7, target: 3, rating: 2, gap: 1, priority: 'Medium' }] as never;
    expect(gapList(gaps)).toBe('A3 (High, gap 2); B7 (Medium, gap 1)');
    expect(gapList(gaps)).toBe('A3 (High, gap 2); B7 (Medium, gap 1)');
    expect(gapList([])).toBe('');
  });
});
