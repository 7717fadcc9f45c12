import type { StaffMember } from '../../../src/core/staffMember';
import { staffIndex } from '../../../src/core/parse/_lib/staffIndex';

const member = (id: string, row: number) => ({ id, name: `N${row}`, row }) as StaffMember;

// The index built the plain way: lower-case IDs first (first row wins), then each ID as written maps to what its lower case finds.
function plainIndex(staff: StaffMember[]) {
  const byId = new Map<string, StaffMember>();
  for (const s of staff) if (!byId.has(s.id.toLowerCase())) byId.set(s.id.toLowerCase(), s);
  return { byId, id: (text: string) => byId.get(text.toLowerCase()) };
}

describe('staffIndex built in one pass', () => {
  test('agrees with the plain index on duplicate IDs in mixed case', () => {
    const ids = ['s1', 'S1', 'S2', 's1', 'S3', 's3', 'S2', 'x', 'X', 'S1'];
    const staff = ids.map((id, i) => member(id, i + 1));
    const index = staffIndex(staff);
    const plain = plainIndex(staff);
    expect([...index.byId]).toEqual([...plain.byId]);
    for (const text of [...ids, 'S4', 'Unknown']) expect(index.id(text)).toBe(plain.id(text));
    expect(index.id('S1')?.row).toBe(1);
  });
});
