import {
  describeIssues,
  explainComparisonArguments,
  resultSeriesListSchema,
  type DisplayLocale,
  type ResultSeries,
} from '@shnro/core';

// Loaded on demand (a dynamic import): the schemas and the core's wording of their messages
// weigh more than the rest of the chart, and the chart needs them only for data that fails the
// cheap shape check or for a hand-written JSON block.

/** What is wrong with the chart's data, in the chart's language: «series[0].points[0].value: Поле «value»: …». */
export function explainData(series: unknown, options: unknown, locale: DisplayLocale): string | undefined {
  const [first] = explainComparisonArguments(series, options, locale);
  return first ? `${first.path}: ${first.message}` : undefined;
}

/**
 * Hand-written series from a JSON block, checked against the core's `resultSeriesSchema`: the
 * series, or the wrong field with the core's message (Russian, field named).
 */
export function checkInlineSeries(
  series: unknown,
): { readonly ok: true; readonly series: ResultSeries[] } | { readonly ok: false; readonly error: string } {
  const checked = resultSeriesListSchema.safeParse(series ?? [], { reportInput: true });
  if (checked.success) return { ok: true, series: checked.data };
  const issue = checked.error.issues[0];
  // zod/mini carries no message text of its own: the core words it (Russian, field named).
  const message = describeIssues(issue ? [issue] : [])[0]?.message ?? '';
  return { ok: false, error: `series.${issue?.path.join('.') ?? ''}: ${message}` };
}
