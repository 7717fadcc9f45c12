import type { LearnerNeed } from '../auditInput';
import type { AuditIssue } from '../auditIssue';
import type { RawSheet } from '../cells/rawWorkbook';
import { cellText, issueValue } from './_lib/cellText';
import { cellOf, forEachDataRow, readOptionalTable } from './_lib/optionalTable';
import { readNumber } from './_lib/readNumber';
import { canonicalSpecialism } from './canonicalSpecialism';

export const NEED_COLUMNS = {
  // A college MIS exports the Individualised Learner Record's LLDD and health problem category.
  need: ['Need', 'Needs', 'Learner need', 'Learner needs', 'Specialism', 'Support need', 'Need type', 'Primary need', 'Area of need',
    'LLDD', 'Primary LLDD', 'LLDD category', 'LLDD and health problem', 'Primary LLDD and health problem', 'Learning difficulty or disability'],
  learners: ['Number of learners', 'Learners', 'No of learners', 'Number', 'Count', 'Students', 'Number of students', 'Learner count',
    'Headcount', 'Total', 'Total learners'],
} as const;

const NOT_A_NEED = /^\s*(?:prefer not to say|not known|not provided|unknown|no lldd(?: or health problem)?|no need|none)\s*$/i;

/**
 * Reads the Learner needs sheet (SPEC 2.2): needs as canonical specialisms, learners summed per need;
 * a blank count is taken as 1 (the need is listed), an unreadable one is reported and taken as 1.
 * @example parseLearnerNeeds(sheet).needs // [{ need: 'Autism', learners: 12 }]
 */
export function parseLearnerNeeds(sheet: RawSheet): { needs: LearnerNeed[]; issues: AuditIssue[] } {
  const issues: AuditIssue[] = [];
  const table = readOptionalTable(sheet, NEED_COLUMNS, 1);
  if (!table || !table.columns.need) {
    issues.push({ sheet: sheet.name, row: null, column: null, staffId: null, problem: 'Learner needs sheet has no Need column: sheet not read', code: 'missing-column', value: null, severity: 'Error' });
    return { needs: [], issues };
  }
  const totals = new Map<string, number>();
  forEachDataRow(table, (cells, row) => {
    const text = cellText(cellOf(table, cells, 'need'));
    const count = readNumber(cellOf(table, cells, 'learners'));
    if (count.kind === 'invalid') {
      const column = table.columns.learners?.header ?? null;
      issues.push({ sheet: sheet.name, row, column, staffId: null, problem: 'Unreadable number of learners: 1 counted', code: 'unreadable-number', value: issueValue(cellOf(table, cells, 'learners')), severity: 'Warning' });
    }
    if (text === null) {
      if (count.kind === 'number') issues.push({ sheet: sheet.name, row, column: table.columns.need?.header ?? null, staffId: null, problem: 'Learner needs row has no need', code: 'no-need', value: null, severity: 'Error' });
      return;
    }
    // An MIS lists the learners who chose not to say, or whose need is not known: no need to plan cover for.
    if (NOT_A_NEED.test(text)) return;
    const need = canonicalSpecialism(text);
    totals.set(need, (totals.get(need) ?? 0) + (count.kind === 'number' ? count.value : 1));
  });
  return { needs: [...totals].map(([need, learners]) => ({ need, learners })), issues };
}
