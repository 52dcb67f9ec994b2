import type { Assessment, ResultMetric } from './schema.js';

// The values the dynamics schemas enumerate, as plain lists: the comparison and its cheap shape
// check read them without loading zod (schema.ts builds its enums from these same lists).

/** Every assessment (оценочная процедура) the dynamics know: ВПР, ГИА-9, ГИА-11. */
export const assessments = ['vpr', 'gia-9', 'gia-11'] as const;

/** Every metric (показатель) a result series can carry. */
export const resultMetrics = [
  'average-score',
  'sum-of-average-scores',
  'quality-percent',
  'sum-of-quality-percents',
  'pass-rate',
] as const;

/** Metrics that are percentages of students: a change in them is in percentage points (п.п.). */
export const percentMetrics: readonly ResultMetric[] = [
  'quality-percent',
  'sum-of-quality-percents',
  'pass-rate',
];

/** The unit a change is measured in: points (баллы) or percentage points (п.п.). */
export type ChangeUnit = 'points' | 'percentage-points';

/** The unit a change of the metric is measured in. */
export function changeUnitOf(metric: ResultMetric): ChangeUnit {
  return percentMetrics.includes(metric) ? 'percentage-points' : 'points';
}

/** Whether a value is one of the assessments (a type guard for untyped input). */
export function isAssessment(value: unknown): value is Assessment {
  return (assessments as readonly unknown[]).includes(value);
}

/** Whether a value is one of the metrics (a type guard for untyped input). */
export function isResultMetric(value: unknown): value is ResultMetric {
  return (resultMetrics as readonly unknown[]).includes(value);
}
