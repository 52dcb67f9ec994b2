import type { Issue } from '../errors/index.js';
import type { School } from '../school/schema.js';
import { roundHalfUp, type DisplayLocale } from '../share/index.js';
import { countRu } from './plural.js';
import {
  dynamicsVerdict,
  resolveDynamicsPolicy,
  toleranceFor,
  type DynamicsPolicy,
  type DynamicsPolicyInput,
} from './policy.js';
import {
  dynamicsOptionsSchema,
  percentMetrics,
  type Assessment,
  type DynamicsClass,
  type DynamicsOptionsInput,
  type ResultMetric,
  type ResultSeries,
} from './schema.js';
import { assertArgument } from '../errors/require-argument.js';
import * as z from 'zod/mini';
import { toDisplayLocale } from '../text/locale.js';

/** Options of `compareSeries`: `DynamicsOptionsInput` plus school records for names and the language of issues. */
export interface DynamicsOptions extends Omit<DynamicsOptionsInput, 'policy'> {
  /** The dynamics policy (tolerance, minimum sample, low threshold, «стабильно низкие»); default `defaultDynamicsPolicy`. */
  policy?: DynamicsPolicyInput;
  /** Schools, for their names («МБОУ СОШ № 22») and the order of rows. */
  schools?: readonly Pick<School, 'id' | 'name'>[];
  locale?: DisplayLocale;
}

/** The unit a change is measured in: points (баллы) or percentage points (п.п.). */
export type ChangeUnit = 'points' | 'percentage-points';

/** The change of a value from one year to another. */
export interface YearChange {
  from: number;
  to: number;
  /** The later value minus the earlier one. */
  absolute: number;
  unit: ChangeUnit;
}

/** A school's value in a year, and the municipality's when given. */
export interface YearValue {
  year: number;
  /** `null` when the school has no result for the year. */
  value: number | null;
  participants?: number;
  /** The municipal average of the year, when given. */
  municipal?: number;
  /** The school's value minus the municipal average; `null` when either is missing. */
  vsMunicipal?: number | null;
}

/** Why a school's dynamics were not judged. */
export type InsufficientReason = 'missing-year' | 'small-sample' | 'ambiguous-series' | 'too-few-years';

/** The dynamics of one school. */
export interface SchoolDynamics {
  schoolId: string;
  schoolName?: string;
  values: YearValue[];
  /** Changes between consecutive compared years where both values exist. */
  changes: YearChange[];
  /** The last compared year against the base year (the one before it); `null` without both values. */
  change: YearChange | null;
  /** How the gap to the municipal average moved from the base year to the last (positive: narrowed or lead grew). */
  gapChange: number | null;
  classification: DynamicsClass;
  /** Why the school was not judged, for `insufficient-data`. */
  reason?: InsufficientReason;
  /** Some compared year had fewer participants than `minSample`. */
  smallSample: boolean;
  /** Below the low threshold in every compared year; `null` when a value or the threshold is missing. */
  lowInAllYears: boolean | null;
}

/** The comparison of all schools' series for one assessment, metric and subject set. */
export interface DynamicsResult {
  assessment: Assessment;
  metric: ResultMetric;
  /** The subjects compared; absent when the series disagree and none were asked for. */
  subjects?: string[];
  grade?: number;
  years: number[];
  baseYear: number | null;
  lastYear: number | null;
  tolerance: number;
  lowThreshold?: number | 'municipal-average';
  minSample: number;
  /** The policy every verdict of this result was taken with. */
  policy: DynamicsPolicy;
  precision: number;
  unit: ChangeUnit;
  schools: SchoolDynamics[];
  /** Problems with the data, each a sentence in the requested language. */
  issues: Issue[];
}

/** The unit a change of the metric is measured in. */
export function changeUnitOf(metric: ResultMetric): ChangeUnit {
  return percentMetrics.includes(metric) ? 'percentage-points' : 'points';
}

// Subtraction of decimals leaves binary noise (13,4 − 13,1 = 0,3000000000000007) that would
// tip a change over the tolerance; ten decimals is far below any score's precision.
function difference(later: number, earlier: number): number {
  return roundHalfUp(later - earlier, 10);
}

function subjectKey(subjects: readonly string[]): string {
  return [...subjects]
    .map((subject) => subject.trim().toLowerCase())
    .sort()
    .join('|');
}

function matches(series: ResultSeries, options: DynamicsOptions): boolean {
  if (series.assessment !== options.assessment || series.metric !== options.metric) return false;
  if (options.grade !== undefined && series.grade !== options.grade) return false;
  return options.subjects === undefined || subjectKey(series.subjects) === subjectKey(options.subjects);
}

function comparedYears(series: readonly ResultSeries[], options: DynamicsOptions): number[] {
  if (options.years !== undefined) return [...new Set(options.years)].sort((a, b) => a - b);
  const all = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.year)))].sort(
    (a, b) => a - b,
  );
  return all.slice(-2);
}

function issue(path: string, code: string, locale: DisplayLocale, ru: string, en: string): Issue {
  return { path, code, message: locale === 'ru' ? ru : en };
}

function thresholdFor(year: YearValue, policy: DynamicsPolicy): number | undefined {
  return policy.lowThreshold === 'municipal-average' ? year.municipal : policy.lowThreshold;
}

/**
 * The policy of a comparison: `options.policy` over the default, then the older per-call
 * `tolerance` (in the metric's unit), `minSample` and `lowThreshold` when a caller still gives them.
 */
export function policyOfOptions(options: DynamicsOptions, unit: ChangeUnit): DynamicsPolicy {
  const policy = resolveDynamicsPolicy(options.policy);
  if (options.tolerance !== undefined) {
    policy.tolerance =
      unit === 'percentage-points'
        ? { ...policy.tolerance, percentagePoints: options.tolerance }
        : { ...policy.tolerance, points: options.tolerance };
  }
  if (options.minSample !== undefined) policy.minSample = options.minSample;
  if (options.lowThreshold !== undefined) policy.lowThreshold = options.lowThreshold;
  return policy;
}

function schoolRow(
  schoolId: string,
  series: ResultSeries,
  years: readonly number[],
  municipal: ReadonlyMap<number, number>,
  policy: DynamicsPolicy,
  unit: ChangeUnit,
): Omit<SchoolDynamics, 'classification' | 'reason'> & { lowByYear: (boolean | null)[] } {
  const values = years.map((year): YearValue => {
    const point = series.points.find((entry) => entry.year === year);
    const entry: YearValue = { year, value: point?.value ?? null };
    if (point?.participants !== undefined) entry.participants = point.participants;
    const average = municipal.get(year);
    if (average !== undefined) {
      entry.municipal = average;
      entry.vsMunicipal = entry.value === null ? null : difference(entry.value, average);
    }
    return entry;
  });
  const changes: YearChange[] = [];
  for (let index = 1; index < values.length; index++) {
    const earlier = values[index - 1];
    const later = values[index];
    if (earlier?.value == null || later?.value == null) continue;
    changes.push({
      from: earlier.year,
      to: later.year,
      absolute: difference(later.value, earlier.value),
      unit,
    });
  }
  const base = values.at(-2);
  const last = values.at(-1);
  const change =
    base?.value == null || last?.value == null
      ? null
      : { from: base.year, to: last.year, absolute: difference(last.value, base.value), unit };
  const gapChange =
    base?.vsMunicipal == null || last?.vsMunicipal == null
      ? null
      : difference(last.vsMunicipal, base.vsMunicipal);
  const lowByYear = values.map((year) => {
    const threshold = thresholdFor(year, policy);
    return year.value === null || threshold === undefined ? null : year.value < threshold;
  });
  return {
    lowByYear,
    schoolId,
    values,
    changes,
    change,
    gapChange,
    smallSample: values.some(
      (year) => year.participants !== undefined && year.participants < policy.minSample,
    ),
    lowInAllYears: null,
  };
}

const seriesShapeSchema = /* @__PURE__ */ z.array(
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

// The options as a schema: `DynamicsOptionsInput` plus the school names and the language.
const compareOptionsSchema = /* @__PURE__ */ z.extend(dynamicsOptionsSchema, {
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
  const locale = toDisplayLocale(options.locale);
  const unit = changeUnitOf(options.metric);
  const chosen = series.filter((entry) => matches(entry, options));
  const years = comparedYears(chosen, options);
  const issues: Issue[] = [];
  const municipal = new Map((options.municipalAverage ?? []).map((entry) => [entry.year, entry.value]));

  if (years.length < 2) {
    issues.push(
      issue(
        'series',
        'too-few-years',
        locale,
        `Для оценки динамики нужны результаты хотя бы за два года, а найдено: ${years.length === 0 ? 'ни одного' : years.join(', ')}.`,
        `Dynamics need results for at least two years; found: ${years.length === 0 ? 'none' : years.join(', ')}.`,
      ),
    );
  }
  const subjectSets = new Map(chosen.map((entry) => [subjectKey(entry.subjects), entry.subjects]));
  if (options.subjects === undefined && subjectSets.size > 1) {
    issues.push(
      issue(
        'series',
        'mixed-subject-sets',
        locale,
        `Ряды результатов относятся к разным наборам предметов (${[...subjectSets.values()].map((set) => set.join(', ')).join('; ')}): укажите предметы для сравнения (subjects).`,
        `The series cover different subject sets (${[...subjectSets.values()].map((set) => set.join(', ')).join('; ')}): say which subjects to compare (subjects).`,
      ),
    );
  }

  const bySchool = new Map<string, ResultSeries[]>();
  for (const school of options.schools ?? []) bySchool.set(school.id, []);
  for (const entry of chosen) bySchool.set(entry.schoolId, [...(bySchool.get(entry.schoolId) ?? []), entry]);
  const names = new Map((options.schools ?? []).map((school) => [school.id, school.name]));
  const policy = policyOfOptions(options, unit);
  const tolerance = toleranceFor(policy, unit);

  const schools: SchoolDynamics[] = [];
  for (const [schoolId, own] of bySchool) {
    const [first] = own;
    if (first === undefined) continue;
    const name = names.get(schoolId);
    const { lowByYear, ...row } = schoolRow(schoolId, first, years, municipal, policy, unit);
    const verdict = dynamicsVerdict(
      { change: row.change?.absolute ?? null, unit, lowByYear, smallSample: row.smallSample },
      policy,
    );
    row.lowInAllYears = verdict.lowInAllYears;
    const named = name === undefined ? row : { ...row, schoolName: name };
    if (own.length > 1) {
      issues.push(
        issue(
          'series',
          'ambiguous-series',
          locale,
          `Для школы «${name ?? schoolId}» найдено ${countRu(own.length, ['ряд', 'ряда', 'рядов'])} результатов (разные предметы или классы): укажите subjects или grade.`,
          `School "${name ?? schoolId}" has ${own.length} series (different subjects or grades): give subjects or grade.`,
        ),
      );
      schools.push({ ...named, classification: 'insufficient-data', reason: 'ambiguous-series' });
    } else if (years.length < 2) {
      schools.push({ ...named, classification: 'insufficient-data', reason: 'too-few-years' });
    } else {
      schools.push({
        ...named,
        classification: verdict.classification,
        ...(verdict.reason === undefined ? {} : { reason: verdict.reason }),
      });
    }
  }

  const result: DynamicsResult = {
    assessment: options.assessment,
    metric: options.metric,
    years,
    baseYear: years.at(-2) ?? null,
    lastYear: years.length >= 2 ? (years.at(-1) ?? null) : null,
    tolerance,
    minSample: policy.minSample,
    lowThreshold: policy.lowThreshold,
    policy,
    precision: options.precision ?? 1,
    unit,
    schools,
    issues,
  };
  const subjects = options.subjects ?? (subjectSets.size === 1 ? [...subjectSets.values()][0] : undefined);
  if (subjects !== undefined) result.subjects = [...subjects];
  if (options.grade !== undefined) result.grade = options.grade;
  return result;
}
