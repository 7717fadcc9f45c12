import type { PdpObjective } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { CriterionCode } from '../criterion';
import { normaliseCriterionCode } from '../nos/criterionCode';
import type { CellValue } from '../cells/cellValue';
import type { RawSheet } from '../cells/rawWorkbook';
import { meansNothing } from '../cells/meansNothing';
import { cellText, issueCell } from './_lib/cellText';
import { memo } from '../_lib/memo';
import { cellOf, forEachDataRow, readOptionalTable, STAFF_REF_SYNONYMS } from './_lib/optionalTable';
import { joinStaff, type StaffIndex } from './_lib/staffIndex';
import { parseDate } from '../cells/parseDate';

export const PDP_COLUMNS = {
  ...STAFF_REF_SYNONYMS,
  // Appraisal systems' exports too: "Development goal", "Measure", "Due date".
  objective: ['Objective', 'Objectives', 'SMART objective', 'Development objective', 'PDP objective', 'Goal', 'Target', 'Aim',
    'Development goal', 'Objective description', 'Objective title'],
  actions: ['Actions', 'Action', 'Action plan', 'Actions to take', 'Activities'],
  resources: ['Resources', 'Resources needed', 'Support needed', 'Support'],
  successCriteria: ['Success criteria', 'Success criterion', 'Success measures', 'Success measure', 'Measure of success', 'Evidence',
    'Measure', 'Measures', 'How success will be measured', 'How will I know'],
  reviewDate: ['Review date', 'Review', 'Target date', 'Date for review', 'By when', 'Deadline', 'Completion date', 'Due date', 'Date due',
    'Due by'],
  nosLink: ['NOS link', 'NOS links', 'NOS', 'NOS criteria', 'NOS criterion', 'Criteria', 'Criterion', 'Standard'],
} as const;
const NOS_SEPARATORS = /[;,/&\n]+|\band\b/;
// Link cells combine a few dozen codes in many ways ("A11; B2"): each part is recognised once.
const criterionCodeOnce = memo((part: string) => normaliseCriterionCode(part));

/**
 * Criterion codes named in a NOS link cell ("A1, B3 and C2" -> A1, B3, C2); other text is ignored.
 * @example nosLinks('A1; b.3') // ['A1', 'B3']
 */
export function nosLinks(text: string | null): CriterionCode[] {
  if (text === null) return [];
  const codes = new Set<CriterionCode>();
  for (const part of text.split(NOS_SEPARATORS)) {
    const code = criterionCodeOnce(part.trim());
    if (code) codes.add(code);
  }
  return [...codes];
}

function linksOf(memo: Map<string, CriterionCode[]>, text: string | null): CriterionCode[] {
  if (text === null) return [];
  let codes = memo.get(text);
  if (codes === undefined) memo.set(text, (codes = nosLinks(text)));
  return codes.slice();
}

/**
 * Reads the PDP sheet (SPEC 2.2): one objective per row, joined to staff; a row with no objective or no matching staff is an issue.
 * @example parsePdpSheet(sheet, index).objectives[0].objective // 'Complete the Approaches to learning unit by June 2025'
 */
export function parsePdpSheet(sheet: RawSheet, index: StaffIndex): { objectives: PdpObjective[]; issues: AuditIssue[] } {
  const objectives: PdpObjective[] = [];
  const issues: AuditIssue[] = [];
  const table = readOptionalTable(sheet, PDP_COLUMNS);
  if (!table || !table.columns.objective) {
    issues.push({ sheet: sheet.name, row: null, column: null, staffId: null, problem: 'PDP sheet has no Objective column: sheet not read', code: 'missing-column', value: null, severity: 'Error' });
    return { objectives, issues };
  }
  // SPEC 2.1 (v2): "n/a" or "-" in a plan cell is no action, resource or success criterion (PDP Check names it missing).
  const planText = (v: CellValue | undefined) => {
    const text = cellText(v);
    return text === null || meansNothing(text) ? null : text;
  };
  const links = new Map<string, CriterionCode[]>(); // NOS link cells repeat: each distinct text is read once
  forEachDataRow(table, (cells, row) => {
    const objective = cellText(cellOf(table, cells, 'objective'));
    const staff = joinStaff(index, table, cells, row, issues);
    if (!staff) return;
    if (objective === null) {
      issues.push({ sheet: sheet.name, row, column: table.columns.objective?.header ?? null, staffId: staff.id, problem: 'PDP row has no objective', code: 'no-objective', value: null, severity: 'Error' });
      return;
    }
    const review = parseDate(cellOf(table, cells, 'reviewDate'));
    if (review.kind === 'invalid' || review.kind === 'done') {
      const raw = cellOf(table, cells, 'reviewDate');
      issues.push({ sheet: sheet.name, row, column: table.columns.reviewDate?.header ?? null, staffId: staff.id, problem: 'Unreadable review date (use dd/mm/yyyy)', code: 'unreadable-date', ...issueCell(raw), severity: 'Error' });
    }
    objectives.push({
      sheet: sheet.name,
      row,
      staffId: staff.id,
      objective,
      actions: planText(cellOf(table, cells, 'actions')),
      resources: planText(cellOf(table, cells, 'resources')),
      successCriteria: planText(cellOf(table, cells, 'successCriteria')),
      reviewDate: review.kind === 'date' ? review.date : null,
      nosLinks: linksOf(links, cellText(cellOf(table, cells, 'nosLink'))),
    });
  });
  return { objectives, issues };
}
