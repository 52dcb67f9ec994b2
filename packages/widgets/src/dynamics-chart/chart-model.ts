import {
  formatDecimalsAlike,
  formatResultValue,
  schoolNumber,
  type DisplayLocale,
  type DynamicsResult,
  type SchoolDynamics,
} from '@shnro/core';
import { tickIncrement, ticks } from 'd3-array';
import { scaleBand, scalePoint } from 'd3-scale';
import { seriesStyle, type SeriesStyle } from './palette.js';

/** How the chart draws the series: a line per school, or bars per school grouped by year. */
export type DynamicsChartVariant = 'lines' | 'bars';

/** The default variant: bars while a year group holds few bars (≤ 3 years), lines for longer histories. */
export function defaultVariant(yearCount: number): DynamicsChartVariant {
  return yearCount <= 3 ? 'bars' : 'lines';
}

/** A drawn value of a school in a year. */
export interface ChartPoint {
  year: number;
  yearIndex: number;
  value: number;
  /** Centre of the marker (lines) or of the bar's top (bars), in viewBox units. */
  x: number;
  y: number;
  /** The bar's rectangle (bars only). */
  bar?: { x: number; y: number; width: number; height: number };
}

/** A school's series as drawn. */
export interface ChartSeries {
  index: number;
  schoolId: string;
  name: string;
  /** «№ 22» when the name has a number, else the name. */
  shortName: string;
  style: SeriesStyle;
  row: SchoolDynamics;
  /** Only the years with a value. */
  points: ChartPoint[];
  /** The line through the points, broken where a year has no value (lines only). */
  path: string;
  /** «2019:13.2 2020:13.5 …», the drawn values for the line's `data-values` (lines only). */
  valuesText: string;
}

/** A tick of the value axis. */
export interface ChartTick {
  value: number;
  y: number;
  label: string;
}

/** A label at the right end of a line, moved apart from its neighbours so none overlap. */
export interface EndLabel {
  text: string;
  x: number;
  y: number;
  /** The series index, or `'municipal'`. */
  of: number | 'municipal';
}

/** The municipal average as drawn: a line (lines) or a segment across each year's group (bars). */
export interface MunicipalGeometry {
  path: string;
  points: { year: number; value: number; x: number; y: number }[];
}

/** The low-results band: below a number, or below the municipal average. */
export interface BandGeometry {
  kind: 'value' | 'municipal-average';
  threshold?: number;
  path: string;
  labelX: number;
  labelY: number;
}

/** Everything the element draws, in viewBox units; no DOM. */
export interface ChartLayout {
  width: number;
  height: number;
  variant: DynamicsChartVariant;
  plot: { left: number; top: number; right: number; bottom: number };
  years: number[];
  /** The centre of each year on the x axis. */
  yearX: number[];
  ticks: ChartTick[];
  series: ChartSeries[];
  municipal?: MunicipalGeometry;
  band?: BandGeometry;
  endLabels: EndLabel[];
  /** Whether values are printed above the bars (wide bars, few schools). */
  barValueLabels: boolean;
  /** Half the horizontal distance within which a pointer belongs to a year. */
  yearHalfStep: number;
  /** The value axis's domain after rounding to nice ticks: bottom and top of the plot. */
  valueDomain: [number, number];
}

/** What `layoutChart` needs besides the core's result. */
export interface LayoutOptions {
  width: number;
  variant: DynamicsChartVariant;
  locale: DisplayLocale;
  /** The municipal average by year, as given to `compareSeries`. */
  municipal?: ReadonlyMap<number, number>;
  /** Text of the municipal line's end label (lines variant). */
  municipalLabel?: string;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * The value axis as d3-scale's `scaleLinear().domain([low, high]).range([bottom, top]).nice(count)`
 * would give it, with d3's own rounding and formula, so the same ticks and the same pixels; the
 * mapping is a plain function instead of a scale call per point, and the chart no longer ships
 * d3's colour and number-format interpolators, which a linear scale brings along.
 */
function valueAxis(low: number, high: number, bottom: number, top: number, count: number) {
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
function sameData(a: unknown, b: unknown): boolean {
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
function sameFrame(
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

/** End labels only where they fit: few lines and a chart wide enough to give them a margin. */
const END_LABEL_MAX_SERIES = 10;
const END_LABEL_MIN_WIDTH = 480;
const CHAR_WIDTH = 7;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Moves labels apart vertically (at least `gap`), keeping them inside `top`…`bottom`. */
function spreadLabels(labels: EndLabel[], gap: number, top: number, bottom: number): void {
  labels.sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) {
    const previous = labels[i - 1]!;
    const label = labels[i]!;
    if (label.y - previous.y < gap) label.y = previous.y + gap;
  }
  const last = labels.at(-1);
  if (last && last.y > bottom) {
    last.y = bottom;
    for (let i = labels.length - 2; i >= 0; i--) {
      const next = labels[i + 1]!;
      const label = labels[i]!;
      if (next.y - label.y < gap) label.y = next.y - gap;
    }
  }
  const first = labels[0];
  if (first && first.y < top) {
    const shift = top - first.y;
    for (const label of labels) label.y += shift;
  }
}

/**
 * Lays the core's comparison out for drawing: scales and ticks as d3 computes them, one series
 * per school in the core's row order, the municipal average and the low-results band. It judges
 * nothing: every class and change comes from `result`. Given the `previous` layout, a school whose
 * row holds the same data on the same axes keeps its series object, so an update redraws only
 * the schools that changed.
 */
export function layoutChart(
  result: DynamicsResult,
  options: LayoutOptions,
  previous?: ChartLayout,
): ChartLayout {
  const { variant, locale } = options;
  const width = Math.max(280, Math.round(options.width));
  const height = chartHeight(width);
  const years = result.years;
  const rows = result.schools;
  const municipal = new Map(
    years.flatMap((year) => {
      const value = options.municipal?.get(year);
      return value === undefined ? [] : [[year, value] as const];
    }),
  );

  const names = rows.map((row) => row.schoolName ?? row.schoolId);
  const shortNames = names.map((name) => {
    const number = schoolNumber(name);
    return number === undefined ? truncate(name, 22) : `№ ${number}`;
  });
  const withEndLabels =
    variant === 'lines' &&
    rows.length > 0 &&
    rows.length <= END_LABEL_MAX_SERIES &&
    width >= END_LABEL_MIN_WIDTH;
  const labelChars = Math.max(
    ...shortNames.map((name) => name.length),
    municipal.size > 0 ? (options.municipalLabel?.length ?? 0) : 0,
  );
  const right = withEndLabels ? width - Math.min(190, labelChars * CHAR_WIDTH + 18) : width - 14;
  const plot = { left: 52, top: 30, right, bottom: height - 30 };

  // The value axis: bars start at zero (a bar's length is its value); lines zoom on the data.
  const values = rows.flatMap((row) =>
    row.values.flatMap((entry) => (entry.value === null ? [] : [entry.value])),
  );
  const extras = [...municipal.values()];
  if (typeof result.lowThreshold === 'number') extras.push(result.lowThreshold);
  const all = [...values, ...extras];
  let low = all.length > 0 ? Math.min(...all) : 0;
  let high = all.length > 0 ? Math.max(...all) : 1;
  if (variant === 'bars') {
    low = 0;
    high = high > 0 ? high * 1.06 : 1;
  } else {
    const pad = high > low ? (high - low) * 0.12 : Math.max(Math.abs(high) * 0.05, 1);
    low = Math.max(0, low - pad);
    high = high + pad;
  }
  const tickCount = Math.max(3, Math.floor((plot.bottom - plot.top) / 46));
  const axis = valueAxis(low, high, plot.bottom, plot.top, tickCount);
  const toY = axis.toY;
  // One number of decimals for the whole axis, with the core's decimal comma for Russian.
  const tickLabels = formatDecimalsAlike(axis.ticks, locale);
  const ticks = axis.ticks.map((value, index) => ({
    value,
    y: toY(value),
    label: tickLabels[index] ?? '',
  }));
  const baseline = toY(axis.domain[0]);

  const series: ChartSeries[] = [];
  let yearX: number[];
  let yearHalfStep: number;
  let barValueLabels = false;

  if (variant === 'lines') {
    const x = scalePoint<number>().domain(years).range([plot.left, plot.right]).padding(0.5);
    yearX = years.map((year) => round(x(year) ?? plot.left));
    yearHalfStep = Math.max(x.step() / 2, 12);
    const reuse = sameFrame(previous, { variant, width, plot, yearX, valueDomain: axis.domain }, rows.length)
      ? previous.series
      : undefined;
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index]!;
      const kept = reuse?.[index];
      if (
        kept &&
        kept.name === names[index] &&
        kept.shortName === shortNames[index] &&
        sameData(kept.row, row)
      ) {
        series.push(kept);
        continue;
      }
      // The path and the values' text in one pass, by concatenation (no template per point).
      const points: ChartPoint[] = [];
      let path = '';
      let valuesText = '';
      let run = 0;
      const values = row.values;
      for (let yearIndex = 0; yearIndex < values.length; yearIndex += 1) {
        const entry = values[yearIndex]!;
        const value = entry.value;
        if (value === null) {
          // A point with no neighbour still needs a segment for its markers to be drawn.
          if (run === 1) path += 'h0';
          run = 0;
          continue;
        }
        const px = yearX[yearIndex] ?? plot.left;
        const py = toY(value);
        points.push({ year: entry.year, yearIndex, value, x: px, y: py });
        path += (run === 0 ? 'M' : 'L') + px + ' ' + py;
        valuesText += (valuesText ? ' ' : '') + entry.year + ':' + value;
        run += 1;
      }
      if (run === 1) path += 'h0';
      series.push(seriesOf(row, index, names, shortNames, points, path, valuesText));
    }
  } else {
    const x = scaleBand<number>()
      .domain(years)
      .range([plot.left, plot.right])
      .paddingInner(0.28)
      .paddingOuter(0.14);
    yearX = years.map((year) => round((x(year) ?? plot.left) + x.bandwidth() / 2));
    yearHalfStep = x.step() / 2;
    // A group of bars no wider than it needs to be: at most 64 units a bar.
    const groupWidth = Math.min(x.bandwidth(), Math.max(1, rows.length) * 64);
    const inner = scaleBand<number>()
      .domain(rows.map((_, index) => index))
      .range([0, groupWidth])
      .paddingInner(rows.length > 12 ? 0.04 : 0.12);
    const barWidth = inner.bandwidth();
    barValueLabels = barWidth >= 26 && rows.length <= 12;
    rows.forEach((row, index) => {
      const points: ChartPoint[] = [];
      row.values.forEach((entry, yearIndex) => {
        if (entry.value === null) return;
        const centre = yearX[yearIndex] ?? plot.left;
        const bx = round(centre - groupWidth / 2 + (inner(index) ?? 0));
        const top = toY(entry.value);
        points.push({
          year: entry.year,
          yearIndex,
          value: entry.value,
          x: round(bx + barWidth / 2),
          y: top,
          bar: { x: bx, y: top, width: round(barWidth), height: round(Math.max(0, baseline - top)) },
        });
      });
      series.push(seriesOf(row, index, names, shortNames, points, '', ''));
    });
  }

  let municipalGeometry: MunicipalGeometry | undefined;
  if (municipal.size > 0) {
    const points = years.flatMap((year, yearIndex) => {
      const value = municipal.get(year);
      if (value === undefined) return [];
      return [{ year, value, x: yearX[yearIndex] ?? plot.left, y: toY(value) }];
    });
    let path = '';
    if (variant === 'lines') {
      let previous = -2;
      for (const point of points) {
        const index = years.indexOf(point.year);
        path += `${index === previous + 1 ? 'L' : 'M'}${point.x} ${point.y}`;
        previous = index;
      }
    } else {
      // A reference segment across each year's group, a little wider than the bars.
      for (const point of points)
        path += `M${round(point.x - yearHalfStep * 0.78)} ${point.y}H${round(point.x + yearHalfStep * 0.78)}`;
    }
    municipalGeometry = { path, points };
  }

  let band: BandGeometry | undefined;
  if (typeof result.lowThreshold === 'number') {
    const top = toY(result.lowThreshold);
    if (top < baseline) {
      band = {
        kind: 'value',
        threshold: result.lowThreshold,
        path: `M${plot.left} ${top}H${plot.right}V${baseline}H${plot.left}Z`,
        labelX: plot.left + 6,
        labelY: top + 14,
      };
    }
  } else if (
    result.lowThreshold === 'municipal-average' &&
    municipalGeometry &&
    municipalGeometry.points.length > 0
  ) {
    const points = municipalGeometry.points;
    let path: string;
    if (variant === 'lines') {
      const first = points[0]!;
      const last = points.at(-1)!;
      path = `M${first.x} ${baseline}${points.map((point) => `L${point.x} ${point.y}`).join('')}L${last.x} ${baseline}Z`;
    } else {
      path = points
        .map((point) => {
          const half = round(yearHalfStep * 0.78);
          return `M${round(point.x - half)} ${point.y}h${2 * half}V${baseline}h${-2 * half}Z`;
        })
        .join('');
    }
    const lowest = points.reduce((a, b) => (b.y > a.y ? b : a));
    band = {
      kind: 'municipal-average',
      path,
      labelX:
        variant === 'lines' ? (points[0]?.x ?? plot.left) + 6 : round(lowest.x - yearHalfStep * 0.78 + 4),
      labelY: Math.min(baseline - 6, Math.max(...points.map((point) => point.y)) + 14),
    };
  }

  const endLabels: EndLabel[] = [];
  if (withEndLabels) {
    for (const entry of series) {
      const last = entry.points.at(-1);
      if (last) endLabels.push({ text: entry.shortName, x: plot.right + 10, y: last.y + 4, of: entry.index });
    }
    const lastMunicipal = municipalGeometry?.points.at(-1);
    if (lastMunicipal && options.municipalLabel)
      endLabels.push({
        text: options.municipalLabel,
        x: plot.right + 10,
        y: lastMunicipal.y + 4,
        of: 'municipal',
      });
    spreadLabels(endLabels, 14, plot.top + 4, plot.bottom + 4);
  }

  return {
    width,
    height,
    variant,
    plot,
    years,
    yearX,
    ticks,
    series,
    ...(municipalGeometry ? { municipal: municipalGeometry } : {}),
    ...(band ? { band } : {}),
    endLabels,
    barValueLabels,
    yearHalfStep,
    valueDomain: axis.domain,
  };
}

function seriesOf(
  row: SchoolDynamics,
  index: number,
  names: readonly string[],
  shortNames: readonly string[],
  points: ChartPoint[],
  path: string,
  valuesText: string,
): ChartSeries {
  return {
    index,
    schoolId: row.schoolId,
    name: names[index] ?? row.schoolId,
    shortName: shortNames[index] ?? row.schoolId,
    style: seriesStyle(index),
    row,
    points,
    path,
    valuesText,
  };
}

/**
 * The point under a pointer at `x`, `y` (viewBox units): the year whose column holds `x`,
 * then the school whose bar holds `x` (bars) or whose point is nearest `y` within `reach` (lines).
 */
export function pointAt(
  layout: ChartLayout,
  x: number,
  y: number,
  reach = 48,
): { series: ChartSeries; point: ChartPoint } | undefined {
  let yearIndex = -1;
  let best = Infinity;
  layout.yearX.forEach((centre, index) => {
    const distance = Math.abs(centre - x);
    if (distance < best) {
      best = distance;
      yearIndex = index;
    }
  });
  if (yearIndex < 0 || best > layout.yearHalfStep) return undefined;
  let found: { series: ChartSeries; point: ChartPoint } | undefined;
  let nearest = reach;
  for (const series of layout.series) {
    const point = series.points.find((entry) => entry.yearIndex === yearIndex);
    if (!point) continue;
    if (point.bar) {
      if (x >= point.bar.x && x <= point.bar.x + point.bar.width) return { series, point };
      continue;
    }
    const distance = Math.abs(point.y - y);
    if (distance <= nearest) {
      nearest = distance;
      found = { series, point };
    }
  }
  return found;
}

/** A value as the chart prints it: «13,1», «56,3%». */
export function valueLabel(result: DynamicsResult, value: number, locale: DisplayLocale): string {
  return formatResultValue(value, result.metric, result.precision, locale);
}
