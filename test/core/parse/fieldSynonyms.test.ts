import { FIELD_SYNONYMS } from '../../../src/core/parse/fieldSynonyms';
import { normaliseHeader } from '../../../src/core/parse/normaliseHeader';

describe('FIELD_SYNONYMS', () => {
  test('no header names two fields', () => {
    const seen = new Map<string, string>();
    for (const [field, synonyms] of Object.entries(FIELD_SYNONYMS)) {
      for (const s of synonyms) {
        const key = normaliseHeader(s);
        expect([key, seen.get(key) ?? field]).toEqual([key, field]);
        seen.set(key, field);
      }
    }
  });
  test('holds the SPEC 2.1 synonyms', () => {
    expect(FIELD_SYNONYMS.staffId).toEqual(expect.arrayContaining(['Staff ID', 'ID', 'Employee ID', 'Employee number', 'Payroll number', 'Staff number']));
    expect(FIELD_SYNONYMS['compliance:equalityAndDiversity']).toContain('Equality and diversity');
    expect(FIELD_SYNONYMS.peerNetwork).toEqual(expect.arrayContaining(['Peer network', 'Network']));
  });
});
