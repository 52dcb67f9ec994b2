import { isAssessment, isResultMetric } from './units.js';

// The cheap shape check of the comparison's arguments, with no zod and no wording: it says which
// field is wrong, and a caller that must say so in words loads `compareSeries`, whose message is
// the core's (Russian, or English), only then. For series it accepts exactly what
// `compareSeries`' own check accepts (shape.test.ts holds the two together); for options it checks
// what the comparison reads (the schema also checks ranges and unknown keys).

/** Where the arguments of a comparison break its shape: the argument and the path inside it. */
export interface ShapeProblem {
  argument: 'series' | 'options';
  /** The path inside the argument: `[3, 'points', 0, 'value']`. */
  path: (string | number)[];
}

type Path = (string | number)[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// zod's number: no NaN, no infinity.
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** The path of the first item of an array that fails `check`, or `[]` when the value is no array. */
function arrayProblem(value: unknown, check: (item: unknown) => Path | undefined): Path | undefined {
  if (!Array.isArray(value)) return [];
  for (let index = 0; index < value.length; index += 1) {
    const inner = check(value[index]);
    if (inner !== undefined) return [index, ...inner];
  }
  return undefined;
}

const optional =
  (check: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    value === undefined || check(value);

function pointProblem(point: unknown): Path | undefined {
  if (!isObject(point)) return [];
  if (!isNumber(point['year'])) return ['year'];
  if (!isNumber(point['value'])) return ['value'];
  if (!optional(isNumber)(point['participants'])) return ['participants'];
  return undefined;
}

function seriesEntryProblem(entry: unknown): Path | undefined {
  if (!isObject(entry)) return [];
  if (!optional(isString)(entry['schoolId'])) return ['schoolId'];
  if (!isString(entry['assessment'])) return ['assessment'];
  if (!isString(entry['metric'])) return ['metric'];
  const subjects = arrayProblem(entry['subjects'], (item) => (isString(item) ? undefined : []));
  if (subjects !== undefined) return ['subjects', ...subjects];
  if (!optional(isNumber)(entry['grade'])) return ['grade'];
  const points = arrayProblem(entry['points'], pointProblem);
  return points === undefined ? undefined : ['points', ...points];
}

function yearValueProblem(entry: unknown): Path | undefined {
  if (!isObject(entry)) return [];
  if (!isNumber(entry['year'])) return ['year'];
  return isNumber(entry['value']) ? undefined : ['value'];
}

function optionsProblem(options: unknown): Path | undefined {
  if (!isObject(options)) return [];
  if (!isAssessment(options['assessment'])) return ['assessment'];
  if (!isResultMetric(options['metric'])) return ['metric'];
  const numbers: Record<string, (value: unknown) => boolean> = {
    grade: isNumber,
    tolerance: isNumber,
    minSample: isNumber,
    precision: isNumber,
    lowThreshold: (value) => isNumber(value) || value === 'municipal-average',
    policy: isObject,
    locale: isString,
  };
  for (const [key, check] of Object.entries(numbers)) if (!optional(check)(options[key])) return [key];
  const lists: [string, (item: unknown) => Path | undefined][] = [
    ['subjects', (item) => (isString(item) ? undefined : [])],
    ['years', (item) => (isNumber(item) ? undefined : [])],
    ['municipalAverage', yearValueProblem],
    ['schools', (item) => (isObject(item) ? undefined : [])],
  ];
  for (const [key, check] of lists) {
    if (options[key] === undefined) continue;
    const inner = arrayProblem(options[key], check);
    if (inner !== undefined) return [key, ...inner];
  }
  return undefined;
}

/**
 * The first place where `series` or `options` would not do for `compareSeriesUnchecked`, or
 * `undefined` when both do: a walk over the values, with no schema and no message text.
 */
export function comparisonShapeProblem(series: unknown, options: unknown): ShapeProblem | undefined {
  const inSeries = arrayProblem(series, seriesEntryProblem);
  if (inSeries !== undefined) return { argument: 'series', path: inSeries };
  const inOptions = optionsProblem(options);
  return inOptions === undefined ? undefined : { argument: 'options', path: inOptions };
}
