import type { CellValue } from '../cells/cellValue';
import { META_SHEET } from './planOutputSheets';

/** What the meta sheet records: sheets this product wrote, and settings saved from the pane (e.g. column mapping). */
export interface OwnershipRecord {
  owned: string[];
  saved: Record<string, string>;
  /**
   * 'in progress' from the moment a run records the sheets it is about to write until its last write lands
   * ('complete'); absent in records written before runs were tracked, and by writers that save the file whole.
   */
  run?: RunState;
}

/** Whether the run that wrote the record finished. */
export type RunState = 'in progress' | 'complete';

/**
 * True when the run that wrote this record stopped part-way: its sheets are listed but may be half written.
 * @example runWasIncomplete({ owned: ['Audit Summary'], saved: {}, run: 'in progress' }) // true
 */
export function runWasIncomplete(record: OwnershipRecord): boolean {
  return record.run === 'in progress';
}

/**
 * Reads the meta sheet's rows ("owned" | sheet name, or "setting" | key | value) into a record.
 * @example readOwnershipRecord([['owned', 'Skills Matrix']]) // { owned: ['Skills Matrix'], saved: {} }
 */
export function readOwnershipRecord(rows: readonly (readonly CellValue[])[] | null): OwnershipRecord {
  const record: OwnershipRecord = { owned: [], saved: {} };
  for (const row of rows ?? []) {
    const [kind, key, value] = row;
    if (kind === 'owned' && typeof key === 'string') record.owned.push(key);
    if (kind === 'setting' && typeof key === 'string') record.saved[key] = typeof value === 'string' ? value : String(value ?? '');
    if (kind === 'run' && (key === 'in progress' || key === 'complete')) record.run = key;
  }
  return record;
}

/**
 * The rows to write to the meta sheet for a record.
 * @example ownershipRows({ owned: ['Audit Summary'], saved: {} }) // [['kind','name','value'], ['owned','Audit Summary',null]]
 */
export function ownershipRows(record: OwnershipRecord): (string | null)[][] {
  return [
    ['kind', 'name', 'value'],
    ...record.owned.map((name) => ['owned', name, null]),
    ...Object.entries(record.saved).map(([k, v]) => ['setting', k, v]),
    ...(record.run ? [['run', record.run, null]] : []),
  ];
}

export { META_SHEET };
