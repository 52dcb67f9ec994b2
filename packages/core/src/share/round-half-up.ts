import { refuseArgument, showArgument } from '../errors/argument-error.js';

/**
 * Percentage of `numerator` over `denominator`, rounded half-up to `precision` decimals,
 * returned as an integer count of 10^-precision percent (38,9% at precision 1 → 389).
 *
 * Integer arithmetic on purpose: `Math.round(x * 10) / 10` on floats turns 0.35 into 0.3,
 * exactly the kind of error the seeds carry from Excel. Counts are whole numbers up to
 * `Number.MAX_SAFE_INTEGER`; when the scaled numerator leaves that range, BigInt keeps it exact.
 */
export function scaledPercentHalfUp(numerator: number, denominator: number, precision: number): number {
  const name = 'scaledPercentHalfUp';
  checkCount(name, 'numerator', numerator);
  checkCount(name, 'denominator', denominator);
  if (denominator === 0) {
    refuseArgument(name, 'denominator', 'empty-population', {
      ru: `${name}: знаменатель (численность совокупности) равен 0, процент не определён.`,
      en: `${name}: the denominator (the population) is 0, so there is no percentage.`,
    });
  }
  checkPrecision(name, precision);
  return scaledHalfUp(numerator, denominator, precision);
}

/**
 * `scaledPercentHalfUp` for arguments known good (whole counts, a positive denominator, a
 * precision of 0–6): the calculator's tables, whose counts it made itself, skip the checks and
 * their sentences.
 */
export function scaledHalfUp(numerator: number, denominator: number, precision: number): number {
  const scaledNumerator = numerator * 100 * 10 ** precision;
  // floor((2a + d) / 2d) is round-half-up of a/d; exact for integers below 2^53.
  if (2 * scaledNumerator + denominator <= Number.MAX_SAFE_INTEGER) {
    return Math.floor((2 * scaledNumerator + denominator) / (2 * denominator));
  }
  const a = BigInt(numerator) * 100n * 10n ** BigInt(precision);
  const d = BigInt(denominator);
  return Number((2n * a + d) / (2n * d));
}

/** Throws `ShnroArgumentError` unless `value` is a whole count from 0 to `Number.MAX_SAFE_INTEGER`. */
export function checkCount(functionName: string, argument: string, value: unknown): asserts value is number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return;
  refuseArgument(functionName, argument, 'not-whole-count', {
    ru: `${functionName}: «${argument}» должно быть целым неотрицательным числом не больше 9 007 199 254 740 991, а указано ${showArgument(value)}.`,
    en: `${functionName}: "${argument}" must be a whole non-negative number up to 9,007,199,254,740,991; got ${showArgument(value)}.`,
  });
}

/** Throws `ShnroArgumentError` unless `precision` is a whole number from 0 to 6. */
export function checkPrecision(functionName: string, precision: unknown): asserts precision is number {
  if (typeof precision === 'number' && Number.isInteger(precision) && precision >= 0 && precision <= 6)
    return;
  refuseArgument(functionName, 'precision', 'invalid-precision', {
    ru: `${functionName}: «precision» (знаков после запятой) должно быть целым числом от 0 до 6, а указано ${showArgument(precision)}.`,
    en: `${functionName}: "precision" (decimals) must be a whole number from 0 to 6; got ${showArgument(precision)}.`,
  });
}

/** Rounds a number half-up (away from zero for halves) to `precision` decimals. */
export function roundHalfUp(value: number, precision: number): number {
  const factor = 10 ** precision;
  // toPrecision strips binary noise (1.005 * 100 = 100.49999…) before rounding.
  const shifted = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.floor(shifted + 0.5)) / factor;
}
