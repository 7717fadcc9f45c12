export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** median / min / max / runs / samples of a list of samples. */
export function summarise(samples: readonly number[]): { median: number; min: number; max: number; runs: number; samples: number[] } {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length, samples: [...samples] };
}

/** Per-pair ratios a[i] / b[i]: each pair measured back to back, so drift in machine load cancels. */
export function pairRatios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / b[i]);
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
