import { isoFromSerial, serialFromIso } from '../../../src/core/cells/excelSerial';

describe('excelSerial: the one converter between Excel serials and dates', () => {
  it('reads serials as Excel shows them, with its phantom 29/02/1900', () => {
    expect(isoFromSerial(1)).toBe('1900-01-01');
    expect(isoFromSerial(59)).toBe('1900-02-28');
    expect(isoFromSerial(60)).toBeNull();
    expect(isoFromSerial(61)).toBe('1900-03-01');
    expect(isoFromSerial(46266)).toBe('2026-09-01');
    expect(isoFromSerial(46266.75)).toBe('2026-09-01');
    expect(isoFromSerial(0)).toBeNull();
    expect(isoFromSerial(Number.NaN)).toBeNull();
  });

  it('writes serials back, round-tripping every day but the phantom', () => {
    expect(serialFromIso('1900-01-01')).toBe(1);
    expect(serialFromIso('1900-02-28')).toBe(59);
    expect(serialFromIso('1900-03-01')).toBe(61);
    expect(serialFromIso('2026-09-01')).toBe(46266);
    expect(serialFromIso('1899-12-31')).toBeNull();
    expect(serialFromIso('2026-02-30')).toBeNull();
    for (let s = 1; s < 3000; s += 1) if (s !== 60) expect(serialFromIso(isoFromSerial(s) as string)).toBe(s);
  });
});
