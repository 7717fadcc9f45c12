import { successionView } from '../../../src/core/workforce/successionView';
import { makeMember } from '../_fixtures/auditFixtures';

describe('successionView (SPEC 9.2)', () => {
  it('counts who wants each pathway against the senior posts, who is ready, and the planned leavers in senior posts', () => {
    const staff = [
      makeMember({ id: 'S1', name: 'Ann', level: 4, aspiration: 'stay', leavingDate: '2027-07-31' }),
      makeMember({ id: 'S2', name: 'Ben', level: 2, jobTitle: 'Senior LSA', aspiration: 'senior' }),
      makeMember({ id: 'S3', name: 'Cy', level: 3, aspiration: 'senior' }),
      makeMember({ id: 'S4', name: 'Di', level: 2, aspiration: 'teaching' }),
    ];
    const rows = successionView(staff, [null, true, true, false], '2026-09-01');
    expect(rows.map((r) => [r.measure, r.count])).toEqual([
      ['Want: Senior or advanced LSA', 2],
      ['Want: Teaching', 1],
      ['Want: Stay in the current role', 1],
      ['Senior posts (LSA level 4 or senior in the job title)', 2],
      ['Ready for the next LSA level', 2],
      ['Planned leavers in senior posts: Ann (31/07/2027)', 1],
    ]);
  });
});
