import { parseYesNo } from '../../../src/core/parse/parseYesNo';

describe('parseYesNo', () => {
  test.each([['Yes', true], ['y', true], [true, true], [1, true], ['Yes - LSA forum', true], ['No', false], ['N', false], [false, false], [0, false], ['No (unpaid)', false]])(
    '%p is %p',
    (cell, value) => expect(parseYesNo(cell)).toEqual({ kind: 'value', value }),
  );
  test('blank and other text', () => {
    expect(parseYesNo(null)).toEqual({ kind: 'blank' });
    expect(parseYesNo('n/a')).toEqual({ kind: 'blank' });
    expect(parseYesNo('sometimes')).toEqual({ kind: 'invalid' });
    expect(parseYesNo(2)).toEqual({ kind: 'invalid' });
    expect(parseYesNo({ error: '#N/A' })).toEqual({ kind: 'invalid' });
  });
});
