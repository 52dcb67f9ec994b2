// Exact comparisons for identification: shares are compared as fractions of whole numbers and
// thresholds as decimals, so «10 из 40 = 25 %» is not «above 25 %» by a rounding error.

/** A non-negative decimal as an integer over a power of ten: 12.5 → { units: 125, scale: 10 }. */
export function decimalUnits(value: number): { units: number; scale: number } {
  if (Number.isSafeInteger(value)) return { units: value, scale: 1 };
  // A region's results repeat the same thresholds and scores: each is taken apart once.
  let known = unitsCache.get(value);
  if (known === undefined) {
    known = splitDecimal(value);
    if (unitsCache.size >= 10_000) unitsCache.clear();
    unitsCache.set(value, known);
  }
  return known;
}

const unitsCache = new Map<number, { units: number; scale: number }>();

function splitDecimal(value: number): { units: number; scale: number } {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
  const [whole, fraction = ''] = text.split('.');
  const scale = 10 ** fraction.length;
  return { units: Number(whole) * scale + Number(fraction || '0'), scale };
}

/** Compares count/total (as a percent) with a percent threshold: -1, 0 or 1, exactly. */
export function compareShareToPercent(count: number, total: number, thresholdPercent: number): -1 | 0 | 1 {
  const { units, scale } = decimalUnits(thresholdPercent);
  // count / total ? units / (scale · 100)  ⇔  count · scale · 100 ? units · total
  const left = count * scale * 100;
  const right = units * total;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Compares two decimals as written (12,5 vs 12,50), exactly: -1, 0 or 1. */
export function compareDecimals(a: number, b: number): -1 | 0 | 1 {
  const x = decimalUnits(Math.abs(a));
  const y = decimalUnits(Math.abs(b));
  const scale = Math.max(x.scale, y.scale);
  const left = Math.sign(a) * x.units * (scale / x.scale);
  const right = Math.sign(b) * y.units * (scale / y.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The nearest-rank percentile (the one definition the SDK uses): of n values in ascending order,
 * the lowest p % end at rank k = ⌈p·n/100⌉ (at least 1), and the cutoff is the k-th smallest value;
 * a school is in the lowest p % when its value is at most the cutoff — schools tied with the
 * cutoff are all in, so the group can be larger than p % of n. The highest p % mirror it: the k-th
 * largest value, and values at least it. Only ranks are computed; values are never averaged or
 * interpolated, so the cutoff is always a value some school has.
 */
export function percentileCutoff(
  sortedAscending: readonly number[],
  percent: number,
  tail: 'lowest' | 'highest',
): { cutoff: number; rank: number } | undefined {
  const n = sortedAscending.length;
  if (n === 0) return undefined;
  // ⌈p·n/100⌉ in integers: p and n are whole, so no rounding can creep in.
  const rank = Math.max(1, Math.floor((percent * n + 99) / 100));
  const cutoff = tail === 'lowest' ? sortedAscending[rank - 1]! : sortedAscending[n - rank]!;
  return { cutoff, rank };
}
