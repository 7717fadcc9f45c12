import type { FnResult } from '../../core/fnResult';

/** True for a value core can read: a number, text, boolean, blank, or a range (array) of them. */
function plain(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  const t = typeof v;
  if (t === 'number' || t === 'string' || t === 'boolean') return true;
  if (Array.isArray(v)) return v.every(plain);
  return false;
}

/**
 * Core takes plain cell values. A cell holding a data type (a linked Stocks or Geography value, or any entity) would
 * reach an `any` parameter as an object: refused here with #VALUE! and what to do, so no such object reaches core.
 * Null when every argument is plain.
 * @example dataTypeProblem('SMARTSCORE', [{ type: 'Entity', text: 'x' }]) // { error: 'value', message: 'LSA.SMARTSCORE takes plain cell values, but argument 1 holds a data type ...' }
 */
export function dataTypeProblem(name: string, args: readonly unknown[]): FnResult<never> | null {
  const at = args.findIndex((a) => !plain(a));
  if (at < 0) return null;
  return {
    error: 'value',
    message: `LSA.${name} takes plain cell values, but argument ${at + 1} holds a data type (for example a linked Stocks or Geography value). Refer to one of its fields (such as =A2.Name) or to a cell with the text instead.`,
  };
}
