// A staff workbook for the adapter and browser tests: a title row, a header row, n staff, a formula column,
// and text that Excel would read as a formula, a number or markup if written carelessly.
import { columnName, type FakeWorkbookInit } from './fakeExcel';

const CODES = [...Array.from({ length: 17 }, (_, i) => `A${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`), ...Array.from({ length: 7 }, (_, i) => `C${i + 1}`)];

export const HEADERS = ['Staff ID', 'Name', 'Job title', 'LSA level', 'Specialisms', 'Contract', 'Hours per week', 'Start date', 'Induction', 'CPD hours', 'Mentor', ...CODES, 'Notes'];

/** Names and text that must stay literal wherever they are written. */
export const TRICKY = ['=HYPERLINK("http://evil.example","click")', '+44 7700 900123', '-sessional', '@SUM(1,2)', '<img src=x onerror=alert(1)>', '0012', "'quoted"];

export function staffRows(n: number): any[][] {
  const rows: any[][] = [];
  for (let i = 0; i < n; i++) {
    const tricky = i < TRICKY.length ? TRICKY[i] : null;
    rows.push([
      `S${String(i + 1).padStart(6, '0')}`,
      i === 4 ? TRICKY[4] : i === 0 ? TRICKY[0] : `Person ${i + 1}`,
      tricky && i !== 4 && i !== 0 ? tricky : 'Learning support assistant',
      (i % 4) + 1,
      i % 3 === 0 ? 'Autism; Dyslexia' : i % 3 === 1 ? 'BSL' : '',
      i % 2 ? 'Permanent full-time' : 'Sessional',
      i % 2 ? 37 : 18.5,
      43000 + (i % 3000),
      'Yes',
      i % 20,
      i % 5 ? 'Yes' : 'No',
      ...CODES.map((_, c) => ((i + c) % 5 === 0 ? '' : ((i * 7 + c) % 4) + 1)),
      '',
    ]);
  }
  return rows;
}

/** The source sheet "Team" (title row, header row 2, staff from row 3), a user's own "Skills Matrix", and a Notes sheet with formulas. */
export function sampleWorkbook(n: number): FakeWorkbookInit {
  const rows = [['Learning support team 2025'], HEADERS, ...staffRows(n)];
  const notesCol = HEADERS.length - 1;
  const formulas: Record<string, string> = {};
  // Formulas in the source: a tenth of Notes cells computed; the rest of the workbook must keep them.
  for (let i = 0; i < Math.min(n, 50); i += 10) {
    formulas[`${columnName(notesCol)}${i + 3}`] = '=1+1';
    rows[i + 2][notesCol] = 2;
  }
  return {
    sheets: [
      { name: 'Team', rows, formulas, tables: [] },
      { name: 'Skills Matrix', rows: [['My own matrix, not the add-in\'s'], ['keep me']] },
    ],
    active: 'Team',
  };
}
