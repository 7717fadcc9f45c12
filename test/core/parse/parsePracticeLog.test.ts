import type { RawWorkbook } from '../../../src/core/cells/rawWorkbook';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { practiceStatus } from '../../../src/core/qualifications/practiceStatus';
import { qualificationsSheet } from '../../../src/core/sheets/qualificationsSheet';
import { runAudit } from '../../../src/core/runAudit';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';

const AUDIT = '2026-09-01';
const staff = { name: 'Team', firstRow: 1, firstColumn: 1, rows: [['Staff ID', 'Name', 'Level'], ['S1', 'Ann Lee', 2], ['S2', 'Bob Khan', 3]] };

function workbook(practice: unknown[][] | null): RawWorkbook {
  return { sheets: [staff, ...(practice ? [{ name: 'Practice log', firstRow: 1, firstColumn: 1, rows: practice as never }] : [])] };
}

describe('Practice log (SPEC 3.5 v2)', () => {
  const log = [
    ['Staff', 'Date', 'Hours', 'Subject', 'Observed', 'Observation minutes'],
    ['S1', '02/02/2026', 12, 'General', 'Yes', 60],
    ['S1', '09/03/2026', 10, 'General', 'Yes', 60],
    ['S1', '11/05/2026', 10, 'General', 'Yes', 75],
    ['S2', '12/01/2026', 'lots', 'Numeracy', null, 30],
    ['S2', '13/01/2026', 4, 'Literacy', 'Yes', null],
  ];

  it('reads each session, joined to staff; minutes alone mean observed; unreadable hours count 0 and are reported', () => {
    const input = parseWorkbook(workbook(log), { auditDate: AUDIT, auditDateExplicit: true });
    expect(input.practice).toEqual([
      { staffId: 'S1', date: '2026-02-02', hours: 12, subject: 'General', observed: true, minutes: 60 },
      { staffId: 'S1', date: '2026-03-09', hours: 10, subject: 'General', observed: true, minutes: 60 },
      { staffId: 'S1', date: '2026-05-11', hours: 10, subject: 'General', observed: true, minutes: 75 },
      { staffId: 'S2', date: '2026-01-12', hours: 0, subject: 'Numeracy', observed: true, minutes: 30 },
      { staffId: 'S2', date: '2026-01-13', hours: 4, subject: 'Literacy', observed: true, minutes: 0 },
    ]);
    expect(input.issues.filter((i) => i.sheet === 'Practice log').map((i) => [i.row, i.code])).toEqual([
      [5, 'unreadable-number'],
      [6, 'no-minutes'],
    ]);
  });

  it('puts a Practice column on Qualifications only when there is a Practice log, worked against the rules', () => {
    const audit = runAudit(parseWorkbook(workbook(log), { auditDate: AUDIT, auditDateExplicit: true }), NOS_CATALOGUE);
    const sheet = qualificationsSheet(audit);
    expect(sheet.headers[sheet.headers.length - 1]).toBe('Practice');
    // S1: 32 hours, 3 observations of 195 minutes: generic rules met. S2: 4 hours, 2 observations of 30 minutes (0.5 hours).
    expect(sheet.rows.map((r) => r[r.length - 1])).toEqual([
      'Met',
      '4 hours of practice; at least 30 are needed; 2 observations; at least 3 are needed; 0.5 hours observed in all; at least 3 hours are needed',
    ]);
    const without = qualificationsSheet(runAudit(parseWorkbook(workbook(null), { auditDate: AUDIT, auditDateExplicit: true }), NOS_CATALOGUE));
    expect(without.headers).not.toContain('Practice');
  });

  it('counts literacy/language and numeracy hours for the LLN rules', () => {
    const e = (hours: number, subject: string, minutes: number) => ({ staffId: 'S1', date: null, hours, subject, observed: minutes > 0, minutes });
    // 18 literacy + 8 numeracy + 6 literacy + 8 language = 40 hours, literacy/language 32, numeracy 8; 210 minutes observed
    expect(practiceStatus([e(18, 'Literacy', 60), e(8, 'Numeracy', 50), e(6, 'Literacy', 40), e(8, 'ESOL', 60)], 'lln'))
      .toBe('8 hours in numeracy; at least 10 are needed; 3.5 hours observed in all; at least 4 hours are needed; 1 observation is shorter than 45 minutes');
    expect(practiceStatus([], 'generic')).toBeNull();
  });
});
