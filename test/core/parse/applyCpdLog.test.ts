import type { CpdEntry } from '../../../src/core/auditInput';
import type { StaffMember } from '../../../src/core/staffMember';
import { applyCpdLog } from '../../../src/core/parse/applyCpdLog';

// A blank CPD hours cell (null): with both recorded the larger is used (SPEC 9.1), tested in test/core/oneTruth.test.ts.
const member = (id: string) => ({ id, cpdHours: null, jointTraining: null, peerNetwork: null, compliance: {} }) as unknown as StaffMember;
const entry = (staffId: string, date: string | null, hours: number, type: CpdEntry['type']): CpdEntry => ({ staffId, date, activity: '', hours, type });

describe('applyCpdLog', () => {
  test('sums hours in the last 12 months, finds the latest joint training and any network activity', () => {
    const [a, b] = applyCpdLog(
      [member('S1'), member('S2')],
      [
        entry('S1', '2024-03-31', 2, 'training'), // the first day of the window (audit 2025-03-31)
        entry('S1', '2024-03-30', 4, 'training'), // the day before: outside
        entry('S1', '2025-04-01', 8, 'training'), // after the audit date: outside
        entry('S1', null, 1, 'training'), // no date: not counted
        entry('S1', '2023-05-01', 1.5, 'joint training'),
        entry('S1', '2024-05-01', 1.5, 'joint training'),
        entry('S1', '2025-01-01', 1, 'network'),
      ],
      '2025-03-31',
    );
    expect(a).toMatchObject({ cpdHours: 4.5, jointTraining: { date: '2024-05-01' }, peerNetwork: true });
    expect(b).toMatchObject({ cpdHours: 0, jointTraining: null, peerNetwork: false });
  });
  test('the window starting on 29 February starts on 28 February a year before', () => {
    const [a] = applyCpdLog([member('S1')], [entry('S1', '2023-02-28', 3, 'training')], '2024-02-29');
    expect(a.cpdHours).toBe(3);
  });
});
