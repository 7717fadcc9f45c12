import { paneAuditDate, paneSettings, withPaneSettings } from '../../../src/core/choices/paneSettings';
import { defaultSettings } from '../../../src/core/settings';

describe('the settings the pane saves in the workbook', () => {
  const base = { ...defaultSettings('2026-09-01'), organisation: 'From the Settings sheet' };

  it('override the Settings sheet\'s organisation, full-time hours and CPD target', () => {
    const pane = paneSettings({ organisation: '  Pane College ', fullTimeHours: '36', cpdTargetHours: '20' });
    expect(withPaneSettings(base, pane)).toMatchObject({ organisation: 'Pane College', fullTimeHours: 36, cpdTargetHours: 20, auditDate: '2026-09-01' });
  });

  it('leave them as they were when blank, not a number, or not positive', () => {
    const pane = paneSettings({ organisation: ' ', fullTimeHours: 'thirty', cpdTargetHours: '0' });
    expect(withPaneSettings(base, pane)).toEqual(base);
  });

  it('give an audit date only when it is a real date', () => {
    expect(paneAuditDate(paneSettings({ auditDate: '2026-07-31' }))).toBe('2026-07-31');
    expect(paneAuditDate(paneSettings({ auditDate: '' }))).toBeNull();
    expect(paneAuditDate(paneSettings({ auditDate: '31/07/2026' }))).toBeNull();
  });
});
