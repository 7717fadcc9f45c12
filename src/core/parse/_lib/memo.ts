// Cell texts repeat down a column ("Permanent", "GCSE C", "Course"): each distinct one is read once.
// The cache is emptied when full, so a long session reading many workbooks holds a bounded amount.
const DEFAULT_LIMIT = 10000;

/**
 * A one-argument function that remembers its answers (the function must be pure, and callers must not mutate what it returns).
 * @example const lower = memo((s: string) => s.toLowerCase()); lower('LSA') // 'lsa' (worked out once, then looked up)
 */
export function memo<K, V>(fn: (key: K) => V, limit = DEFAULT_LIMIT): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, v);
    }
    return v as V;
  };
}
