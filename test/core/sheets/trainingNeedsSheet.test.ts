import type { TrainingNeed } from '../../../src/core/training/trainingNeed';
import { BAD, NEUTRAL } from '../../../src/core/sheets/_palette';
import { trainingNeedsSheet } from '../../../src/core/sheets/trainingNeedsSheet';
import { auditOf, staffAudit } from './_staffAudit';

function need(staffId: string, priority: TrainingNeed['priority']): TrainingNeed {
  return { staffId, name: `Name ${staffId}`, category: 'NOS gap', need: 'A3 gap', criterion: 'A3', priority, suggestedActivity: 'Shadow', hours: 3, barrier: null, learningHours: 6 };
}

describe('trainingNeedsSheet', () => {
  it('lists every need in staff order, High in red and Medium in amber', () => {
    const sheet = trainingNeedsSheet(auditOf([
      staffAudit({ needs: [need('S1', 'High'), need('S1', 'Low')] }),
      staffAudit({ needs: [] }),
      staffAudit({ needs: [need('S3', 'Medium')] }),
    ]));
    expect(sheet.rows).toEqual([
      ['S1', 'Name S1', 'NOS gap', 'A3 gap', 'A3', 'High', 'Shadow', 3, null, 6, null, null],
      ['S1', 'Name S1', 'NOS gap', 'A3 gap', 'A3', 'Low', 'Shadow', 3, null, 6, null, null],
      ['S3', 'Name S3', 'NOS gap', 'A3 gap', 'A3', 'Medium', 'Shadow', 3, null, 6, null, null],
    ]);
    expect([...sheet.styles!]).toEqual([['0:5', BAD], ['2:5', NEUTRAL]]);
  });

  it('shows the plan and the peer support of each need (SPEC 9.2)', () => {
    const planned = { ...need('S1', 'High'), plan: 'This year' as const, peerSupport: 'Charlotte Wood (A3: Advanced)' };
    const sheet = trainingNeedsSheet(auditOf([staffAudit({ needs: [planned, { ...need('S1', 'Low'), plan: 'Later' }] })]));
    expect(sheet.headers.slice(-2)).toEqual(['Plan', 'Peer support']);
    expect(sheet.rows.map((r) => r.slice(-2))).toEqual([['This year', 'Charlotte Wood (A3: Advanced)'], ['Later', null]]);
  });
});
