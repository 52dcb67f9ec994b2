import { scaledPercentHalfUp } from '../../share/index.js';

/** The whole populations a count and a printed percentage fit: `largest` is `null` when unbounded. */
export interface PopulationRange {
  smallest: number;
  largest: number | null;
}

/**
 * Every whole population N (N ≥ count, N ≥ 1) for which `count` of N, rounded half-up to
 * `precision`, prints as `scaled` (389 at precision 1 = 38,9%). `null` when no population fits:
 * the percentage cannot come from that count at all.
 *
 * With A = count·100·10^precision, half-up gives S when N(2S−1) ≤ 2A < N(2S+1), so N lies in
 * (2A/(2S+1), 2A/(2S−1)]; a percentage of 0 only bounds N from below.
 */
export function impliedPopulations(count: number, scaled: number, precision: number): PopulationRange | null {
  const twiceA = 2 * count * 100 * 10 ** precision;
  const lowest = Math.max(count, 1);
  let smallest: number;
  let largest: number | null;
  if (scaled === 0) {
    smallest = Math.max(lowest, twiceA + 1);
    largest = null;
  } else {
    smallest = Math.max(lowest, Math.floor(twiceA / (2 * scaled + 1)) + 1);
    largest = Math.floor(twiceA / (2 * scaled - 1));
    if (smallest > largest) return null;
  }
  // The bounds come from division; confirm them with the rounding the calculator uses.
  if (scaledPercentHalfUp(count, smallest, precision) !== scaled) return null;
  if (largest !== null && scaledPercentHalfUp(count, largest, precision) !== scaled) return null;
  return { smallest, largest };
}

/** Whether a population lies in a range. */
export function rangeContains(range: PopulationRange, population: number): boolean {
  return population >= range.smallest && (range.largest === null || population <= range.largest);
}
