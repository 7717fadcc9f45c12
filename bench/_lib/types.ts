/** What a target compares: only ratio and count targets are enforced by --check (absolute times are reported). */
export type TargetKind = 'time' | 'ratio' | 'count';

export interface Target {
  op: '<=' | '>=';
  value: number;
  kind: TargetKind;
  /** Why it is not enforced even when kind is ratio/count (e.g. quick mode ran at a smaller size). */
  notEnforced?: string;
}

export type Status = 'ok' | 'missed' | 'reported' | 'skipped' | 'failed';

/** One row of the table and one entry of results.json. */
export interface MeasureResult {
  id: string;
  title: string;
  unit: string;
  median: number | null;
  min: number | null;
  max: number | null;
  runs: number;
  target: Target | null;
  status: Status;
  /** ok / missed against the target, null when there is no target or no value. */
  ok: boolean | null;
  reason?: string;
  samples?: number[];
  detail?: Record<string, unknown>;
}

export interface BenchContext {
  quick: boolean;
  seed: number;
  /** Measured runs per measure (at least 5), after a warm-up. */
  runs: number;
  log: (line: string) => void;
}

/** A measure group (one file in bench/measures): needs some source files, yields one or more results. */
export interface Measure {
  id: string;
  /** Files (relative to the project root) that must exist; when one is missing the measure is skipped, not failed. */
  requires: (ctx: BenchContext) => string[];
  /** Result ids and titles, so a skipped or failed group still lists its rows. */
  entries: (ctx: BenchContext) => { id: string; title: string; unit: string; target: Target | null }[];
  /** A result may set ok itself when its target is more than one comparison (e.g. "the same count at every size"). */
  run: (ctx: BenchContext) => Promise<(Omit<MeasureResult, 'status' | 'ok'> & { ok?: boolean })[]>;
}
