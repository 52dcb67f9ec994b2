import { refuseArgument, showArgument } from '../errors/argument-error.js';
import { checkPrecision } from './round-half-up.js';

/** A display language of the SDK: Russian first, English second. */
export type DisplayLocale = 'ru' | 'en';

export interface FormatNumberOptions {
  /** Keep trailing zeros (`50,0`) instead of trimming them as the seeds do (`50`). */
  keepTrailingZeros?: boolean;
}

/**
 * Formats an integer that counts 10^-precision units (389 at precision 1 → «38,9») with the
 * locale's decimal separator, without going through floats.
 */
export function formatScaled(
  scaled: number,
  precision: number,
  locale: DisplayLocale = 'ru',
  options: FormatNumberOptions = {},
): string {
  checkPrecision('formatScaled', precision);
  if (!Number.isSafeInteger(scaled)) {
    refuseArgument('formatScaled', 'scaled', 'not-whole-number', {
      ru: `formatScaled: «scaled» должно быть целым числом не больше 9 007 199 254 740 991 по модулю, а указано ${showArgument(scaled)}.`,
      en: `formatScaled: "scaled" must be a whole number within ±9,007,199,254,740,991; got ${showArgument(scaled)}.`,
    });
  }
  return formatDigits(scaled < 0, Math.abs(scaled).toString(), precision, locale, options);
}

/** `formatScaled` for a scaled value and precision known good (a share the calculator rounded). */
export function formatScaledTrusted(scaled: number, precision: number, locale: DisplayLocale): string {
  return formatDigits(scaled < 0, Math.abs(scaled).toString(), precision, locale, {});
}

function formatDigits(
  negative: boolean,
  absolute: string,
  precision: number,
  locale: DisplayLocale,
  options: FormatNumberOptions,
): string {
  const digits = absolute.padStart(precision + 1, '0');
  const whole = digits.slice(0, digits.length - precision);
  let fraction = precision > 0 ? digits.slice(digits.length - precision) : '';
  if (!options.keepTrailingZeros) fraction = fraction.replace(/0+$/, '');
  const separator = locale === 'en' ? '.' : ','; // any language but English reads Russian
  return `${negative ? '-' : ''}${whole}${fraction ? separator + fraction : ''}`;
}

/** Formats a number with a decimal comma (ru) or point (en), rounded half-up to `precision`. */
export function formatDecimal(
  value: number,
  precision: number,
  locale: DisplayLocale = 'ru',
  options: FormatNumberOptions = {},
): string {
  // Typed numbers are written back with all their decimals (up to 20), unlike shares (0–6).
  if (typeof precision !== 'number' || !Number.isInteger(precision) || precision < 0 || precision > 20) {
    refuseArgument('formatDecimal', 'precision', 'invalid-precision', {
      ru: `formatDecimal: «precision» (знаков после запятой) должно быть целым числом от 0 до 20, а указано ${showArgument(precision)}.`,
      en: `formatDecimal: "precision" (decimals) must be a whole number from 0 to 20; got ${showArgument(precision)}.`,
    });
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    refuseArgument('formatDecimal', 'value', 'not-finite-number', {
      ru: `formatDecimal: «value» должно быть конечным числом, а указано ${showArgument(value)}.`,
      en: `formatDecimal: "value" must be a finite number; got ${showArgument(value)}.`,
    });
  }
  const factor = 10 ** precision;
  const absolute = Math.floor(Number((Math.abs(value) * factor).toPrecision(15)) + 0.5);
  const digits = Number.isSafeInteger(absolute) ? absolute.toString() : bigDigits(Math.abs(value), precision);
  return formatDigits(value < 0 && absolute !== 0, digits, precision, locale, options);
}

/**
 * The digits of a value too large for exact scaling: whole part through BigInt (never «1e+21»),
 * fraction rounded half-up separately (a float this large keeps few fractional digits anyway).
 */
function bigDigits(absolute: number, precision: number): string {
  const whole = Math.trunc(absolute);
  const fraction = BigInt(Math.floor((absolute - whole) * 10 ** precision + 0.5));
  return (BigInt(whole) * 10n ** BigInt(precision) + fraction).toString();
}
