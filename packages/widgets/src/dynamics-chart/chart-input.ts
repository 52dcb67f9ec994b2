import type { DynamicsOptions, ResultSeries, School } from '@shnro/core';
import type { DynamicsChartOptions, DynamicsChartSchools } from './dynamics-chart.js';

// What the element hands to the core: no rule, only the wiring between the element's properties
// and the core's `compareSeries`.

/** The chart's properties as `compareSeries` takes them (without the locale), and the municipal average by year. */
export interface ComparisonInput {
  series: readonly ResultSeries[];
  /** Undefined while neither the options nor the first series name the assessment and metric. */
  options?: Omit<DynamicsOptions, 'locale'>;
  municipal: Map<number, number>;
}

/** Fills `assessment` and `metric` from the first series and puts the chart's `schools` first. */
export function comparisonInput(
  series: readonly ResultSeries[] = [],
  schools: DynamicsChartSchools | undefined,
  options: DynamicsChartOptions = {},
): ComparisonInput {
  const assessment = options.assessment ?? series[0]?.assessment;
  const metric = options.metric ?? series[0]?.metric;
  const municipal = new Map((options.municipalAverage ?? []).map((entry) => [entry.year, entry.value]));
  if (assessment === undefined || metric === undefined) return { series, municipal };
  const records = schoolRecords(schools) ?? options.schools;
  return {
    series,
    municipal,
    options: { ...options, assessment, metric, ...(records ? { schools: records } : {}) },
  };
}

function schoolRecords(schools: DynamicsChartSchools | undefined): Pick<School, 'id' | 'name'>[] | undefined {
  if (schools === undefined) return undefined;
  if (Array.isArray(schools)) return [...(schools as readonly Pick<School, 'id' | 'name'>[])];
  return Object.entries(schools as Readonly<Record<string, string>>).map(([id, name]) => ({ id, name }));
}
