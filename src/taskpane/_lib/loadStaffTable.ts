import type { AuditInput } from '../../core/auditInput';
import { parseWorkbook } from '../../core/parse/parseWorkbook';
import type { WorkbookRead } from '../../excel/readWorkbook';
import { withPaneSettings, type PaneSettings } from '../../core/choices/paneSettings';
import { savedMapping } from '../../core/choices/savedMapping';

/** Which table the user looks at: a sheet and header row, or undefined to let the audit find it. */
export interface TableChoice {
  sheet?: string;
  headerRow?: number;
}

export interface StaffTableView {
  input: AuditInput;
  /** Every column of the header row (Excel column number and text), for the mapping dropdowns. */
  headers: { column: number; header: string }[];
}

/**
 * Parses the workbook for the pane: the user's table choice (or the saved mapping's table, or the active sheet's),
 * the saved column corrections for that table, and the pane's settings over the Settings sheet's.
 * @example loadStaffTable(read, {}, settings, '2025-06-30').input.mapping.sheet // 'Team'
 */
export function loadStaffTable(read: WorkbookRead, choice: TableChoice, settings: PaneSettings, today: string): StaffTableView {
  const saved = savedMapping(read.ownership.saved);
  const auditDate = settings.auditDate || today;
  const parse = (c: TableChoice) => {
    const useSaved = saved && c.sheet === saved.sheet && (c.headerRow === undefined || c.headerRow === saved.headerRow);
    return parseWorkbook(read.raw, {
      auditDate,
      auditDateExplicit: settings.auditDate !== '',
      sheet: c.sheet,
      headerRow: useSaved ? saved.headerRow : c.headerRow,
      mappingOverride: useSaved ? saved.override : undefined,
    });
  };
  let input: AuditInput;
  if (choice.sheet !== undefined) input = parse(choice);
  else {
    // On open: the saved table, else the active sheet's table, else whichever sheet matches best.
    const first = saved ? parse({ sheet: saved.sheet }) : parse({ sheet: read.activeSheet });
    input = first.staff.length > 0 || first.mapping.sheet !== '' ? first : parse({});
  }
  input.settings = withPaneSettings(input.settings, settings);
  const sheet = read.raw.sheets.find((s) => s.name === input.mapping.sheet);
  const row = sheet?.rows[input.mapping.headerRow - sheet.firstRow] ?? [];
  const headers = row.map((v, i) => ({ column: (sheet?.firstColumn ?? 1) + i, header: v === null || v === undefined ? '' : String(v) })).filter((h) => h.header.trim() !== '');
  return { input, headers };
}
