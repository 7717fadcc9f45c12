// Cell texts repeat down a column ("Permanent", "GCSE C", "Course"), dates and texts repeat across a team: each
// distinct one is worked out once. A cache is emptied when full, so a long session holds a bounded amount.
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

/**
 * memo for a two-argument function, nested by the first argument: no key string is built per call.
 * @example const expiry = memo2((date: string, years: number) => addYears(date, years)); expiry('2024-01-31', 3) // '2027-01-31'
 */
export function memo2<A, B, V>(fn: (a: A, b: B) => V, limit = DEFAULT_LIMIT): (a: A, b: B) => V {
  const byFirst = new Map<A, (b: B) => V>();
  return (a, b) => {
    let inner = byFirst.get(a);
    if (inner === undefined) {
      if (byFirst.size >= limit) byFirst.clear();
      byFirst.set(a, (inner = memo((key: B) => fn(a, key), limit)));
    }
    return inner(b);
  };
}
