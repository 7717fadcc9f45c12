/**
 * The Standard C specialism: the person's first specialism that learners need, else their first (SPEC 9.2).
 * @example gapSpecialism(['BSL', 'Autism'], new Map([['autism', 4]])) // { specialism: 'Autism', learners: 4 }
 */
export function gapSpecialism(
  specialisms: readonly string[], learners: ReadonlyMap<string, number> | undefined,
): { specialism: string | null; learners: number } {
  let first: string | null = null;
  for (const written of specialisms) {
    const s = written.trim();
    if (s === '') continue;
    first ??= s;
    // No learner needs recorded: the first specialism, with no lower-case copy made per person.
    const n = learners === undefined || learners.size === 0 ? 0 : learners.get(s.toLowerCase()) ?? 0;
    if (n > 0) return { specialism: s, learners: n };
  }
  return { specialism: first, learners: 0 };
}
