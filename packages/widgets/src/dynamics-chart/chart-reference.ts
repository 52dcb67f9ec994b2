import type { DynamicsResult } from '@shnro/core';
import { round } from './chart-scale.js';
import type {
  BandGeometry,
  ChartLayout,
  ChartSeries,
  DynamicsChartVariant,
  EndLabel,
  MunicipalGeometry,
} from './chart-types.js';

// What the chart draws besides the schools: the municipal average, the low-results band and the
// labels at the lines' right ends.

/** The frame the reference geometry is drawn in. */
export interface ReferenceFrame {
  variant: DynamicsChartVariant;
  plot: ChartLayout['plot'];
  years: readonly number[];
  yearX: readonly number[];
  yearHalfStep: number;
  /** The y of the value axis's bottom. */
  baseline: number;
  toY: (value: number) => number;
}

/** The municipal average as a line (lines) or a segment across each year's group (bars). */
export function municipalGeometryOf(
  frame: ReferenceFrame,
  municipal: ReadonlyMap<number, number>,
): MunicipalGeometry {
  const { variant, plot, years, yearX, yearHalfStep, toY } = frame;
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
  return { path, points };
}

/** The low-results band: below the core's threshold, or below the municipal average. */
export function bandOf(
  frame: ReferenceFrame,
  lowThreshold: DynamicsResult['lowThreshold'],
  municipalGeometry: MunicipalGeometry | undefined,
): BandGeometry | undefined {
  const { variant, plot, yearHalfStep, baseline, toY } = frame;
  let band: BandGeometry | undefined;
  if (typeof lowThreshold === 'number') {
    const top = toY(lowThreshold);
    if (top < baseline) {
      band = {
        kind: 'value',
        threshold: lowThreshold,
        path: `M${plot.left} ${top}H${plot.right}V${baseline}H${plot.left}Z`,
        labelX: plot.left + 6,
        labelY: top + 14,
      };
    }
  } else if (
    lowThreshold === 'municipal-average' &&
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
  return band;
}

/** The labels at the right end of each line and of the municipal line, spread so none overlap. */
export function endLabelsOf(
  plot: ChartLayout['plot'],
  series: readonly ChartSeries[],
  municipalGeometry: MunicipalGeometry | undefined,
  municipalLabel: string | undefined,
): EndLabel[] {
  const endLabels: EndLabel[] = [];
  for (const entry of series) {
    const last = entry.points.at(-1);
    if (last) endLabels.push({ text: entry.shortName, x: plot.right + 10, y: last.y + 4, of: entry.index });
  }
  const lastMunicipal = municipalGeometry?.points.at(-1);
  if (lastMunicipal && municipalLabel)
    endLabels.push({
      text: municipalLabel,
      x: plot.right + 10,
      y: lastMunicipal.y + 4,
      of: 'municipal',
    });
  spreadLabels(endLabels, 14, plot.top + 4, plot.bottom + 4);
  return endLabels;
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
