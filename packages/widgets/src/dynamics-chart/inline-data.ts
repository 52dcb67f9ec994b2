import { describeIssues, resultSeriesListSchema, type ResultSeries } from '@shnro/core';
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
 * core's `resultSeriesSchema`: a wrong field is named, with the core's message, not thrown.
 */
export function readChartInlineData(host: HTMLElement): InlineChartData | undefined {
  const found = readInlineJson(host);
  if (!found) return undefined;
  if (!found.ok) return { ok: false, error: found.error };
  const { series, schools, options } = found.value;
  const checked = resultSeriesListSchema.safeParse(series ?? [], { reportInput: true });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    // zod/mini carries no message text of its own: the core words it (Russian, field named).
    const message = describeIssues(issue ? [issue] : [])[0]?.message ?? '';
    return { ok: false, error: `series.${issue?.path.join('.') ?? ''}: ${message}` };
  }
  return {
    ok: true,
    series: checked.data,
    ...(schools ? { schools: schools as DynamicsChartSchools } : {}),
    ...(options ? { options: options as DynamicsChartOptions } : {}),
  };
}
