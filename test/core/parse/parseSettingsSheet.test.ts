import { defaultSettings } from '../../../src/core/settings';
import { applySettings, parseSettingsSheet } from '../../../src/core/parse/parseSettingsSheet';

describe('Settings sheet', () => {
  const sheet = {
    name: 'Settings',
    firstRow: 1,
    firstColumn: 1,
    rows: [
      ['Setting', 'Value'],
      ['Organisation name', 'Northtown College'],
      ['Audit date', '31/01/2025'],
      ['Full-time hours', '36'],
      ['CPD target hours', 500000],
      [null, 'Safeguarding renewal (years)', 3],
      ['First aid refresher years', 2],
      ['Colour', 'blue'],
    ],
  };

  test('reads labels and values; out-of-range numbers are reported', () => {
    const read = parseSettingsSheet(sheet);
    expect(read.overrides).toEqual({ organisation: 'Northtown College', auditDate: '2025-01-31', fullTimeHours: 36, renewalYears: { safeguarding: 3, firstAid: 2 } });
    expect(read.issues.map((i) => [i.row, i.code])).toEqual([[5, 'unreadable-number']]);
  });

  test('applies overrides; an explicit audit date wins', () => {
    const { overrides } = parseSettingsSheet(sheet);
    const applied = applySettings(defaultSettings('2025-03-31'), overrides, false);
    expect(applied).toMatchObject({ auditDate: '2025-01-31', fullTimeHours: 36, cpdTargetHours: 15 });
    expect(applied.renewalYears).toEqual({ safeguarding: 3, healthAndSafety: 3, firstAid: 2, prevent: 3, equalityAndDiversity: 3 });
    expect(applySettings(defaultSettings('2025-03-31'), overrides, true).auditDate).toBe('2025-03-31');
  });

  test('reads "Development hours a year" (SPEC 9.2); default 30', () => {
    const read = parseSettingsSheet({ name: 'Settings', firstRow: 1, firstColumn: 1, rows: [['Development hours a year', 24]] });
    expect(read.overrides).toEqual({ developmentHoursAYear: 24 });
    expect(applySettings(defaultSettings('2026-09-01'), read.overrides, false).developmentHoursAYear).toBe(24);
    expect(applySettings(defaultSettings('2026-09-01'), {}, false).developmentHoursAYear).toBe(30);
  });
});
