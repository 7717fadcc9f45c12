import type { MeasureResult } from './types';

function fmt(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '-';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-GB');
  return Number(x.toPrecision(4)).toString();
}

function okCell(r: MeasureResult): string {
  if (r.status === 'skipped') return `skipped: ${r.reason ?? ''}`;
  if (r.status === 'failed') return `FAILED: ${r.reason ?? ''}`;
  if (r.ok === null) return r.target ? 'n/a' : '';
  const enforced = r.target && r.target.kind !== 'time' && !r.target.notEnforced;
  const word = r.ok ? 'ok' : `MISSED${r.reason ? ` (${r.reason})` : ''}`;
  return enforced ? word : `${word} (not enforced${r.target?.notEnforced ? `: ${r.target.notEnforced}` : ''})`;
}

/** The results as a plain-text table: measure | median | min | max | target | ok. */
export function printTable(results: readonly MeasureResult[]): string {
  const rows = [['measure', 'median', 'min', 'max', 'target', 'ok']];
  for (const r of results) {
    const unit = r.unit ? ` ${r.unit}` : '';
    rows.push([
      `${r.id}  ${r.title}`, fmt(r.median) + (r.median === null ? '' : unit), fmt(r.min), fmt(r.max),
      r.target ? `${r.target.op} ${fmt(r.target.value)}${unit}` : '', okCell(r),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]))).join(' | ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}
