/**
 * How many items pass the test, with no filtered copy: team measures count over every person many times.
 * @example countWhere([1, 5, 7], (n) => n > 4) // 2
 */
export function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (test(items[i])) n++;
  return n;
}
