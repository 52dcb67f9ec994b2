import { describe, expect, it } from 'vitest';
import { ShnroArgumentError } from '../errors/argument-error.js';
import { computeShare, formatDecimal, roundHalfUp, scaledPercentHalfUp } from './index.js';

describe('computeShare', () => {
  it('gives seed 001 its 38,9% for 7 schools of 18', () => {
    expect(computeShare(7, 18)).toEqual({
      numerator: 7,
      denominator: 18,
      percent: 38.9,
      precision: 1,
      display: '38,9%',
    });
  });

  it('rounds half-up where the seeds truncate or round down (2 of 18 is 11,1%, 4 of 18 is 22,2%)', () => {
    expect(computeShare(2, 18).display).toBe('11,1%');
    expect(computeShare(4, 18).display).toBe('22,2%');
    expect(computeShare(5, 7).display).toBe('71,4%');
  });

  it('rounds an exact half up, not to even', () => {
    // 1 of 8 = 12,5%; 1 of 16 = 6,25% → 6,3% at precision 1.
    expect(computeShare(1, 8, { precision: 0 }).display).toBe('13%');
    expect(computeShare(1, 16).display).toBe('6,3%');
    expect(computeShare(7, 400, { precision: 1 }).display).toBe('1,8%');
  });

  it('prints whole percentages the way the seeds do and keeps zeros on request', () => {
    expect(computeShare(7, 7).display).toBe('100%');
    expect(computeShare(0, 7).display).toBe('0%');
    expect(computeShare(1, 2, { keepTrailingZeros: true }).display).toBe('50,0%');
    expect(computeShare(13, 18, { precision: 2 }).display).toBe('72,22%');
  });

  it('uses a decimal point in English', () => {
    expect(computeShare(7, 18, { locale: 'en' }).display).toBe('38.9%');
  });

  it('gives no percentage and a reason for an empty population, never NaN', () => {
    const share = computeShare(0, 0);
    expect(share.percent).toBeNull();
    expect(share.display).toBeNull();
    expect(share.reason).toBe('empty-population');
  });

  it('refuses fractional, negative and over-population counts', () => {
    // Was RangeError with an English message; now the core's one documented error class.
    expect(() => computeShare(1.5, 10)).toThrow(ShnroArgumentError);
    expect(() => computeShare(-1, 10)).toThrow(ShnroArgumentError);
    expect(() => computeShare(11, 10)).toThrow(ShnroArgumentError);
  });

  it('names the argument in Russian, with English, a code and the argument path', () => {
    const error = catchError(() => computeShare(11, 10));
    expect(error).toMatchObject({
      name: 'ShnroArgumentError',
      functionName: 'computeShare',
      argument: 'numerator',
      code: 'numerator-above-denominator',
    });
    expect(error.message).toContain('числитель (11) больше знаменателя (10)');
    expect(error.messageIn('en')).toContain('the numerator (11) is above the denominator (10)');
  });

  it('never displays «Na,N%»: huge counts are exact up to 2^53 and refused beyond it', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(computeShare(max - 1, max).display).toBe('100%');
    expect(computeShare(Math.floor(max / 3), max, { precision: 6 }).display).toBe('33,333333%');
    expect(computeShare(1e15, 3e15, { precision: 6 }).display).toBe('33,333333%');
    expect(catchError(() => computeShare(1e300, 1e301)).argument).toBe('numerator');
    expect(catchError(() => computeShare(1, Infinity)).argument).toBe('denominator');
    expect(catchError(() => computeShare(NaN, 1)).code).toBe('not-whole-count');
    expect(catchError(() => computeShare(1, 2, { precision: 7 })).argument).toBe('precision');
  });
});

function catchError(action: () => unknown): ShnroArgumentError {
  try {
    action();
  } catch (error) {
    if (error instanceof ShnroArgumentError) return error;
    throw error;
  }
  throw new Error('expected ShnroArgumentError');
}

describe('rounding helpers', () => {
  it('scaledPercentHalfUp stays exact for country-sized populations', () => {
    expect(scaledPercentHalfUp(169, 202, 1)).toBe(837);
    // 200 001 of 600 000 is exactly 33,3335%: the half goes up.
    expect(scaledPercentHalfUp(200_001, 600_000, 3)).toBe(33_334);
  });

  it('roundHalfUp and formatDecimal do not fall for binary noise', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-2.45, 1)).toBe(-2.5);
    expect(formatDecimal(2.35, 1)).toBe('2,4');
    expect(formatDecimal(-2.4, 1)).toBe('-2,4');
  });
});
