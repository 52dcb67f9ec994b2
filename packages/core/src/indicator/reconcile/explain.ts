import { scaledPercentHalfUp } from '../../share/index.js';

/**
 * How a printed percentage that its count does not give was most likely obtained:
 * `truncated` (digits dropped, 38,88… → 38,8), `rounded-up` (always up, 11,11… → 11,2),
 * `rounded-to-fewer-decimals` (rounded correctly, but to fewer decimals than the indicator's).
 */
export type MismatchExplanation = 'truncated' | 'rounded-up' | 'rounded-to-fewer-decimals';

/**
 * Finds the rounding mistake that turns `count` of `population` into the printed percentage,
 * trying the indicator's precision and the printed one; `null` when none does.
 */
export function explainMismatch(
  count: number,
  population: number,
  printed: { scaled: number; decimals: number },
  indicatorPrecision: number,
): MismatchExplanation | null {
  const precisions = [...new Set([Math.max(printed.decimals, indicatorPrecision), printed.decimals])];
  for (const precision of precisions) {
    // The printed value at this precision (trailing zeros a report drops are put back).
    const stated = printed.scaled * 10 ** (precision - printed.decimals);
    if (!Number.isInteger(stated)) continue;
    if (precision < indicatorPrecision && scaledPercentHalfUp(count, population, precision) === stated)
      return 'rounded-to-fewer-decimals';
    // Integer division, as in scaledPercentHalfUp: exact below 2^53.
    const scaledNumerator = count * 100 * 10 ** precision;
    const remainder = scaledNumerator % population;
    const truncated = (scaledNumerator - remainder) / population;
    if (truncated === stated) return 'truncated';
    if (remainder !== 0 && truncated + 1 === stated) return 'rounded-up';
  }
  return null;
}
