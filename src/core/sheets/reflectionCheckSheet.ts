import type { Audit } from '../audit';
import type { ReflectionDepth, ReflectionStage } from '../development/reflection/reflectionCheck';
import { excelDate } from './excelDate';
import { DATE_FORMAT, type CellStyle, type OutputSheet, type OutputValue } from './outputSheet';
import { BAD, GOOD, NEUTRAL } from './_palette';
import { StyleGrid } from './_lib/styleGrid';

export const REFLECTION_CHECK_HEADERS = ['Staff ID', 'Name', 'Date', 'Entry', 'Stages found', 'Depth', 'Advice', 'CPD activity', 'From'];

const DEPTH_STYLE: Record<ReflectionDepth, CellStyle> = { Reflective: GOOD, 'Partly reflective': NEUTRAL, Descriptive: BAD };

/** Gibbs' stages as a reader names them, in the cycle's order: "Description, feelings, action plan"; "None" when none. */
export function stagesText(stages: readonly ReflectionStage[]): string {
  if (stages.length === 0) return 'None';
  const text = stages.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One row per piece of reflective writing (SPEC 9.3): a Reflective log entry, or a CPD log entry's reflection and impact,
 * with the Gibbs stages found, its depth (coloured) and advice in plain words. With neither a Reflective log nor a
 * Reflection or Impact column, no rows: presentSheets then says so in one line.
 * @example reflectionCheckSheet(audit).headers[5] // 'Depth'
 */
export function reflectionCheckSheet(audit: Audit): OutputSheet {
  const styles = new StyleGrid();
  const rows: OutputValue[][] = [];
  for (const r of audit.reflections ?? []) {
    const i = rows.length;
    const date = r.date === null ? null : excelDate(r.date);
    if (date !== null) styles.set(i, 2, { numberFormat: DATE_FORMAT });
    styles.set(i, 5, DEPTH_STYLE[r.result.depth]);
    const { stages, depth, advice } = r.result;
    rows.push([r.staffId, r.name, date ?? r.date, r.entry, stagesText(stages), depth, advice, r.activity, r.from]);
  }
  return {
    name: 'Reflection Check', preamble: [], headers: REFLECTION_CHECK_HEADERS, rows, styles,
    columnWidths: [9, 20, 11, 55, 26, 17, 36, 22, 13], wrapColumns: [1, 3, 4, 6, 7],
  };
}
