/**
 * Percentage of `numerator` over `denominator`, rounded half-up to `precision` decimals,
 * returned as an integer count of 10^-precision percent (38,9% at precision 1 → 389).
 *
 * Integer arithmetic on purpose: `Math.round(x * 10) / 10` on floats turns 0.35 into 0.3,
 * exactly the kind of error the seeds carry from Excel.
 */
export function scaledPercentHalfUp(numerator: number, denominator: number, precision: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new RangeError('scaledPercentHalfUp needs whole numbers and a positive denominator');
  }
  if (!Number.isInteger(precision) || precision < 0 || precision > 6) {
    throw new RangeError('precision must be a whole number from 0 to 6');
  }
  const scaledNumerator = numerator * 100 * 10 ** precision;
  // floor((2a + d) / 2d) is round-half-up of a/d; exact for integers below 2^53.
  return Math.floor((2 * scaledNumerator + denominator) / (2 * denominator));
}

/** Rounds a number half-up (away from zero for halves) to `precision` decimals. */
export function roundHalfUp(value: number, precision: number): number {
  const factor = 10 ** precision;
  // toPrecision strips binary noise (1.005 * 100 = 100.49999…) before rounding.
  const shifted = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.floor(shifted + 0.5)) / factor;
}
