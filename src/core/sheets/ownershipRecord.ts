import type { CellValue } from '../cellValue';
import { META_SHEET } from './planOutputSheets';

/** What the meta sheet records: sheets this product wrote, and settings saved from the pane (e.g. column mapping). */
export interface OwnershipRecord {
  owned: string[];
  saved: Record<string, string>;
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
  ];
}

export { META_SHEET };
