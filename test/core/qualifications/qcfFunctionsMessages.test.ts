import { qcfCreditsFn, certStatusFn } from '../../../src/core/qualifications/qcfFunctions';

// Users never see "seed": a custom function's #VALUE! message names the document by its title (SPEC 4.1).
describe('custom function messages name documents by title', () => {
  test('an unknown unit title in QCFCREDITS and CERTSTATUS', () => {
    for (const result of [qcfCreditsFn([['Basket weaving for beginners']]), certStatusFn([['Basket weaving for beginners']])]) {
      expect(result).toMatchObject({ error: 'value' });
      const message = 'message' in result ? result.message : '';
      expect(message).toContain('LLUK, Learning Support Practitioner qualifications');
      expect(message).not.toMatch(/seed/i);
    }
  });
});
