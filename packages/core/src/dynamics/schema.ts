import * as z from 'zod/mini';
import { withMeta } from '../json-schema/meta.js';
import { recordIdSchema } from '../record/schema.js';
import { reportIssue } from '../mentorship/issue.js';
import { dynamicsPolicyInputSchema } from './policy.js';
import { assessments, percentMetrics, resultMetrics } from './units.js';

export { percentMetrics };

const textSchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1));

/** An assessment whose results show the dynamics: `vpr` (ВПР), `gia-9` (ГИА-9, ОГЭ), `gia-11` (ГИА-11, ЕГЭ). */
export const assessmentSchema = /* @__PURE__ */ withMeta(z.enum(assessments), {
  title: 'Assessment',
  description: 'Оценочная процедура: ВПР, ГИА-9 (ОГЭ), ГИА-11 (ЕГЭ).',
});

/** An assessment (оценочная процедура). */
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * What a result measures: `average-score` (средний балл), `sum-of-average-scores` (совокупность
 * средних баллов по нескольким предметам, seed 004), `quality-percent` (качество знаний: доля «4» и
 * «5», %), `sum-of-quality-percents` (совокупность показателей качества по нескольким предметам,
 * seed 004), `pass-rate` (успеваемость, %).
 */
export const resultMetricSchema = /* @__PURE__ */ withMeta(z.enum(resultMetrics), {
  title: 'ResultMetric',
  description:
    'Показатель результатов: средний балл, совокупность средних баллов, качество знаний (%), совокупность показателей качества, успеваемость (%).',
});

/** What a result measures (показатель). */
export type ResultMetric = z.infer<typeof resultMetricSchema>;

// A single percentage cannot pass 100; a sum of them over several subjects can.
const boundedPercentMetrics: readonly ResultMetric[] = ['quality-percent', 'pass-rate'];

/** One year of a series: the value and, when known, how many took the assessment. */
export const resultPointSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
    value: z.number().check(z.minimum(0)),
    /** How many students took it: below the minimum sample the dynamics are flagged, not judged. */
    participants: z.optional(z.number().check(z.int(), z.minimum(0))),
  }),
  { title: 'ResultPoint', description: 'Результат за год: значение показателя и число участников.' },
);

/** One year of a series. */
export type ResultPoint = z.infer<typeof resultPointSchema>;

interface RawSeries {
  metric: ResultMetric;
  points: ResultPoint[];
}

function checkSeries(series: RawSeries, context: z.core.$RefinementCtx<RawSeries>): void {
  const seen = new Set<number>();
  series.points.forEach((point, index) => {
    if (seen.has(point.year)) {
      reportIssue(context, ['points', index, 'year'], 'duplicate-year', {
        ru: `результат за ${point.year} год уже указан выше.`,
        en: `a result for ${point.year} is given above already.`,
      });
    }
    seen.add(point.year);
    if (boundedPercentMetrics.includes(series.metric) && point.value > 100) {
      reportIssue(context, ['points', index, 'value'], 'percent-above-100', {
        ru: `значение ${String(point.value).replace('.', ',')} больше 100%: качество знаний и успеваемость — доли учащихся.`,
        en: `${point.value} is above 100%: quality and pass rates are shares of students.`,
      });
    }
  });
}

/**
 * The results of one school in one assessment over the years (ряд результатов): which assessment,
 * which subject or set of subjects (four for seed 004's «совокупность среднего балла по 4
 * предметам»), the grade for ВПР, the metric, and a value per year.
 */
export const resultSeriesSchema = /* @__PURE__ */ withMeta(
  z
    .strictObject({
      schoolId: recordIdSchema,
      assessment: assessmentSchema,
      subjects: z.array(textSchema).check(z.minLength(1)),
      /** The grade (класс) of a ВПР. */
      grade: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(11))),
      metric: resultMetricSchema,
      points: z.array(resultPointSchema).check(z.minLength(1)),
    })
    .check(z.superRefine(checkSeries)),
  {
    title: 'ResultSeries',
    description:
      'Результаты школы по оценочной процедуре за несколько лет: предметы, показатель, значения по годам.',
  },
);

/** The results of one school over the years (ряд результатов). */
export type ResultSeries = z.infer<typeof resultSeriesSchema>;

/** A list of result series, as a chart's inline JSON carries them (zod/mini schemas have no `.array()`). */
export const resultSeriesListSchema = /* @__PURE__ */ z.array(resultSeriesSchema);

/**
 * How a school's results moved: `improving` (положительная динамика), `stable` (без существенных
 * изменений), `declining` (снижение), `stable-low` (стабильно низкие: без изменений и ниже порога
 * во всех сравниваемых годах), `insufficient-data` (нет данных за год или малочисленная выборка).
 */
export const dynamicsClassSchema = /* @__PURE__ */ withMeta(
  z.enum(['improving', 'stable', 'declining', 'stable-low', 'insufficient-data']),
  {
    title: 'DynamicsClass',
    description:
      'Динамика результатов: положительная, без существенных изменений, снижение, стабильно низкие, недостаточно данных.',
  },
);

/** How a school's results moved (динамика). */
export type DynamicsClass = z.infer<typeof dynamicsClassSchema>;

/** A year's value for the municipality (среднее по муниципалитету). */
export const municipalAverageSchema = /* @__PURE__ */ withMeta(
  z.array(
    z.strictObject({
      year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
      value: z.number().check(z.minimum(0)),
    }),
  ),
  {
    title: 'MunicipalAverage',
    description: 'Средние значения показателя по муниципалитету по годам.',
  },
);

/** The municipality's value per year. */
export type MunicipalAverage = z.infer<typeof municipalAverageSchema>;

/**
 * How to compare series: which assessment, metric, subjects (and grade) to take; which years
 * (default: the two latest in the data); the municipal average; `policy` — the one dynamics
 * policy (tolerance, minimum sample, low threshold, «стабильно низкие»), see `dynamicsPolicySchema`.
 * The older `tolerance` (in the metric's units), `lowThreshold` and `minSample` still override it
 * for one call; pages and reports should share a policy instead.
 */
export const dynamicsOptionsSchema = /* @__PURE__ */ withMeta(
  z.strictObject({
    assessment: assessmentSchema,
    metric: resultMetricSchema,
    subjects: z.optional(z.array(textSchema).check(z.minLength(1))),
    grade: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(11))),
    years: z.optional(
      z.array(z.number().check(z.int(), z.minimum(2000), z.maximum(2100))).check(z.minLength(2)),
    ),
    municipalAverage: z.optional(municipalAverageSchema),
    /** The dynamics policy; the three fields after it are older per-call overrides of it. */
    policy: z.optional(dynamicsPolicyInputSchema),
    /** @deprecated Set `policy.tolerance`: one tolerance for every page and report. */
    tolerance: z.optional(z.number().check(z.minimum(0))),
    /** @deprecated Set `policy.lowThreshold`. */
    lowThreshold: z.optional(z.union([z.number().check(z.minimum(0)), z.literal('municipal-average')])),
    /** @deprecated Set `policy.minSample`. */
    minSample: z.optional(z.number().check(z.int(), z.minimum(0))),
    /** Decimals of displayed values and changes (default 1). */
    precision: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
  }),
  {
    title: 'DynamicsOptions',
    description:
      'Параметры сравнения результатов: процедура, показатель, предметы, годы, среднее по муниципалитету, допуск, порог низких результатов, минимальная выборка.',
  },
);

/** How to compare series (параметры сравнения). */
export type DynamicsOptionsInput = z.infer<typeof dynamicsOptionsSchema>;
