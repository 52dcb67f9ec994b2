import * as z from 'zod/mini';
import type { Issue } from '../errors/issue.js';
import { parseOrExplain } from '../errors/parse.js';
import { assertArgument } from '../errors/require-argument.js';
import type { DisplayLocale } from '../share/format-number.js';
import { compareSeriesUnchecked, type DynamicsOptions, type DynamicsResult } from './comparison.js';
import { dynamicsOptionsSchema, type ResultSeries } from './schema.js';

export {
  compareSeriesUnchecked,
  policyOfOptions,
  changeUnitOf,
  type DynamicsOptions,
  type ChangeUnit,
  type YearChange,
  type YearValue,
  type InsufficientReason,
  type SchoolDynamics,
  type DynamicsResult,
} from './comparison.js';

/** The shape `compareSeries` walks (exported for the test that holds `comparisonShapeProblem` to it). */
export const seriesShapeSchema = /* @__PURE__ */ z.array(
  z.looseObject({
    schoolId: z.optional(z.string()),
    assessment: z.string(),
    metric: z.string(),
    subjects: z.array(z.string()),
    grade: z.optional(z.number()),
    points: z.array(
      z.looseObject({ year: z.number(), value: z.number(), participants: z.optional(z.number()) }),
    ),
  }),
);

/** The options as a schema: `DynamicsOptionsInput` plus the school names and the language. */
export const compareOptionsSchema = /* @__PURE__ */ z.extend(dynamicsOptionsSchema, {
  // The policy is checked where it is resolved (`resolveDynamicsPolicy`), input or resolved alike.
  policy: z.optional(z.unknown()),
  // School records may be malformed: a row then reads «школа без названия» (see the report tests).
  schools: z.optional(z.array(z.looseObject({}))),
  locale: z.optional(z.string()),
});

/**
 * Compares the results of schools year over year (seeds 002 and 004): for each school, its values
 * in the compared years, the change (in баллы, or п.п. for percentages), the gap to the municipal
 * average, and a class taken by `dynamicsVerdict` under the one dynamics policy (`policy`,
 * default `defaultDynamicsPolicy`) — `improving` when the last year beats the base year by more
 * than the tolerance, `declining` when it falls short by more, otherwise `stable`, or `stable-low`
 * when the school was also low over the policy's years. A missing year, or fewer participants than
 * the policy's minimum, gives `insufficient-data`: flagged, not judged. Rows follow the
 * order of `schools` when given, else the order of the series; a school without a series has no row.
 */
export function compareSeries(series: readonly ResultSeries[], options: DynamicsOptions): DynamicsResult {
  // Only the shape the comparison walks: a series without a school is named «школа без названия».
  assertArgument('compareSeries', 'series', seriesShapeSchema, series);
  assertArgument('compareSeries', 'options', compareOptionsSchema, options);
  return compareSeriesUnchecked(series, options);
}

/**
 * What `compareSeries` would refuse in its arguments, field by field, in the requested language
 * (`series[0].points[1].value`: «Поле «value»: ожидается число…»); empty when it takes them. For a
 * caller that found a problem with `comparisonShapeProblem` and must now say it in words.
 */
export function explainComparisonArguments(
  series: unknown,
  options: unknown,
  locale: DisplayLocale = 'ru',
): Issue[] {
  const inSeries = parseOrExplain(seriesShapeSchema, series, { pathPrefix: ['series'], locale });
  if (!inSeries.ok) return inSeries.issues;
  const inOptions = parseOrExplain(compareOptionsSchema, options, { pathPrefix: ['options'], locale });
  return inOptions.ok ? [] : inOptions.issues;
}
