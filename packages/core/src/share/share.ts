import { formatScaled, type DisplayLocale, type FormatNumberOptions } from './format-number.js';
import { scaledPercentHalfUp } from './round-half-up.js';
import { toDisplayLocale } from '../text/locale.js';

/**
 * A share (доля): a count over a population, always kept together so that a printed
 * percentage can be traced back to the counts that give it.
 */
export interface ShareValue {
  /** How many were counted (числитель). */
  numerator: number;
  /** The population counted over (знаменатель). */
  denominator: number;
  /** The percentage rounded half-up to `precision`, or `null` when the population is empty. */
  percent: number | null;
  /** Decimals kept in `percent`. */
  precision: number;
  /** The percentage as a report prints it: «38,9%»; `null` when there is none. */
  display: string | null;
  /** Why there is no percentage. */
  reason?: 'empty-population';
}

export interface ShareOptions extends FormatNumberOptions {
  /** Decimals to keep (0–6); seed 001 uses 1. */
  precision?: number;
  locale?: DisplayLocale;
}

/**
 * Computes a share from whole, non-negative counts. The caller validates the counts
 * (the calculator names the indicator in its errors); this function refuses bad ones.
 */
export function computeShare(numerator: number, denominator: number, options: ShareOptions = {}): ShareValue {
  const precision = options.precision ?? 1;
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0) {
    throw new RangeError('A share needs whole, non-negative counts');
  }
  if (numerator > denominator && denominator > 0) {
    throw new RangeError('A share cannot count more than its population');
  }
  if (denominator === 0) {
    return { numerator, denominator, percent: null, precision, display: null, reason: 'empty-population' };
  }
  const scaled = scaledPercentHalfUp(numerator, denominator, precision);
  return {
    numerator,
    denominator,
    percent: scaled / 10 ** precision,
    precision,
    display: `${formatScaled(scaled, precision, toDisplayLocale(options.locale), options)}%`,
  };
}
