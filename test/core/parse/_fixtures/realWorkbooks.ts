// Two workbooks shaped like what users export and keep, written without looking at the synonym tables:
// an HR system's export and a manager's hand-kept skills matrix (issue 11: try reading rules on sheets like users').
import type { RawWorkbook } from '../../../../src/core/cells/rawWorkbook';

/** An HR export: a run banner, abbreviated headers, FTE not hours, "Perm"/"FTC"/"Casual", expiry columns, N/A, a count row. */
export const HR_EXPORT: RawWorkbook = {
  sheets: [{
    name: 'Report1', firstRow: 1, firstColumn: 1,
    merges: ['A1:F1'],
    rows: [
      ['HR Extract - Learning Support Staff - run 28/08/2026 09:14 by jsmith', null, null, null, null, null],
      [null],
      ['Payroll No.', 'Surname', 'Forename(s)', 'Job Title', 'Grade', 'Dept', 'Contract Type', 'FTE', 'Start Date', 'End Date',
        'Date of Last Appraisal', 'Line Mgr', 'Cost Centre', 'Safeguarding L2 Completed', 'Safeguarding Expiry', 'First Aid at Work Expiry',
        'Prevent (e-learning)', 'Equality & Diversity', 'Induction Completed (Y/N)', 'Quals held', 'Hrs/wk'],
      ['100234', 'Ahmed', 'Sarah', 'Senior Learning Support Assistant', 'LSA 4', 'Learning Support', 'Perm FT', 1, '03/09/2012', null,
        '12/03/2026', 'J Smith', 'LS100', '20/02/2025', '20/02/2027', '15/06/2027', 'Yes', '11/11/2024', 'Y', 'Level 3 Certificate in Learning Support; PTLLS', null],
      ['100587', "O'Connor", 'James', 'Learning Support Assistant', 'LSA 3', 'Learning Support', 'Perm PT', '81%', '11/01/2016', 'N/A',
        '04/11/2025', 'J Smith', 'LS100', '15/01/2024', '15/01/2026', 'N/A', 'No', null, 'Y', 'NVQ 3 Supporting Teaching and Learning (in progress)', null],
      ['100912', 'Patel', 'Priya', 'Learning Support Assistant (Deaf)', 'Level 3', 'Learning Support', 'FTC', 0.6, '03/04/2019', '31/07/2027',
        '15/01/2025', 'J Smith', 'LS101', 'Yes', null, '01/08/2026', '03/03/2025', '03/03/2025', 'Y', 'BSL Level 3', null],
      ['101003', 'Williams', 'Tom', 'LSA', 'LSA2', 'Learning Support', 'Casual', null, '04/09/2023', '31/07/2026',
        '20/10/2025', 'J Smith', 'LS101', null, null, null, null, null, 'N', 'None', 12],
      ['101077', 'Clarke', 'Hannah', 'LSA', 'Grade 2', 'Learning Support', 'Zero Hrs', null, '08/01/2024', null,
        null, 'J Smith', 'LS101', '-', '-', '-', '-', '-', 'N', '-', 10],
      [null],
      ['Count: 5', null, null, null, null, null, null, 3.41],
    ],
  }],
};

/** A manager's skills matrix: merged titles, the criteria titles in the headers, ratings as people write them, a key and average rows. */
export const SKILLS_MATRIX: RawWorkbook = {
  sheets: [{
    name: 'Team skills 2026', firstRow: 1, firstColumn: 1,
    merges: ['A1:J1', 'A2:J2', 'E3:J3'],
    rows: [
      ['Learning Support - NOS Skills Matrix', null, null, null, null, null, null, null, null, null],
      ['Self-assessed Sept 2026, agreed at 1:1s', null, null, null, null, null, null, null, null, null],
      [null, null, null, null, 'Standard A: supporting learners', null, null, null, null, null],
      ['Name', 'Role', 'LSA Level', 'Specialism(s)', 'A1 - High quality learning support', 'A2: engaging learners', 'A3 Develop relationships',
        'NOS A4 Communicate effectively (self)', 'A4 (mgr)', 'Comments'],
      ['Sarah Ahmed', 'Senior LSA', 'L4', 'Autism/ADHD', '4 - Advanced', 'Adv', 'Competent (3)', 4, 3, 'Mentor for new starters'],
      ['James O\'Connor', 'LSA', 'L3', 'n/a', '3 - Competent', 'Comp', 'comp', '3', '3', ''],
      ['Priya Patel', 'LSA', 'L3', 'BSL, Deaf', '3 Competent', 'Dev', 'NY', 'Developing', '2', 'Observed 10/06'],
      ['Tom Williams', 'LSA', 'L2', 'None', '2 - Developing', 'Awa', '?', '-', null, 'New this year'],
      ['Hannah Clarke', 'LSA', '2', '-', '3 - Developing', 'Dev', 'Dev', 'Dev', null, ''],
      [null],
      ['Average', null, null, null, 3.2, 2.6, 2.2, 3, 2.7, null],
      ['Key: 0 = Not yet, 1 = Aware, 2 = Developing, 3 = Competent, 4 = Advanced'],
    ],
  }],
};
