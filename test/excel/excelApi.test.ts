import type { XlContext } from '../../src/excel/excelApi';

// Compile-time proof that the real Office.js context fits the subset the adapter and the fake share.
export function realContextFits(context: Excel.RequestContext): XlContext {
  return context;
}

test('the Office.js RequestContext type fits the adapter subset (checked by tsc)', () => {
  expect(typeof realContextFits).toBe('function');
});
