import { tickIncrement, ticks } from 'd3-array';
import type { ChartLayout } from './chart-types.js';

// The value axis and the frame of the plot: what decides whether a school's series can be kept.

/** A coordinate rounded to a tenth of a viewBox unit (short path data, same pixels). */
export const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * The value axis as d3-scale's `scaleLinear().domain([low, high]).range([bottom, top]).nice(count)`
 * would give it, with d3's own rounding and formula, so the same ticks and the same pixels; the
 * mapping is a plain function instead of a scale call per point, and the chart no longer ships
 * d3's colour and number-format interpolators, which a linear scale brings along.
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
