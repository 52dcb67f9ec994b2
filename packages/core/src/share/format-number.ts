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
  const negative = scaled < 0;
  const digits = Math.abs(scaled)
    .toString()
    .padStart(precision + 1, '0');
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
  const factor = 10 ** precision;
  const scaled = Math.sign(value) * Math.floor(Number((Math.abs(value) * factor).toPrecision(15)) + 0.5);
  return formatScaled(scaled, precision, locale, options);
}
