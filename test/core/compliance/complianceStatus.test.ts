import { complianceStatus, complianceSummary } from '../../../src/core/compliance/complianceStatus';
import { defaultSettings } from '../../../src/core/settings';
import { makeMember } from '../_fixtures/auditFixtures';

const settings = defaultSettings('2025-03-31');

function statusOf(course: 'safeguarding' | 'firstAid', date: string | null) {
  const member = makeMember({ compliance: { [course]: { date } } });
  return complianceStatus(member, settings).courses.find((c) => c.course === course)!;
}

describe('complianceStatus', () => {
  it('is Current when safeguarding was done less than 2 years ago and more than 60 days from expiry', () => {
    // 2023-06-01 + 2 years = 2025-06-01, which is 62 days after 2025-03-31.
    const c = statusOf('safeguarding', '2023-06-01');
    expect(c).toMatchObject({ status: 'Current', expires: '2025-06-01', flag: null });
  });

  it('is Due when safeguarding expires within 60 days of the audit date', () => {
    // 2023-05-30 + 2 years = 2025-05-30, exactly 60 days after 2025-03-31.
    expect(statusOf('safeguarding', '2023-05-30').status).toBe('Due');
    expect(statusOf('safeguarding', '2023-04-01').status).toBe('Due'); // expires tomorrow
  });

  it('is Expired on and after the expiry date', () => {
    expect(statusOf('safeguarding', '2023-03-31').status).toBe('Expired'); // expires on the audit date
    expect(statusOf('safeguarding', '2022-01-10').status).toBe('Expired');
  });

  it('uses 3 years for first aid', () => {
    expect(statusOf('firstAid', '2022-06-01').status).toBe('Current'); // expires 2025-06-01
    expect(statusOf('firstAid', '2022-03-31').status).toBe('Expired');
  });

  it('honours a renewal period set in Settings', () => {
    const s = { ...settings, renewalYears: { ...settings.renewalYears, firstAid: 1 } };
    const member = makeMember({ compliance: { firstAid: { date: '2024-01-15' } } });
    expect(complianceStatus(member, s).courses.find((c) => c.course === 'firstAid')!.status).toBe('Expired');
  });

  it('gives a dateless Yes the status No date: it cannot be shown to be current (SPEC 3.9 v2)', () => {
    expect(statusOf('safeguarding', null)).toMatchObject({ status: 'No date', flag: 'no date recorded' });
  });

  it('reports Missing when there is no record, and leaves out courses not tracked', () => {
    const result = complianceStatus(makeMember(), settings, ['safeguarding', 'prevent']);
    expect(result.courses.map((c) => [c.course, c.status])).toEqual([['safeguarding', 'Missing'], ['prevent', 'Missing']]);
  });

  it('summarises only the courses that need attention', () => {
    const member = makeMember({
      compliance: { safeguarding: { date: '2022-01-10' }, firstAid: { date: null }, prevent: { date: '2024-01-01' } },
    });
    const result = complianceStatus(member, settings, ['safeguarding', 'firstAid', 'prevent']);
    expect(complianceSummary(result)).toBe('Safeguarding: Expired; First aid: No date');
    expect(complianceSummary(complianceStatus(makeMember({ compliance: { prevent: { date: '2024-01-01' } } }), settings, ['prevent'])))
      .toBe('All current');
  });

  it('people with the same course and date share one status, and a changed renewal period is never answered from it', () => {
    const a = makeMember({ compliance: { firstAid: { date: '2023-03-01' } } });
    const b = makeMember({ compliance: { firstAid: { date: '2023-03-01' } } });
    const settings = defaultSettings('2025-03-31');
    const first = complianceStatus(a, settings, ['firstAid']).courses[0];
    expect(complianceStatus(b, settings, ['firstAid']).courses[0]).toBe(first);
    const longer = { ...settings, renewalYears: { ...settings.renewalYears, firstAid: 5 } };
    const again = complianceStatus(b, longer, ['firstAid']).courses[0];
    expect([first.expires, again.expires]).toEqual([`${2023 + settings.renewalYears.firstAid}-03-01`, '2028-03-01']);
  });
});
