import {
  formatDecimalsAlike,
  formatResultValue,
  schoolNumber,
  type DisplayLocale,
  type DynamicsResult,
  type SchoolDynamics,
} from '@shnro/core';
import { bandOf, endLabelsOf, municipalGeometryOf, type ReferenceFrame } from './chart-reference.js';
import { bands, chartHeight, round, sameData, sameFrame, valueAxis } from './chart-scale.js';
import type {
  ChartLayout,
  ChartPoint,
  ChartSeries,
  DynamicsChartVariant,
  LayoutOptions,
} from './chart-types.js';
import { markersAt, markerSize, seriesStyle } from './palette.js';

export type {
  BandGeometry,
  ChartLayout,
  ChartPoint,
  ChartSeries,
  ChartTick,
  DynamicsChartVariant,
  EndLabel,
  LayoutOptions,
  MunicipalGeometry,
} from './chart-types.js';
export { chartHeight } from './chart-scale.js';

/** The default variant: bars while a year group holds few bars (≤ 3 years), lines for longer histories. */
export function defaultVariant(yearCount: number): DynamicsChartVariant {
  return yearCount <= 3 ? 'bars' : 'lines';
}

/** End labels only where they fit: few lines and a chart wide enough to give them a margin. */
const END_LABEL_MAX_SERIES = 10;
const END_LABEL_MIN_WIDTH = 480;
const CHAR_WIDTH = 7;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
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
    const x = bands(years.length, plot.left, plot.right, 1, 0.5);
    yearX = years.map((_, yearIndex) => round(x.at(yearIndex)));
    yearHalfStep = Math.max(x.step / 2, 12);
    const size = markerSize(rows.length);
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
      const drawn = seriesOf(row, index, names, shortNames, points, path, valuesText);
      drawn.markers = markersAt(drawn.style.marker, size, points);
      series.push(drawn);
    }
  } else {
    const x = bands(years.length, plot.left, plot.right, 0.28, 0.14);
    yearX = years.map((_, yearIndex) => round(x.at(yearIndex) + x.bandwidth / 2));
    yearHalfStep = x.step / 2;
    // A group of bars no wider than it needs to be: at most 64 units a bar.
    const groupWidth = Math.min(x.bandwidth, Math.max(1, rows.length) * 64);
    const inner = bands(rows.length, 0, groupWidth, rows.length > 12 ? 0.04 : 0.12);
    const barWidth = inner.bandwidth;
    barValueLabels = barWidth >= 26 && rows.length <= 12;
    rows.forEach((row, index) => {
      const points: ChartPoint[] = [];
      row.values.forEach((entry, yearIndex) => {
        if (entry.value === null) return;
        const centre = yearX[yearIndex] ?? plot.left;
        const bx = round(centre - groupWidth / 2 + inner.at(index));
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
  const frame: ReferenceFrame = { variant, plot, years, yearX, yearHalfStep, baseline, toY };
  const municipalGeometry = municipal.size > 0 ? municipalGeometryOf(frame, municipal) : undefined;
  const band = bandOf(frame, result.lowThreshold, municipalGeometry);
  const endLabels = withEndLabels ? endLabelsOf(plot, series, municipalGeometry, options.municipalLabel) : [];

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
    markers: '',
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
