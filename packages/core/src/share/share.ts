import { formatScaled, type DisplayLocale, type FormatNumberOptions } from './format-number.js';
import { toDisplayLocale } from '../text/locale.js';
import { readOptions, refuseArgument } from '../errors/argument-error.js';
import { checkCount, checkPrecision, scaledPercentHalfUp } from './round-half-up.js';

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
 * Computes a share from whole, non-negative counts (up to `Number.MAX_SAFE_INTEGER`). The caller
 * validates the counts (the calculator names the indicator in its errors); this function refuses
 * bad ones with `ShnroArgumentError` naming the argument.
 */
export function computeShare(
  numerator: number,
  denominator: number,
  givenOptions?: ShareOptions,
): ShareValue {
  const name = 'computeShare';
  const options = readOptions(name, givenOptions);
  checkCount(name, 'numerator', numerator);
  checkCount(name, 'denominator', denominator);
  const precision = options.precision ?? 1;
  checkPrecision(name, precision);
  if (numerator > denominator && denominator > 0) {
    refuseArgument(name, 'numerator', 'numerator-above-denominator', {
      ru: `${name}: числитель (${numerator}) больше знаменателя (${denominator}): доля не может считать больше, чем есть в совокупности.`,
      en: `${name}: the numerator (${numerator}) is above the denominator (${denominator}): a share cannot count more than its population.`,
    });
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
