import type { ResultSeries } from '@shnro/core';
import { readInlineJson } from '../shared/inline-json.js';
import type { DynamicsChartOptions, DynamicsChartSchools } from './dynamics-chart.js';

/** The chart's data from a child JSON block, or why it cannot be used. */
export type InlineChartData =
  | {
      readonly ok: true;
      readonly series: ResultSeries[];
      readonly schools?: DynamicsChartSchools;
      readonly options?: DynamicsChartOptions;
    }
  | { readonly ok: false; readonly error: string };

/**
 * Reads a child `<script type="application/json">` with `series`, `schools` and `options`, for
 * pages without a build step; undefined without one. Hand-written JSON is checked against the
 * core's `resultSeriesSchema` (loaded with its wording on demand, only for a page that has such
 * a block): a wrong field is named, with the core's message, not thrown.
 */
export function readChartInlineData(host: HTMLElement): Promise<InlineChartData> | undefined {
  const found = readInlineJson(host);
  if (!found) return undefined;
  return found.ok ? checked(found.value) : Promise.resolve({ ok: false, error: found.error });
}

async function checked({ series, schools, options }: Record<string, unknown>): Promise<InlineChartData> {
  const { checkInlineSeries } = await import('./chart-check.js');
  const checked = checkInlineSeries(series);
  if (!checked.ok) return checked;
  return {
    ok: true,
    series: checked.series,
    ...(schools ? { schools: schools as DynamicsChartSchools } : {}),
    ...(options ? { options: options as DynamicsChartOptions } : {}),
  };
}
