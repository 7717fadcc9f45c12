import type { PdpObjective } from '../../../src/core/auditInput';
import { BAD, GOOD } from '../../../src/core/sheets/_palette';
import { pdpCheckSheet } from '../../../src/core/sheets/pdpCheckSheet';
import type { SmartResult } from '../../../src/core/development/smart/smartResult';
import { makeMember } from '../_fixtures/auditFixtures';
import { auditOf, staffAudit } from './_staffAudit';

const objective = (text: string) => ({ objective: text }) as PdpObjective;
const result: SmartResult = {
  verdicts: {
    specific: { met: true, reason: 'Names an action' },
    measurable: { met: false, reason: 'No measure' },
    achievable: { met: true, reason: 'Realistic' },
    relevant: { met: true, reason: 'Linked to NOS A3' },
    timeBound: { met: false, reason: 'No date or timeframe' },
  },
  score: 3,
  advice: 'Say how success will be seen',
};

describe('pdpCheckSheet', () => {
  it('writes one row per objective with each verdict and its reason, met in green and unmet in red', () => {
    const sheet = pdpCheckSheet(auditOf([
      staffAudit({ member: makeMember({ id: 'S1', name: 'Ann' }), pdp: [{ objective: objective('Shadow a teacher'), result, plan: { complete: 'Yes', addresses: [], addressesGap: null } }] }),
      staffAudit({ pdp: [] }),
      staffAudit({ member: makeMember({ id: 'S3', name: 'Cy' }), pdp: [{ objective: objective('Learn BSL'), result, plan: { complete: 'Missing: resources', addresses: [], addressesGap: false } }] }),
    ]));
    const verdicts = ['Yes: Names an action', 'No: No measure', 'Yes: Realistic', 'Yes: Linked to NOS A3', 'No: No date or timeframe'];
    expect(sheet.rows).toEqual([
      ['S1', 'Ann', 'Shadow a teacher', ...verdicts, 3, 'Say how success will be seen', 'Yes', null],
      ['S3', 'Cy', 'Learn BSL', ...verdicts, 3, 'Say how success will be seen', 'Missing: resources', 'No'],
    ]);
    const colours = [GOOD, BAD, GOOD, GOOD, BAD];
    expect([...sheet.styles!]).toEqual([...[0, 1].flatMap((r) => colours.map((style, i) => [`${r}:${3 + i}`, style])), ['1:11', BAD]]);
  });
});
