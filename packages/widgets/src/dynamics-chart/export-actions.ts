import { downloadFile } from '../shared/download.js';
import type { ChartKit } from './chart-kit.js';
import type { ChartLayout } from './chart-model.js';
import { exportLegend } from './export-legend.js';
import { dynamicsCsv, exportFileBase, standaloneSvg, svgToPng, withLightScheme } from './export.js';

// The chart's export (выгрузка), loaded on the first export or at idle time after the first
// render: no page needs it to draw, and a click on an export button finds it loaded.

/** What an export reads from the chart as it is drawn now. */
export interface ChartExportSource {
  readonly host: HTMLElement;
  readonly chart: SVGSVGElement | undefined;
  readonly plot: HTMLElement | undefined;
  readonly layout: ChartLayout | undefined;
  /** The chart's words and helpers; undefined while nothing is drawn. */
  readonly kit: ChartKit | undefined;
  readonly title: string;
  readonly municipal: ReadonlyMap<number, number>;
}

/** What the chart exports. */
export type ChartExportKind = 'svg' | 'png' | 'csv';

/** The chart as a standalone SVG file in the light scheme; empty when nothing is drawn. */
export function chartSvgFile({ host, chart, plot, layout, kit, title }: ChartExportSource): string {
  if (!chart || !layout || !kit) return '';
  return withLightScheme(host, chart, () =>
    standaloneSvg(chart, {
      title,
      background: getComputedStyle(plot ?? chart).backgroundColor || '#ffffff',
      legend: exportLegend(kit, layout, chart),
    }),
  );
}

/** The chart as a PNG at `scale` times its size, drawn from its SVG file. */
export function chartPngFile(source: ChartExportSource, scale: number): Promise<Blob> {
  const text = chartSvgFile(source);
  if (!text) return Promise.reject(new Error('Nothing is drawn: there is no data to export.'));
  return svgToPng(text, scale);
}

/** The data as a CSV for Excel; empty when there is no data. */
export function chartCsvFile({ kit, municipal }: ChartExportSource): string {
  const result = kit?.words.result;
  if (!kit || !result || result.schools.length === 0) return '';
  return dynamicsCsv(result, municipal, kit);
}

/** Downloads the chart (`svg`, `png`) or the data (`csv`) under the name of the assessment and years. */
export async function downloadChart(source: ChartExportSource, kind: ChartExportKind): Promise<void> {
  const kit = source.kit;
  if (!kit) return;
  const base = exportFileBase(kit.words.result, kit);
  if (kind === 'csv')
    downloadFile(new Blob([chartCsvFile(source)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
  else if (kind === 'svg')
    downloadFile(new Blob([chartSvgFile(source)], { type: 'image/svg+xml' }), `${base}.svg`);
  else downloadFile(await chartPngFile(source, 2), `${base}.png`);
}
