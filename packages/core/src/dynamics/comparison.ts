import type { Issue } from '../errors/index.js';
import type { School } from '../school/schema.js';
import type { DisplayLocale } from '../share/format-number.js';
import { roundHalfUp } from '../share/round-half-up.js';
import { countRu } from './plural.js';
import type { DynamicsPolicy, DynamicsPolicyInput } from './policy.js';
import type {
  Assessment,
  DynamicsClass,
  DynamicsOptionsInput,
  ResultMetric,
  ResultSeries,
} from './schema.js';
import { changeUnitOf, type ChangeUnit } from './units.js';
import { dynamicsVerdict, resolveDynamicsPolicy, toleranceFor } from './verdict.js';
import { toDisplayLocale } from '../text/locale.js';
import type { DynamicsRowCache } from './row-cache.js';

// The comparison itself, with no zod and no error wording: `compareSeries` (compare.ts) checks
// its arguments and calls it; the chart, whose data a program hands over, calls it directly
// after the cheap shape check of shape.ts.

export { changeUnitOf, type ChangeUnit };

/** Options of `compareSeries`: `DynamicsOptionsInput` plus school records for names and the language of issues. */
export interface DynamicsOptions extends Omit<DynamicsOptionsInput, 'policy'> {
  /** The dynamics policy (tolerance, minimum sample, low threshold, «стабильно низкие»); default `defaultDynamicsPolicy`. */
  policy?: DynamicsPolicyInput;
  /** Schools, for their names («МБОУ СОШ № 22») and the order of rows. */
  schools?: readonly Pick<School, 'id' | 'name'>[];
  locale?: DisplayLocale;
}

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

/** A school's row with its verdict, or `too-few-years` when fewer than two years are compared. */
function judged(
  schoolId: string,
  name: string | undefined,
  series: ResultSeries,
  years: readonly number[],
  municipal: ReadonlyMap<number, number>,
  policy: DynamicsPolicy,
  unit: ChangeUnit,
): SchoolDynamics {
  const { lowByYear, ...row } = schoolRow(schoolId, series, years, municipal, policy, unit);
  const verdict = dynamicsVerdict(
    { change: row.change?.absolute ?? null, unit, lowByYear, smallSample: row.smallSample },
    policy,
  );
  row.lowInAllYears = verdict.lowInAllYears;
  const named = name === undefined ? row : { ...row, schoolName: name };
  if (years.length < 2) return { ...named, classification: 'insufficient-data', reason: 'too-few-years' };
  return {
    ...named,
    classification: verdict.classification,
    ...(verdict.reason === undefined ? {} : { reason: verdict.reason }),
  };
}

/**
 * `compareSeries` without its argument check: the same result for arguments that pass it. For
 * callers whose data a program made (the chart, after `comparisonShapeProblem`); anything typed
 * or read from a file goes through `compareSeries`, which names a wrong field instead. Given a
 * `cache`, a school whose series holds the same data as in the cache's last comparison (the same
 * object, or the same points) keeps its row object, unless the years, municipal average, policy
 * or unit changed: an update recomputes only the schools that changed.
 */
export function compareSeriesUnchecked(
  series: readonly ResultSeries[],
  options: DynamicsOptions,
  cache?: DynamicsRowCache,
): DynamicsResult {
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
  for (const entry of chosen) {
    const own = bySchool.get(entry.schoolId);
    if (own === undefined) bySchool.set(entry.schoolId, [entry]);
    else own.push(entry);
  }
  const names = new Map((options.schools ?? []).map((school) => [school.id, school.name]));
  const policy = policyOfOptions(options, unit);
  const tolerance = toleranceFor(policy, unit);
  const kept = cache?.begin(years, municipal, policy, unit);

  const schools: SchoolDynamics[] = [];
  for (const [schoolId, own] of bySchool) {
    const [first] = own;
    if (first === undefined) continue;
    const name = names.get(schoolId);
    if (own.length > 1) {
      const named = judged(schoolId, name, first, years, municipal, policy, unit);
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
      continue;
    }
    let row = kept?.get(schoolId, name, first);
    if (row === undefined) {
      row = judged(schoolId, name, first, years, municipal, policy, unit);
      kept?.set(schoolId, name, first, row);
    }
    schools.push(row);
  }
  kept?.end();

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
