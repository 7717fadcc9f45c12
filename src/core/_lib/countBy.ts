/**
 * How many items have each key, in one pass: one tally instead of a count over every item per value asked for.
 * @example countBy(['a', 'b', 'a'], (s) => s).get('a') // 2
 */
export function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
