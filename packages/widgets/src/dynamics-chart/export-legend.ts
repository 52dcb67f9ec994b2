import { formatChange } from '@shnro/core';
import type { ChartKit } from './chart-kit.js';
import type { ChartLayout } from './chart-model.js';
import type { StandaloneSvgExtras } from './export.js';

/**
 * The legend written into an exported SVG: each school with its class and change, the reference
 * line and the band, each with the drawn element whose resolved colours its swatch copies.
 */
export function exportLegend(
  { words, t, className, bandText, markerPath }: ChartKit,
  layout: ChartLayout,
  chart: SVGSVGElement,
): StandaloneSvgExtras['legend'] {
  const { result, locale } = words;
  const lines = layout.variant === 'lines';
  return [
    ...layout.series.map((series) => ({
      sample: chart.querySelector(`g.series[data-index="${series.index}"] ${lines ? '.line' : '.bar'}`),
      kind: lines ? ('line' as const) : ('bar' as const),
      ...(lines ? { marker: markerPath(series.style.marker) } : {}),
      text: [
        series.name,
        className(series.row.classification),
        ...(series.row.change ? [formatChange(series.row.change, result.precision, locale)] : []),
        ...(series.row.smallSample ? [t('smallSample')] : []),
      ].join(' — '),
    })),
    ...(layout.municipal
      ? [{ sample: chart.querySelector('.municipal'), kind: 'municipal' as const, text: words.municipalText }]
      : []),
    ...(layout.band ? [{ sample: chart.querySelector('.band'), kind: 'band' as const, text: bandText }] : []),
  ];
}
