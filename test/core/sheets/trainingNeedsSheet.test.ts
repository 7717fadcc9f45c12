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
      ['S1', 'Name S1', 'NOS gap', 'A3 gap', 'A3', 'High', 'Shadow', 3, null, 6],
      ['S1', 'Name S1', 'NOS gap', 'A3 gap', 'A3', 'Low', 'Shadow', 3, null, 6],
      ['S3', 'Name S3', 'NOS gap', 'A3 gap', 'A3', 'Medium', 'Shadow', 3, null, 6],
    ]);
    expect([...sheet.styles!]).toEqual([['0:5', BAD], ['2:5', NEUTRAL]]);
  });
});
