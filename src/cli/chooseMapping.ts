import { readFileSync } from 'fs';
import type { RawWorkbook } from '../core/cells/rawWorkbook';
import type { OwnershipRecord } from '../core/sheets/ownershipRecord';
import { findStaffTable } from '../core/parse/findStaffTable';
import { resolveMappingRequests, type MappingRequest } from '../core/choices/mappingRequests';
import type { ParseOptions } from '../core/parse/parseWorkbook';
import { savedMapping } from '../core/choices/savedMapping';

/** Where to read the staff table and how its columns are mapped, and a few words saying where that came from. */
export interface MappingChoice {
  parse: Pick<ParseOptions, 'sheet' | 'headerRow' | 'mappingOverride'>;
  source: string;
}

/** A mapping file that cannot be used: exit 3 when it cannot be read, 2 when it says something wrong. */
export class MappingFileError extends Error {
  constructor(message: string, readonly exitCode: 2 | 3) {
    super(message);
  }
}

/**
 * Reads a --mapping file: a JSON object of field -> header ({"LSA level": "Grade"}), as --map takes them.
 * @example readMappingFile('mapping.json') // [{ field: 'LSA level', header: 'Grade' }]
 */
export function readMappingFile(file: string): MappingRequest[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new MappingFileError(`cannot read the mapping file "${file}": ${code === 'ENOENT' ? 'it does not exist' : 'it cannot be opened'}`, 3);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new MappingFileError(`the mapping file "${file}" is not valid JSON`, 3);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json) || Object.values(json).some((v) => typeof v !== 'string')) {
    throw new MappingFileError(`the mapping file "${file}" must be a JSON object of field to header, e.g. {"LSA level": "Grade"}`, 2);
  }
  return Object.entries(json as Record<string, string>).map(([field, header]) => ({ field, header }));
}

/**
 * The mapping to parse with: the pane's saved mapping (when it is for the sheet being read), corrected by the
 * command line's requests (a mapping file first, then each --map); a problem with a request is a usage error.
 * @example chooseMapping(raw, meta, null, [{ field: 'LSA level', header: 'Grade' }]).source // 'found from the headers, 1 correction from the command line'
 */
export function chooseMapping(raw: RawWorkbook, meta: OwnershipRecord, sheet: string | null,
  requests: readonly MappingRequest[]): MappingChoice | { problem: string } {
  const saved = savedMapping(meta.saved);
  const useSaved = saved !== null && (sheet === null || sheet === saved.sheet) && raw.sheets.some((s) => s.name === saved.sheet);
  const base: MappingChoice['parse'] = useSaved
    ? { sheet: saved.sheet, headerRow: saved.headerRow, mappingOverride: saved.override }
    : { sheet: sheet ?? undefined };
  const from = useSaved ? 'the mapping saved in the workbook by the task pane' : 'found from the headers';
  if (requests.length === 0) return { parse: base, source: from };
  const found = findStaffTable(raw, { sheet: base.sheet, headerRow: base.headerRow });
  // No table: parsing reports it in its own words.
  if (!('table' in found)) return { parse: base, source: from };
  const resolved = resolveMappingRequests(found.table, base.mappingOverride ?? {}, requests);
  if ('problem' in resolved) return resolved;
  const n = requests.length;
  return {
    parse: { sheet: found.table.sheet.name, headerRow: found.table.sheet.firstRow + found.table.headerIndex,
      mappingOverride: resolved.override },
    source: `${from}, ${n} correction${n === 1 ? '' : 's'} from the command line`,
  };
}
