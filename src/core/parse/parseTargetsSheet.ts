import type { TargetOverride } from '../nos/targetOverride';
import type { AuditIssue } from '../auditIssue';
import type { AuditIssueCode } from '../auditIssueCode';
import type { CellValue } from '../cells/cellValue';
import type { Standard } from '../criterion';
import { normaliseCriterionCode } from '../nos/criterionCode';
import type { RawSheet } from '../cells/rawWorkbook';
import type { LsaLevel } from '../staffMember';
import { cellText, issueValue } from './_lib/cellText';
import { cellOf, forEachDataRow, readOptionalTable } from './_lib/optionalTable';
import { normaliseHeader } from './normaliseHeader';
import { parseLevel } from './parseLevel';

export const TARGET_COLUMNS = {
  level: ['LSA level', 'Level', 'Band'],
  standard: ['Standard', 'NOS standard'],
  criterion: ['Criterion', 'NOS criterion', 'Code', 'Criterion code'],
  target: ['Target', 'Target rating', 'Rating'],
} as const;
const STANDARD_HEADER = /^(?:standard|nos)?([abc])$/;

/** A standard letter ("A", "Standard B") or null. */
function readStandard(text: string | null): Standard | null {
  const m = text === null ? null : STANDARD_HEADER.exec(normaliseHeader(text));
  return m ? (m[1].toUpperCase() as Standard) : null;
}

/** A target rating must be a whole number 0-4. */
function readTarget(v: CellValue | undefined): number | null | 'invalid' {
  const t = typeof v === 'string' ? v.trim() : v;
  if (t === null || t === undefined || t === '') return null;
  const n = typeof t === 'number' ? t : Number(t);
  return Number.isInteger(n) && n >= 0 && n <= 4 ? n : 'invalid';
}

/**
 * Reads the Targets sheet (SPEC 2.2, 3.3): long form (Level, Standard or Criterion, Target) or wide form (Level, then A/B/C or
 * criterion-code columns).
 * @example parseTargetsSheet(sheet).overrides[0] // { level: 3, standard: 'A', criterion: null, target: 4 }
 */
export function parseTargetsSheet(sheet: RawSheet): { overrides: TargetOverride[]; issues: AuditIssue[] } {
  const overrides: TargetOverride[] = [];
  const issues: AuditIssue[] = [];
  const table = readOptionalTable(sheet, TARGET_COLUMNS, 1);
  if (!table || !table.columns.level) {
    issues.push({ sheet: sheet.name, row: null, column: null, staffId: null, problem: 'Targets sheet has no Level column: sheet not read', code: 'missing-column', value: null, severity: 'Error' });
    return { overrides, issues };
  }
  const headerCells = sheet.rows[table.headerIndex];
  const wide: { index: number; header: string; standard: Standard | null; criterion: string | null }[] = [];
  headerCells.forEach((cell, index) => {
    const header = cellText(cell);
    const criterion = normaliseCriterionCode(header);
    const standard = criterion ? null : readStandard(header);
    if (header !== null && (criterion || standard)) wide.push({ index, header, standard, criterion });
  });
  forEachDataRow(table, (cells, row) => {
    const report = (column: string | null, code: AuditIssueCode, problem: string, value: CellValue | undefined): void => {
      issues.push({ sheet: sheet.name, row, column, staffId: null, problem, code, value: issueValue(value), severity: 'Error' });
    };
    const levelCell = cellOf(table, cells, 'level');
    const level = parseLevel(levelCell);
    if (level.kind !== 'level') return report(table.columns.level?.header ?? null, 'unreadable-level', 'Unreadable LSA level (1-4): row not used', levelCell);
    const add = (lvl: LsaLevel, standard: Standard | null, criterion: string | null, v: CellValue | undefined,
      column: string | null): void => {
      const target = readTarget(v);
      if (target === 'invalid') report(column, 'unreadable-target', 'Unreadable target (a whole number 0-4): not used', v);
      else if (target !== null) overrides.push({ level: lvl, standard, criterion, target });
    };
    if (table.columns.target) {
      const criterion = normaliseCriterionCode(cellText(cellOf(table, cells, 'criterion')));
      const standard = criterion ? null : readStandard(cellText(cellOf(table, cells, 'standard')));
      if (!criterion && !standard) return report(table.columns.standard?.header ?? table.columns.criterion?.header ?? null, 'no-target-criterion', 'Target row names no standard (A, B, C) or criterion', cellOf(table, cells, 'criterion') ?? cellOf(table, cells, 'standard'));
      return add(level.level, standard, criterion, cellOf(table, cells, 'target'), table.columns.target.header);
    }
    for (const w of wide) add(level.level, w.standard, w.criterion, cells[w.index], w.header);
  });
  return { overrides, issues };
}
