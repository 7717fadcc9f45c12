import { ratingField, readMappedField } from '../../../src/core/parse/mappedField';

describe('mapped fields', () => {
  test('rating fields round-trip', () => {
    expect(readMappedField(ratingField('A1', 'self'))).toEqual({ kind: 'rating', code: 'A1', source: 'self' });
    expect(readMappedField(ratingField('C7', 'manager'))).toEqual({ kind: 'rating', code: 'C7', source: 'manager' });
  });
  test('staff fields and unknown names', () => {
    expect(readMappedField('compliance:prevent')).toEqual({ kind: 'field', field: 'compliance:prevent' });
    expect(readMappedField('shoeSize')).toBeNull();
    expect(readMappedField('rating:A18')).toBeNull();
    expect(readMappedField('rating:A1:boss')).toBeNull();
  });
});
