import type { ChartLayout } from './chart-types.js';

// The value axis and the frame of the plot: what decides whether a school's series can be kept.
// Ticks and bands are computed with d3-array's and d3-scale's own formulas (ISC licence, the
// same operations in the same order, so the same floating-point results: chart-scale.test.ts
// checks them against d3), without the scale objects and the interning maps they bring along.

/** A coordinate rounded to a tenth of a viewBox unit (short path data, same pixels). */
export const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * The value axis as d3-scale's `scaleLinear().domain([low, high]).range([bottom, top]).nice(count)`
 * would give it, with d3's own rounding and formula, so the same ticks and the same pixels; the
 * mapping is a plain function instead of a scale call per point.
 */
export function valueAxis(low: number, high: number, bottom: number, top: number, count: number) {
  let start = low;
  let stop = high;
  let domain: [number, number] = [low, high];
  let previous: number | undefined;
  for (let tries = 0; tries < 10; tries += 1) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) {
      domain = [start, stop];
      break;
    }
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  const [from, to] = domain;
  const span = to - from;
  const toY = (value: number): number => {
    const t = span ? (value - from) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return round(bottom * (1 - t) + top * t);
  };
  return { domain, toY, ticks: ticks(from, to, count) };
}

/** Whether two values of the core's result hold the same data (plain objects, arrays, primitives). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameData(a[index], b[index])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys)
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

/** Whether `previous` was drawn on the same axes, plot and number of series as a new layout. */
export function sameFrame(
  previous: ChartLayout | undefined,
  next: Pick<ChartLayout, 'variant' | 'width' | 'plot' | 'yearX' | 'valueDomain'>,
  count: number,
): previous is ChartLayout {
  return (
    previous !== undefined &&
    previous.variant === next.variant &&
    previous.width === next.width &&
    previous.series.length === count &&
    sameData(previous.plot, next.plot) &&
    sameData(previous.yearX, next.yearX) &&
    sameData(previous.valueDomain, next.valueDomain)
  );
}

/** The chart's height for a width: wide enough to read, never taller than a screen. */
export function chartHeight(width: number): number {
  return Math.round(Math.max(260, Math.min(460, width * 0.56)));
}

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/** d3-array's tickSpec: the first and last tick as multiples of the increment, and the increment. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** d3-array's `tickIncrement(start, stop, count)` (start ≤ stop). */
export function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/** d3-array's `ticks(start, stop, count)`. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const values = new Array<number>(n);
  if (reverse) {
    if (inc < 0) for (let i = 0; i < n; ++i) values[i] = (i2 - i) / -inc;
    else for (let i = 0; i < n; ++i) values[i] = (i2 - i) * inc;
  } else if (inc < 0) for (let i = 0; i < n; ++i) values[i] = (i1 + i) / -inc;
  else for (let i = 0; i < n; ++i) values[i] = (i1 + i) * inc;
  return values;
}

/** Bands of a d3-scale band (or point) scale over `count` items, `from` < `to`, centred. */
export interface Bands {
  /** The start of the item's band (its position on a point scale). */
  at: (index: number) => number;
  step: number;
  bandwidth: number;
}

/**
 * d3-scale's `scaleBand().domain(items).range([from, to]).paddingInner(inner).paddingOuter(outer)`
 * (align 0.5, no rounding); `scalePoint().padding(p)` is `bands(count, from, to, 1, p)`.
 */
export function bands(count: number, from: number, to: number, inner: number, outer = 0): Bands {
  const paddingInner = Math.min(1, inner);
  const step = (to - from) / Math.max(1, count - paddingInner + outer * 2);
  const start = from + (to - from - step * (count - paddingInner)) * 0.5;
  return { at: (index) => start + step * index, step, bandwidth: step * (1 - paddingInner) };
}
