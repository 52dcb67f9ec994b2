import { formatDecimal, type DisplayLocale, type FormatNumberOptions } from './format-number.js';

/** How many decimals a number has as JavaScript writes it (12 → 0, 12.5 → 1, 1e-7 → 7), at most 15. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(15, Math.max(0, fraction - Number(exponent)));
}

/**
 * A number with every decimal it has, with a decimal comma (ru) or point (en): a typed value
 * written back into its field (12,5 stays «12,5», 5 stays «5»).
 */
export function formatExactDecimal(value: number, locale: DisplayLocale = 'ru'): string {
  return formatDecimal(value, decimalsOf(value), locale);
}

/**
 * Numbers that are shown together (the ticks of an axis) with one number of decimals, the most
 * any of them needs: 0; 2,5; 5,0.
 */
export function formatDecimalsAlike(
  values: readonly number[],
  locale: DisplayLocale = 'ru',
  options: FormatNumberOptions = { keepTrailingZeros: true },
): string[] {
  const precision = Math.max(0, ...values.map(decimalsOf));
  return values.map((value) => formatDecimal(value, precision, locale, options));
}
