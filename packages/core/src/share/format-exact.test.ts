import { describe, expect, it } from 'vitest';
import { decimalsOf, formatDecimalsAlike, formatExactDecimal } from './format-exact.js';

describe('exact decimals', () => {
  it('writes a typed number back with all its decimals and a decimal comma', () => {
    expect(formatExactDecimal(12.5)).toBe('12,5');
    expect(formatExactDecimal(5)).toBe('5');
    expect(formatExactDecimal(0.125, 'en')).toBe('0.125');
    expect(formatExactDecimal(-3.75)).toBe('-3,75');
    expect(formatExactDecimal(1e-7)).toBe('0,0000001');
    expect(decimalsOf(Number.NaN)).toBe(0);
    expect(decimalsOf(0.1 + 0.2)).toBe(15);
  });

  it('gives numbers shown together one number of decimals', () => {
    expect(formatDecimalsAlike([0, 2.5, 5])).toEqual(['0,0', '2,5', '5,0']);
    expect(formatDecimalsAlike([10, 20, 30], 'en')).toEqual(['10', '20', '30']);
    expect(formatDecimalsAlike([])).toEqual([]);
  });
});
