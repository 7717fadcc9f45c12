// Builds assets/sample-team.xlsx: a realistic, deliberately messy LSA team workbook (SPEC 2, 7).
// Deterministic: seeded PRNG, fixed dates, fixed zip timestamps. Run: npm run sample
import { writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { stableZip } from '../src/xlsx/_lib/stableZip';

export const SAMPLE_PATH = path.join(__dirname, '..', 'assets', 'sample-team.xlsx');
const BUILT_AT = new Date(Date.UTC(2026, 7, 28, 9, 0, 0)); // a few days before the audit date, 2026-09-01
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NA: ExcelJS.CellErrorValue = { error: '#N/A' };
const DATE_FORMAT = 'dd/mm/yyyy';

// mulberry32: a tiny seeded PRNG, so every run gives the same ratings.
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20260901;
let random = prng(SEED);

const CODES = [
  ...Array.from({ length: 17 }, (_, i) => `A${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `C${i + 1}`),
];
const MANAGER_CODES = ['A1', 'A5', 'B2', 'C1'];
const STAFF_HEADERS = [
  'Employee number', 'First name', 'Surname', 'Role', 'Grade', 'Specialist areas', 'Employment type', 'Hrs/wk',
  'Date started', 'Induction completed', 'Last appraisal', 'Self-assessment date', 'English level', 'Numeracy', 'Digital',
  'Qualifications', 'QCF units', 'CPD hours', 'Paid to attend training', 'Mentor', 'Joint training with teachers',
  'Peer network', 'Career aspiration', 'Ratings',
  'Safeguarding', 'Health and safety', 'First aid', 'Prevent', 'Equality and diversity', 'Notes', 'Last observation', 'Release time',
  'Leaving date', 'First Aid Expiry',
];
type V = ExcelJS.CellValue;
// Ratings: F all applicable criteria self-rated, M the same plus manager ratings, P half done, N not started.
// prettier-ignore
const STAFF: (V[] | null)[] = [
  ['LSA-001', 'Sarah', 'Ahmed', { richText: [{ text: 'Senior', font: { bold: true } }, { text: ' LSA' }] }, 'LSA 4', 'Autism; ADHD', 'Permanent', 37, d('2012-09-03'), d('2012-09-10'), d('2026-03-12'), d('2026-02-20'), 'Level 3', 'Level 3', 'Level 2', 'Level 3 Certificate in Learning Support; Foundation Degree in Inclusive Practice', '', 32, 'Yes', '', d('2026-05-14'), 'Yes', 'Move into management (team leader)', 'M', d('2025-10-01'), d('2024-09-15'), d('2024-01-20'), d('2025-09-10'), d('2024-11-05'), ''],
  ['LSA-002', 'James', "O'Connor", 'Learning Support Assistant', 'Level 3', 'Dyslexia/SpLD', 'Permanent', 30, d('2016-01-11'), 'Yes', d('2025-11-04'), d('2026-01-15'), 'GCSE C', 'GCSE 4', 'Level 2', 'Level 3 Certificate in Learning Support', '', 18, 'Yes', '', d('2025-12-02'), 'Yes', 'Train to teach (PGCE)', 'F', d('2025-02-11'), d('2024-02-11'), '', d('2024-02-11'), d('2024-02-11'), ''],
  ['LSA-003', 'Priya', 'Patel', 'Specialist LSA (Deaf support)', 3, 'ASC; BSL', 'Permanent', 37, '03/04/2019', d('2019-04-10'), '2025-01-15', d('2026-06-30'), 'Level 3', 'Level 2', 'Level 2', 'BSL Level 3; Level 3 Certificate in Learning Support', '', 25, 'Yes', '', d('2026-01-21'), 'Yes', 'Stay as a specialist BSL communicator', 'M', d('2026-01-09'), d('2025-01-09'), d('2024-06-01'), d('2025-01-09'), d('2025-01-09'), ''],
  ['LSA-004', 'Tom', 'Williams', 'LSA', 'L2', 'n/a', 'Sessional', 15, d('2023-09-04'), 'Yes', d('2025-10-20'), d('2026-04-01'), 'Level 2', 'Level 1', 'Level 1', 'Level 2 Award in Supporting Teaching and Learning', 'Preparing to support learning', 4, 'No', '', '', 'No', 'Stay in current role', 'P', d('2025-09-22'), '', '', d('2023-09-30'), '', ''],
  ['LSA-005', 'Hannah', 'Clarke', 'LSA', 2, 'Makaton, music', 'Zero hours', 12, d('2024-01-08'), '', '', '', 'Entry 3', 'Level 1', 'Level 2', '', '', 0, 'No', '', '', 'No', '', 'N', d('2023-05-01'), '', '', '', '', ''],
  ['LSA-006', 'Mohammed', 'Hussain', 'LSA - mental health', 3, 'Mental health', 'Fixed term', 37, d('2025-01-06'), d('2025-01-10'), d('2026-01-08'), d('2026-02-11'), 'Level 2', 'Level 2', 'Level 3', 'Level 3 Certificate in Learning Support (in progress)', 'Preparing to support learning; Learning support principles', 9, 'No', 'Sarah Ahmed', d('2026-03-18'), 'Yes', 'Specialise in mental health support', 'F', d('2025-01-10'), d('2025-01-10'), d('2025-01-10'), d('2025-01-10'), d('2025-01-10'), 'Contract ends July 2027'],
  ['LSA-007', 'Emily', 'Roberts', 'Learning support volunteer', 1, '', 'Volunteer', 6, d('2026-02-02'), 'Yes', '', '', 'Level 2', 'Level 2', 'Level 2', '', '', 3, 'No', 'Priya Patel', '', 'No', 'Not sure yet', 'P', 'Yes', '', '', '', '', ''],
  ['LSA-008', 'Daniel', 'Evans', 'LSA', 2, 'Behaviour for learning', 'Bank', 20, d('2021-09-06'), 'Yes', d('2025-09-30'), d('2025-12-01'), 'Level 2', 'Level 2', 'Level 1', 'NVQ Level 2 Health and Social Care', '', 6, 'No', '', '', 'Yes', 'Become a senior LSA', 'F', d('2024-10-14'), d('2023-10-14'), '', d('2023-10-14'), '', ''],
  ['LSA-009', 'Olivia', 'Brown', 'Learning Support Assistant', 3, 'Visual impairment; Assistive technology', 'Term-time only', 32.5, d('2018-09-03'), d('2018-09-05'), d('2026-02-26'), d('2026-03-03'), 'Level 3', 'Entry 3', 'Level 3', 'Level 3 Certificate in Learning Support', '', 16, 'Yes', '', d('2026-04-22'), 'Yes', 'Specialist in sight loss', 'F', d('2025-03-03'), d('2024-03-03'), d('2024-03-03'), d('2024-03-03'), d('2024-03-03'), ''],
  ['LSA-010', '+Amy', 'Lewis', 'LSA', 2, 'ESOL', 'Permanent', 22.5, d('2022-04-25'), 'Yes', d('2026-04-28'), d('2026-05-05'), 'Level 3', 'Level 2', 'Level 2', 'Level 3 Award in Education and Training', '', 14, 'Yes', '', '', 'No', 'Teaching ESOL', 'F', d('2025-04-28'), d('2025-04-28'), '', d('2025-04-28'), d('2025-04-28'), 'First name typed with a leading +'],
  ['LSA-011', 'Grace', 'Taylor', 'LSA', '', 'Autistic spectrum', 'Permanent', 37, d('2020-09-01'), 'Yes', d('2025-09-15'), d('2026-01-30'), 'Level 2', 'Level 2', 'Level 2', 'Level 2 Certificate in Supporting Teaching and Learning in Schools', '', 15, 'Yes', '', d('2025-11-11'), 'Yes', 'Manage the learning support team one day', 'F', d('2026-07-01'), d('2023-07-01'), d('2023-07-01'), d('2023-07-01'), d('2023-07-01'), ''],
  ['LSA-012', 'Liam', 'Wright', 'LSA', 2, 'Numeracy', 'Permanent', 37, d('2019-01-07'), 'Yes', d('2026-01-20'), d('2026-01-25'), 'Level 2', 'Level 3', 'Level 2', 'Level 2 Certificate in Supporting Teaching and Learning', '', 20, 'Yes', '', d('2026-02-10'), 'Yes', 'Train to teach maths', 'F', d('2025-06-16'), d('2025-06-16'), d('2025-06-16'), d('2025-06-16'), d('2025-06-16'), ''],
  null, // a blank row inside the table, as managers leave them
  ['LSA-013', 'Jessica', 'Green', 'Communication support worker', 3, 'BSL; Makaton', 'Permanent', 30, d('2015-02-02'), 'Yes', d('2026-05-19'), d('2026-05-20'), 'Level 3', 'Level 2', 'Level 2', 'BSL Level 2; Level 3 Certificate in Learning Support', '', 21, 'Yes', '', d('2026-06-09'), 'Yes', 'Become a BSL interpreter', 'F', d('2025-05-19'), d('2025-05-19'), d('2025-05-19'), d('2025-05-19'), d('2025-05-19'), ''],
  ['LSA-014', 'Chloe', 'Walker', 'LSA', 2, 'Personal care', 'Permanent', 25, d('2017-10-09'), 'Yes', d('2025-10-02'), d('2025-10-10'), 'Level 2', 'Level 2', 'Level 1', 'NVQ Level 3 Health and Social Care', '', 10, 'Yes', '', '', 'No', 'Stay', 'F', d('2025-10-02'), d('2025-10-02'), d('2025-10-02'), '', d('2025-10-02'), ''],
  ['LSA-014', 'Ryan', 'Hall', 'LSA', 1, '', 'Sessional', 10, d('2026-01-12'), '', '', '', 'Level 1', 'Entry 2', 'Level 1', '', '', 2, 'No', '', '', 'No', '', 'N', d('2026-01-14'), '', '', d('2026-01-14'), '', 'Same employee number as Chloe: typing slip'],
  ['LSA-015', '', '', 'LSA', 2, 'Dyslexia', 'Permanent', 30, d('2020-01-06'), 'Yes', d('2025-12-10'), d('2025-12-11'), 'Level 2', 'Level 2', 'Level 2', '', '', 12, 'Yes', '', '', 'Yes', '', 'P', d('2025-12-10'), '', '', '', '', 'Name missing'],
  ['LSA-016', 'Ben', 'Thompson', 'LSA', 2, 'ADHD; behaviour for learning', 'Permanent', 37, d('2023-02-27'), 'Yes', d('2026-02-27'), d('2026-03-01'), NA, 'Level 2', 'Level 2', 'Level 2 Award in Supporting Teaching and Learning', '', 16, 'Yes', 'Daniel Evans', d('2026-03-05'), 'Yes', 'Senior LSA', 'F', d('2025-03-01'), d('2023-03-01'), '', d('2024-03-01'), '', ''],
  ['LSA-017', 'Sophie', 'Martin', 'LSA', 2, 'Work experience', 'Permanent', 37, d('2024-06-03'), d('2024-06-10'), d('2027-03-10'), d('2025-07-01'), 'Level 2', 'Level 2', 'Level 3', 'Working towards NVQ 3 Supporting Teaching and Learning', '', 8, 'Yes', '', '', 'No', 'Supported employment job coach', 'F', d('2024-06-10'), d('2024-06-10'), '', d('2024-06-10'), d('2024-06-10'), 'Appraisal year typed as 2027'],
  ['LSA-018', 'Jack', 'Robinson', 'LSA', 2, 'Autism', 'Permanent', 37, d('2026-10-05'), '', '', '', 'Level 2', 'Level 2', 'Level 2', '', '', 0, 'Yes', 'Sarah Ahmed', '', 'No', '', 'N', '', '', '', '', '', 'Starts next term'],
  ['LSA-019', 'Charlotte', 'Wood', 'Senior LSA', 'Level 4', 'Autism; Mental health; PMLD', 'Permanent', 37, d('2010-09-06'), d('2010-09-06'), d('2025-12-15'), d('2026-01-05'), 'Level 3', 'Level 3', 'Level 3', 'Foundation Degree in Learning Support; PTLLS', '', 40, 'Yes', '', d('2026-06-23'), 'Yes', 'Teaching', 'F', d('2026-04-01'), d('2024-04-01'), d('2024-04-01'), d('2025-04-01'), d('2024-04-01'), ''],
  ['LSA-020', 'Ethan', 'White', 'LSA', 2, '', 'Permanent', 37, d('2025-11-03'), 'Yes', '', d('2026-03-30'), 'Level 2', 'Level 2', 'Level 2', '', '', 11, 'Yes', '', '', 'No', 'Not looking to change', 'F', d('2025-11-05'), d('2025-11-05'), '', d('2025-11-05'), d('2025-11-05'), ''],
  ['LSA-021', 'Megan', 'Harris', 'LSA', 3, 'Dyslexia; ESOL', 'Permanent', 37, d('2014-03-17'), 'Yes', d('2026-03-17'), d('2026-03-18'), 'Level 3', 'Level 2', 'Level 2', 'Level 3 Certificate in Learning Support (literacy, language and numeracy)', '', 19, 'Yes', '', d('2025-10-08'), 'Yes', 'Specialist dyslexia assessor', 'F', d('2024-09-01'), d('2023-09-01'), d('2023-09-01'), d('2023-09-01'), d('2023-09-01'), ''],
  ['LSA-022', 'Lucy', 'Clark', 'LSA', 2, 'Hearing impairment', 'Permanent', 37, d('2021-01-04'), 'Yes', d('2025-11-25'), d('2025-11-26'), 'Level 2', 'Level 2', 'Level 2', 'Level 2 Certificate in Supporting Teaching and Learning', '', 15, 'Yes', '', '', 'Yes', 'Stay', 'F', d('2025-11-25'), d('2025-11-25'), '', d('2025-11-25'), d('2025-11-25'), ''],
  ['LSA-023', 'Adam', 'Scott', 'LSA', 1, '', 'Zero hours', 8, d('2025-09-08'), 'Yes', '', '', 'Level 1', 'Level 1', 'Level 2', '', '', 1, 'No', '', '', 'No', 'Teaching assistant in a school', 'P', d('2025-09-10'), '', '', '', '', ''],
  ['LSA-024', 'Zara', 'Khan', 'LSA', 2, 'Autism', 'Permanent', 30, d('2019-09-02'), 'Yes', d('2025-09-02'), d('2025-09-03'), 'Level 2', 'Level 2', 'Level 2', 'Level 2 Award in Supporting Teaching and Learning', '', 15, 'Yes', '', '', 'Yes', 'Senior', 'F', d('2025-09-02'), d('2025-09-02'), d('2025-09-02'), d('2025-09-02'), d('2025-09-02'), '=HYPERLINK("http://example.com","CV")'],
  ['LSA-025', 'Noah', 'Baker', 'LSA', 2, 'Numeracy', 'Bank', 16, d('2022-11-14'), 'Yes', d('2024-11-14'), d('2024-11-20'), 'Level 2', 'GCSE 4', 'Level 1', '', '', 5, 'No', '', '', 'No', 'Management', 'P', d('2022-11-14'), '', '', d('2022-11-14'), '', ''],
  // A leaver (SPEC 2.1 v2): left before the audit date, so listed in Audit Issues and counted for turnover, not audited.
  ['LSA-026', 'Kate', 'Morris', 'LSA', 2, '', 'Fixed term', 20, d('2024-09-02'), 'Yes', d('2025-10-01'), d('2025-10-01'), 'Level 2', 'Level 2', 'Level 2', '', '', 6, 'No', '', '', 'No', '', 'P', d('2024-09-02'), '', '', '', '', 'Left at the end of the summer term'],
];
// Last observation of practice and release time for training (SPEC 2.1 v2), after the Notes column. Observed within
// the 12 months before 1 September 2026 unless noted; release time No for most hourly-paid and bank staff.
// prettier-ignore
const OBSERVATION_AND_RELEASE: Record<string, [V, V]> = {
  'LSA-001': [d('2026-03-04'), 'Yes'], 'LSA-002': [d('2025-11-12'), 'Yes'], 'LSA-003': [d('2025-06-18'), 'Yes'], 'LSA-004': ['', 'No'],
  'LSA-005': ['', 'No'], 'LSA-006': [d('2026-02-24'), 'Yes'], 'LSA-007': ['', 'No'], 'LSA-008': [d('2024-11-05'), 'No'],
  'LSA-009': [d('2026-05-13'), 'Yes'], 'LSA-010': [d('2026-01-21'), 'Yes'], 'LSA-011': [d('2025-10-07'), 'Yes'], 'LSA-012': [d('2025-09-01'), 'Yes'],
  'LSA-013': [d('2026-06-02'), 'Yes'], 'LSA-014': [d('2025-12-03'), 'Yes'], 'LSA-015': [d('2025-03-19'), 'Yes'], 'LSA-016': [d('2026-04-15'), 'Yes'],
  'LSA-017': ['Yes', 'Yes'], 'LSA-018': ['', ''], 'LSA-019': [d('2026-02-11'), 'Yes'], 'LSA-020': [d('2026-05-06'), ''],
  'LSA-021': [d('2025-08-31'), 'Yes'], 'LSA-022': [d('2026-03-25'), 'Yes'], 'LSA-023': ['', 'No'], 'LSA-024': [d('2025-10-22'), 'Yes'],
  'LSA-025': [d('2025-02-10'), 'No'],
};
// Leaving date and first aid expiry (SPEC 2.1 v2): Kate left in July; Mohammed's contract ends next July (a planned leaver);
// Emily's first aid certificate gives its expiry date rather than the date she did the course.
const LEAVING_AND_EXPIRY: Record<string, [V, V]> = {
  'LSA-006': [d('2027-07-31'), ''], 'LSA-026': [d('2026-07-31'), ''], 'LSA-007': ['', d('2027-03-31')],
};
const PERMANENT_MERGE = ['LSA-020', 'LSA-021']; // both Permanent: the manager merged the two cells

// Default targets by LSA level (SPEC 3.3) steer the generated self-ratings.
const TARGET: Record<number, [number, number, number]> = { 1: [2, 1, 2], 2: [3, 2, 2], 3: [3, 3, 3], 4: [4, 3, 4] };
// prettier-ignore
const RATING_SLIPS: [string, string, V][] = [
  ['LSA-002', 'A3', 'Competent'], ['LSA-002', 'B1', 'developing'], ['LSA-003', 'A1', 4], ['LSA-012', 'A4', 'good'],
  ['LSA-012', 'A6', 5], ['LSA-009', 'A2', 'n/a'], ['LSA-013', 'B4', 2.5], ['LSA-019', 'C2', 'Advanced'], ['LSA-010', 'A2', '3 - Competent'],
];
const MANAGER: Record<string, number[]> = { 'LSA-001': [4, 3, 3, 4], 'LSA-003': [2, 3, 3, 3] }; // Priya A1: self 4, manager 2

function ratingsFor(person: V[]): V[] {
  const level = Number(String(person[4]).replace(/\D/g, '')) || 2;
  const specialist = (person[5] !== '' && person[5] !== 'n/a') || /specialist/i.test(String(person[3]));
  const assessedShare = { F: 1, M: 1, P: 0.45, N: 0 }[String(person[23])] ?? 0;
  const ratings: V[] = CODES.map((code, i): V => {
    const standard = 'ABC'.indexOf(code[0]);
    if (standard === 2 && !specialist) return null;
    if (i >= Math.round(CODES.length * assessedShare)) return null;
    const rating = TARGET[level][standard] + [-2, -1, -1, 0, 0, 0, 1][Math.floor(random() * 7)];
    return Math.max(0, Math.min(4, rating));
  });
  for (const [id, code, value] of RATING_SLIPS) if (id === person[0]) ratings[CODES.indexOf(code)] = value;
  return [...ratings, ...(MANAGER[String(person[0])] ?? MANAGER_CODES.map(() => null))];
}

function addStaffSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('LSA Team', { views: [{ state: 'frozen', xSplit: 3, ySplit: 3 }] });
  const headers = [...STAFF_HEADERS.slice(0, 23), ...CODES, ...MANAGER_CODES.map((c) => `${c} manager`), ...STAFF_HEADERS.slice(24)];
  ws.addRow(['Riverside College: Learning Support Team']).font = { bold: true, size: 16 };
  ws.addRow(['Skills and training records, kept by the Learning Support Manager. Ratings 0-4 against the NOS (2009).']);
  ws.mergeCells('A1:H1');
  ws.mergeCells('A2:H2');
  ws.addRow(headers).font = { bold: true };
  STAFF.forEach((person, i) => {
    if (person === null) return;
    // Ryan Hall shares Chloe's number (LSA-014): the second row has no observation and no release time recorded.
    const extra = i > 0 && STAFF[i - 1]?.[0] === person[0] ? ['', ''] : OBSERVATION_AND_RELEASE[String(person[0])] ?? ['', ''];
    const leaving = LEAVING_AND_EXPIRY[String(person[0])] ?? ['', ''];
    ws.getRow(4 + i).values = [...person.slice(0, 23), ...ratingsFor(person), ...person.slice(24), ...extra, ...leaving].map((v) => (v === '' ? null : v));
  });
  // The manager's totals row under the table (SPEC 2.1 v2: a summary row, not a person).
  const hours = STAFF.reduce((sum, p) => sum + (p !== null && typeof p[7] === 'number' ? p[7] : 0), 0);
  const totals = ws.getRow(4 + STAFF.length);
  totals.getCell(2).value = 'Total staff';
  totals.getCell(8).value = hours;
  totals.font = { bold: true };
  const dateColumns = ['Date started', 'Induction completed', 'Last appraisal', 'Self-assessment date', 'Joint training with teachers', 'Safeguarding', 'Health and safety', 'First aid', 'Prevent', 'Equality and diversity', 'Last observation', 'Leaving date', 'First Aid Expiry'];
  headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = /^[ABC]\d+$/.test(h) ? 5 : Math.min(28, Math.max(10, h.length + 2));
    if (dateColumns.includes(h)) ws.getColumn(i + 1).numFmt = DATE_FORMAT;
  });
  const rows = PERMANENT_MERGE.map((id) => 4 + STAFF.findIndex((p) => p !== null && p[0] === id));
  ws.getCell(rows[1], 7).value = null;
  ws.mergeCells(rows[0], 7, rows[1], 7);
}

function addSheet(wb: ExcelJS.Workbook, name: string, rows: V[][], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((r) => ws.addRow(r));
  ws.getRow(1).font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.eachRow((row) => row.eachCell((cell) => { if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT; }));
  return ws;
}

// prettier-ignore
const PDP: V[][] = [
  ['Staff ID', 'Name', 'Objective', 'Actions', 'Resources', 'Success criteria', 'Review date', 'NOS link'],
  ['LSA-001', 'Sarah Ahmed', 'Mentor two new LSAs through their induction and first observed session by January 2027', 'Weekly mentoring meetings; joint planning', 'Mentoring time (1 hour a week)', 'Both mentees observed and rated Competent on A1', d('2027-01-29'), 'C4'],
  ['LSA-002', "James O'Connor", 'Complete the unit Managing behaviours in the learning environment by March 2027', 'Attend college course; keep a reflective log', 'Staff development budget', 'Unit certificate achieved', d('2027-03-31'), 'A10'],
  ['LSA-003', 'Priya Patel', 'Deliver two BSL awareness sessions to curriculum teams by December 2026', 'Plan sessions with the Head of Inclusion', 'Room booking; BSL materials', 'Two sessions delivered; feedback from 20 staff', d('2026-12-18'), 'A12; B5'],
  ['LSA-004', 'Tom Williams', 'Improve my skills', '', '', '', '', ''],
  ['LSA-005', 'Hannah Clarke', 'Learn the guitar', 'Buy a guitar', '', '', d('2027-06-01'), ''],
  ['LSA-006', 'Mohammed Hussain', 'Always support every learner perfectly', '', '', '', d('2027-07-01'), 'A1'],
  ['LSA-008', 'Daniel Evans', 'Shadow a senior LSA in the autism base for 6 sessions this term to learn de-escalation strategies', 'Book sessions with Sarah Ahmed', 'Cover for 6 sessions', '6 sessions logged; strategies used with two learners', d('2026-12-11'), 'A10'],
  ['LSA-009', 'Olivia Brown', 'Achieve Functional Skills maths Level 2 by June 2027', 'Enrol on the evening class', 'Course fee paid by the college', 'Level 2 maths certificate', d('2027-06-30'), 'A17'],
  ['LSA-011', 'Grace Taylor', 'Get better at IT, do the Level 3 certificate, learn BSL and become a manager', '', '', '', '', ''],
  ['LSA-007', 'Emily Roberts', 'Read more about dyslexia', '', '', '', '', ''],
];
// prettier-ignore
const UNITS: V[][] = [
  ['Staff ID', 'Staff name', 'Unit title', 'Credits', 'Level', 'Date achieved'],
  ...['Preparing to support learning', 'Learning support in the lifelong learning context', 'Learning support principles', 'Approaches to learning', 'Equality and diversity']
    .map((t) => ['LSA-001', 'Sarah Ahmed', t, 6, 3, d('2014-06-30')]),
  ['LSA-001', 'Sarah Ahmed', 'Preparing for the mentoring role', 3, 3, d('2015-03-20')],
  ...['Preparing to support learning', 'Learning support in the lifelong learning context', 'Learning support principles', 'Approaches to learning', 'Managing behaviours in the learning environment', 'Using ICT to support learning']
    .map((t) => ['LSA-002', "James O'Connor", t, 6, 3, '12/07/2018']),
  ['LSA-006', 'Mohammed Hussain', 'Preparing to support learning', 6, 3, d('2025-12-12')],
  ['LSA-006', 'Mohammed Hussain', 'Learning support principles', 6, 3, '2026-05-08'],
  ['LSA-004', 'Tom Williams', 'Preparing to support learning', 6, 'Level 2', d('2024-07-05')],
  ['LSA-009', 'Olivia Brown', 'Providing learners with persona! care support', 3, 3, d('2019-05-17')],
  ['LSA-009', 'Olivia Brown', 'Inclusive approaches to providing information', 1, 2, d('2019-05-17')],
  ['LSA-021', 'Megan Harris', 'Knowledge and understanding for supporting literacy and language', 6, 3, d('2016-07-01')],
  ['LSA-013', 'Jessica Green', 'Introduction to Makaton signing', 2, 1, d('2017-11-03')],
];
// prettier-ignore
const CPD_LOG: V[][] = [
  ['Staff ID', 'Date', 'Activity', 'Hours', 'Type', 'Reflection', 'Impact'],
  ['LSA-001', d('2025-10-15'), 'Autism awareness refresher', 6, 'training'], ['LSA-001', d('2026-05-14'), 'Joint planning day with the Foundation Learning teachers', 6, 'joint training'],
  ['LSA-002', d('2025-12-02'), 'Dyslexia-friendly resources with English staff', 3, 'joint training'], ['LSA-003', '21/01/2026', 'BSL Level 4 workshop', 7, 'training'],
  ['LSA-004', d('2025-11-20'), 'Prevent e-learning', 1, 'e-learning'], ['LSA-006', d('2026-03-18'), 'Mental health first aid', 7, 'training'],
  ['LSA-008', d('2026-02-03'), 'Shadowed Sarah Ahmed in the autism base', 3, 'shadowing'], ['LSA-010', d('2026-01-12'), 'Regional LSA network meeting', 2.5, 'network'],
  ['LSA-012', d('2025-08-20'), 'Numeracy conference (over a year ago)', 6, 'training'], ['LSA-019', d('2026-06-23'), 'Led joint session on PMLD with teachers', 4, 'joint training'],
  ['LSA-021', d('2025-10-08'), 'Level 3 LLN unit study', 12, 'qualification'], ['LSA-016', d('2026-03-05'), 'Mentoring meetings with Daniel Evans', 5, 'mentoring'],
  // Enough logged hours that most permanent staff and some sessional staff reach the 15-hour target.
  ['LSA-001', d('2026-02-10'), 'Mentor training for new LSAs', 6, 'training'], ['LSA-002', d('2026-04-22'), 'Dyslexia screening course', 12, 'training'],
  ['LSA-003', d('2026-06-09'), 'Deaf awareness in FE conference', 8, 'training'], ['LSA-006', d('2026-06-30'), 'Wellbeing champions network', 9, 'network'],
  ['LSA-009', d('2025-11-12'), 'Assistive technology e-learning', 16, 'e-learning'], ['LSA-010', d('2026-03-02'), 'ESOL entry-level resources course', 14, 'training'],
  ['LSA-013', d('2026-01-28'), 'Makaton foundation', 15, 'training'], ['LSA-014', d('2026-05-06'), 'Personal care and dignity training', 6, 'training'],
  ['LSA-019', d('2025-12-15'), 'PMLD sensory learning course', 12, 'training'], ['LSA-021', d('2026-02-16'), 'Numeracy support workshop', 6, 'training'],
  ['LSA-022', d('2026-04-14'), 'Sign language level 1 (part)', 18, 'training'], ['LSA-024', d('2026-05-20'), 'Autism and anxiety course', 15, 'training'],
  ['LSA-025', d('2026-03-11'), 'Numeracy e-learning', 4, 'e-learning'], ['LSA-008', d('2026-06-02'), 'De-escalation training', 12, 'training'],
  // Compliance courses (SPEC 2.2 v2): by the course named, whatever the Type says, or by a Mandatory type; they count
  // towards CPD hours and O7, and O20 shows how much of the CPD they take up.
  ['LSA-004', d('2026-01-15'), 'Safeguarding level 2 refresher', 3, 'training'], ['LSA-005', d('2026-02-04'), 'Fire safety awareness', 1, 'e-learning'],
  ['LSA-007', d('2026-03-09'), 'Manual handling', 3, 'Mandatory'], ['LSA-011', d('2025-11-03'), 'GDPR and data protection e-learning', 2, 'e-learning'],
  ['LSA-012', d('2026-04-20'), 'First aid at work (3 days)', 18, 'training'], ['LSA-017', d('2026-01-20'), 'Safeguarding and Prevent update', 4, 'Mandatory'],
  ['LSA-020', d('2026-05-12'), 'Annual statutory training day', 6, 'Compliance'], ['LSA-023', d('2025-12-01'), 'Equality and diversity', 3, 'training'],
];
// What some staff wrote about their CPD (SPEC 9.3, O23): most write nothing, a few only retell the day, a few reflect.
// Keyed by staff ID and activity; written into the CPD log's Reflection and Impact columns.
// prettier-ignore
const CPD_REFLECTIONS: [string, string, V, V][] = [
  ['LSA-001', 'Autism awareness refresher', 'The part on sensory overload made me think about M in Foundation. I had been sitting her by the window because she likes the light, but that is where the corridor noise is worst. I moved her seat and she has stayed in the room for the whole session three weeks running. I learned to ask, not guess. Next time I will ask learners where they want to sit.', 'M now stays for the whole session.'],
  ['LSA-002', 'Dyslexia screening course', 'Went on the dyslexia screening course at the learning centre. We practised the screening questions in pairs.', ''],
  ['LSA-003', 'BSL Level 4 workshop', 'I found the regional sign variations hard at first and felt a bit out of my depth. It helped to practise with the Deaf tutor because she corrected me straight away.', ''],
  ['LSA-008', 'Shadowed Sarah Ahmed in the autism base', 'What went well: I saw how Sarah gives a countdown before every change of task.\nEven better if: I had asked her why she uses a timer and not just words.\nI am going to try the countdown with my learner in motor vehicle next week.', ''],
  ['LSA-010', 'Regional LSA network meeting', 'Network meeting in Leeds. Talked about ESOL resources and had lunch.', ''],
  ['LSA-013', 'Makaton foundation', '', 'I now sign the session plan at the start of every class. Two learners who never joined in now sign back, because they can see what is coming next. I will show the signs to the teachers at the next team meeting.'],
  ['LSA-019', 'PMLD sensory learning course', 'Really good course, enjoyed it.', ''],
  ['LSA-024', 'Autism and anxiety course', 'n/a', ''],
  ['LSA-004', 'Safeguarding level 2 refresher', 'Done.', ''],
];
for (const [id, activity, reflection, impact] of CPD_REFLECTIONS) {
  const row = CPD_LOG.find((r) => r[0] === id && r[2] === activity);
  if (!row) throw new Error(`No CPD log row for ${id}: ${activity}`);
  row.push(reflection, impact);
}
// A reflective log kept by a few staff (SPEC 9.3), as they write: Gibbs headings, lower case, a plain retelling.
// prettier-ignore
const REFLECTIVE_LOG: V[][] = [
  ['Staff ID', 'Name', 'Date', 'Entry', 'CPD activity'],
  ['LSA-006', 'Mohammed Hussain', d('2026-03-20'), 'What happened: a learner in my English group had a panic attack in the toilets.\nHow I felt: scared I would say the wrong thing.\nWhat went well: I remembered ALGEE from the course and stayed with her until she could breathe normally.\nWhat I would do differently: call for a second member of staff sooner.\nAction: I have asked for the wellbeing team\'s number to go on my lanyard.', 'Mental health first aid'],
  ['LSA-009', 'Olivia Brown', d('2025-11-20'), 'I set up the screen reader for A. It took most of the lesson. A was frustrated and so was I. Next time I will set it up before the lesson starts because lesson time is for learning, not for IT.', 'Assistive technology e-learning'],
  ['LSA-012', 'Liam Wright', d('2026-02-15'), 'Supported group C with fractions today. We used the fraction wall. Most of them finished the worksheet.', ''],
  ['LSA-021', 'Megan Harris', d('2026-02-18'), 'the workshop showed us the bar model. i tried it with J on percentages and it worked better than the method i was using because she could see the whole amount. i think ive been rushing to the method to early. next time ill start with a drawing', 'Numeracy support workshop'],
  ['LSA-016', 'Ben Thompson', d('2026-03-10'), 'Met Daniel. Talked about the behaviour plan for R.', 'Mentoring meetings with Daniel Evans'],
  ['LSA-004', 'Tom Williams', d('2026-03-17'), 'Observed by Sarah in maths. She said I was doing too much of the work for the learner. I felt a bit upset at first but she is right. I\'ll sit back more and use prompts.', ''],
];
// Observations of practice with their follow-up (SPEC 9.3, O24): the dates are the staff table's Last observation, except
// Tom's, recorded only here (the table was not updated: the later of the two counts, SPEC 9.1). Some follow-ups were
// never done; Chloe's row is under the employee number she shares with Ryan, so it is credited to neither.
// prettier-ignore
const OBSERVATIONS: V[][] = [
  ['Staff ID', 'Name', 'Observation date', 'Observer', 'Outcome', 'Follow-up action', 'Follow-up done'],
  ['LSA-001', 'Sarah Ahmed', d('2026-03-04'), 'Charlotte Wood', 'Good', 'Share the countdown strategy at the team meeting', d('2026-04-15')],
  ['LSA-002', "James O'Connor", d('2025-11-12'), 'Charlotte Wood', 'Good', 'Shadow the specialist dyslexia tutor for one session', ''],
  ['LSA-003', 'Priya Patel', d('2025-06-18'), 'Charlotte Wood', 'Good', 'Run a deaf awareness session for the catering team', d('2025-10-01')],
  ['LSA-004', 'Tom Williams', d('2026-03-16'), 'Sarah Ahmed', 'Requires improvement', 'Use prompts and let the learner do the work', ''],
  ['LSA-006', 'Mohammed Hussain', d('2026-02-24'), 'Sarah Ahmed', 'Requires improvement', "Check understanding with open questions, not 'Are you OK?'", d('2026-03-30')],
  ['LSA-009', 'Olivia Brown', d('2026-05-13'), 'Charlotte Wood', 'Good', 'Set up the screen reader before the lesson', ''],
  ['LSA-010', 'Amy Lewis', d('2026-01-21'), 'Sarah Ahmed', 'Good', 'n/a', ''],
  ['LSA-011', 'Grace Taylor', d('2025-10-07'), 'Charlotte Wood', 'Good', 'Attend the autism and anxiety course', 'Yes'],
  ['LSA-012', 'Liam Wright', d('2025-09-01'), 'Sarah Ahmed', 'Good', 'Use the fraction wall with group C', d('2025-10-10')],
  ['LSA-013', 'Jessica Green', d('2026-06-02'), 'Charlotte Wood', 'Outstanding', 'Teach the session-plan signs to the Foundation teachers', ''],
  ['LSA-014', 'Chloe Walker', d('2025-12-03'), 'Sarah Ahmed', 'Good', 'Complete the moving and handling refresher', ''],
  ['LSA-016', 'Ben Thompson', d('2026-04-15'), 'Charlotte Wood', 'Requires improvement', 'Plan prompts before the lesson instead of giving answers', ''],
  ['LSA-019', 'Charlotte Wood', d('2026-02-11'), 'Sarah Ahmed', 'Outstanding', '', ''],
  ['LSA-022', 'Lucy Clark', d('2026-03-25'), 'Charlotte Wood', 'Good', 'Sit where the learner can see your face when signing', d('2026-04-20')],
  ['LSA-024', 'Zara Khan', d('2025-10-22'), 'Sarah Ahmed', 'Good', 'Try the visual timetable with learner R', d('2025-12-01')],
];
// Learning support practice towards the certificates (SPEC 3.5 v2): Mohammed meets the generic rules, Tom is short of
// hours and observations, Megan (LLN) is short of numeracy hours and has one observation under 45 minutes.
// prettier-ignore
const PRACTICE_LOG: V[][] = [
  ['Staff ID', 'Date', 'Hours', 'Subject', 'Observed', 'Observation minutes'],
  ['LSA-006', d('2026-02-02'), 12, 'General', 'Yes', 60], ['LSA-006', d('2026-03-09'), 10, 'General', 'Yes', 60],
  ['LSA-006', d('2026-05-11'), 10, 'General', 'Yes', 75],
  ['LSA-004', d('2026-01-19'), 8, 'General', 'No', ''], ['LSA-004', d('2026-03-16'), 6, 'General', 'Yes', 45],
  ['LSA-021', d('2025-11-10'), 18, 'Literacy', 'Yes', 60], ['LSA-021', d('2026-01-12'), 8, 'Numeracy', 'Yes', 50],
  ['LSA-021', d('2026-03-02'), 6, 'Literacy', 'Yes', 40], ['LSA-021', d('2026-05-04'), 8, 'Language', 'Yes', 60],
];
const LEARNER_NEEDS: [string, number][] = [['Autism', 12], ['Dyslexia', 20], ['BSL / hearing impairment', 3], ['Visual impairment', 2], ['Mental health', 6], ['ADHD', 5], ['Personal care', 4], ['ESOL', 8]];

/**
 * The sample workbook's bytes; the same on every run.
 * @example writeFileSync('sample-team.xlsx', await buildSample())
 */
export async function buildSample(): Promise<Buffer> {
  random = prng(SEED); // the same ratings however often it is built
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Riverside College Learning Support';
  wb.created = BUILT_AT;
  wb.modified = BUILT_AT;
  addStaffSheet(wb);
  addSheet(wb, 'PDP', PDP, [10, 18, 60, 36, 28, 40, 12, 10]);
  addSheet(wb, 'Units', UNITS, [10, 18, 60, 8, 8, 14]);
  addSheet(wb, 'CPD log', CPD_LOG, [10, 12, 56, 7, 14, 60, 40]);
  addSheet(wb, 'Practice log', PRACTICE_LOG, [10, 12, 7, 12, 10, 20]);
  addSheet(wb, 'Reflective log', REFLECTIVE_LOG, [10, 18, 12, 80, 32]);
  addSheet(wb, 'Observations', OBSERVATIONS, [10, 18, 16, 16, 20, 50, 14]);
  const needs = wb.addWorksheet('Learner needs');
  needs.addTable({ name: 'LearnerNeeds', ref: 'A1', headerRow: true, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns: [{ name: 'Need', filterButton: true }, { name: 'Number of learners', filterButton: true }], rows: LEARNER_NEEDS });
  needs.getColumn(1).width = 28;
  needs.getColumn(2).width = 20;
  addSheet(wb, 'Targets', [['LSA level', 'Standard', 'Criterion', 'Target'], [3, 'A', 'A17', 4]], [10, 10, 10, 8]);
  addSheet(wb, 'Settings', [['Setting', 'Value'], ['Organisation name', 'Riverside College'], ['Audit date', d('2026-09-01')], ['Full-time hours', 37], ['CPD target hours', 15]], [22, 20]);
  addSheet(wb, 'Skills Matrix', [['My own skills grid (kept by hand, not by the add-in)'], ['Name', 'Autism', 'BSL', 'First aid'], ['Sarah Ahmed', '✓', '', '✓'], ['Priya Patel', '✓', '✓', '']], [24, 10, 10, 10]);
  return stableZip(Buffer.from(await wb.xlsx.writeBuffer()), BUILT_AT);
}

if (require.main === module) {
  buildSample()
    .then((bytes) => {
      writeFileSync(SAMPLE_PATH, bytes);
      console.log(`Wrote ${path.relative(process.cwd(), SAMPLE_PATH)} (${bytes.length} bytes)`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
