import type { DisplayLocale } from '../share/index.js';
import { pickText } from '../text/pick.js';
import type { LocalizedText } from '../text/schema.js';
import type { DynamicsResult, InsufficientReason, SchoolDynamics } from './comparison.js';
import { formatAmount, formatResultValue } from './format.js';
import { assessmentLabels, dynamicsClassLabels } from './labels.js';
import { countRu, pluralRu } from './plural.js';
import type { DynamicsClass, ResultMetric } from './schema.js';
import { textOr } from '../text/artifacts.js';
import { toDisplayLocale } from '../text/locale.js';

/** Options of `summarizeDynamics`. */
export interface SummaryOptions {
  /** Words after «в школах», as seed 004 writes «в школах ШНОР № 22, 27»: `{ ru: 'ШНОР' }`. */
  qualifier?: LocalizedText;
  /** Start with a sentence counting schools per class (default true). */
  overview?: boolean;
}

const schoolForms = ['школа', 'школы', 'школ'] as const;
const order: readonly DynamicsClass[] = [
  'improving',
  'stable-low',
  'declining',
  'stable',
  'insufficient-data',
];

/** The number of a school in its name: «МБОУ СОШ № 22» → «22»; `undefined` when the name has none. */
export function schoolNumber(name: string): string | undefined {
  return /№\s*(\d[\p{L}\d/-]*)/u.exec(name)?.[1];
}

/** «в школе № 8», «в школах № 22, 27», «в школах ШНОР № 22, 27», names for schools without a number. */
function inSchools(
  rows: readonly SchoolDynamics[],
  locale: DisplayLocale,
  qualifier?: LocalizedText,
): string {
  const numbers: string[] = [];
  const names: string[] = [];
  for (const row of rows) {
    // A malformed row must not print «undefined» or «[object Object]» in a sentence.
    const name = textOr(row.schoolName, textOr(row.schoolId, locale === 'en' ? 'unnamed' : 'без названия'));
    const number = schoolNumber(name);
    if (number === undefined) names.push(name);
    else numbers.push(number);
  }
  const parts = [
    ...(numbers.length > 0 ? [`${locale === 'ru' ? '№' : 'No.'} ${numbers.join(', ')}`] : []),
    ...names,
  ];
  const extra = qualifier === undefined ? '' : ` ${pickText(qualifier, locale)}`;
  if (locale === 'ru') return `в ${rows.length === 1 ? 'школе' : 'школах'}${extra} ${parts.join(', ')}`;
  return `in${extra} ${rows.length === 1 ? 'school' : 'schools'} ${parts.join(', ')}`;
}

/** «совокупность среднего балла по 4 предметам», «средний балл по предмету «математика»». */
export function metricPhrase(
  metric: ResultMetric,
  subjects: readonly string[] | undefined,
  requested: DisplayLocale,
): string {
  const locale = toDisplayLocale(requested);
  const count = subjects?.length ?? 0;
  if (locale === 'ru') {
    const base: Record<ResultMetric, string> = {
      'average-score': 'средний балл',
      'sum-of-average-scores': 'совокупность среднего балла',
      'quality-percent': 'качество знаний',
      'sum-of-quality-percents': 'совокупность среднего балла по качеству образования',
      'pass-rate': 'успеваемость',
    };
    const about =
      count === 0
        ? ''
        : count === 1
          ? ` по предмету «${subjects?.[0] ?? ''}»`
          : ` по ${count} ${pluralRu(count, ['предмету', 'предметам', 'предметам'])}`;
    return base[metric] + about;
  }
  const base: Record<ResultMetric, string> = {
    'average-score': 'the average score',
    'sum-of-average-scores': 'the sum of average scores',
    'quality-percent': 'the quality rate',
    'sum-of-quality-percents': 'the sum of quality rates',
    'pass-rate': 'the pass rate',
  };
  const about = count === 0 ? '' : count === 1 ? ` in ${subjects?.[0] ?? ''}` : ` in ${count} subjects`;
  return base[metric] + about;
}

function yearsPhrase(years: readonly number[], locale: DisplayLocale): string {
  const head = years.slice(0, -1).join(', ');
  const last = years.at(-1);
  if (locale === 'ru') return years.length === 1 ? `в ${last} году` : `в ${head} и ${last} годах`;
  return years.length === 1 ? `in ${last}` : `in ${head} and ${last}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function overviewSentence(result: DynamicsResult, locale: DisplayLocale): string {
  const assessment = pickText(assessmentLabels[result.assessment], locale);
  const metric = metricPhrase(result.metric, result.subjects, locale);
  const total = result.schools.length;
  const parts = order.flatMap((kind) => {
    const count = result.schools.filter((row) => row.classification === kind).length;
    if (count === 0) return [];
    const label = pickText(dynamicsClassLabels[kind], locale);
    return [
      locale === 'ru'
        ? `${label} — ${countRu(count, schoolForms)}`
        : `${label}: ${count} ${count === 1 ? 'school' : 'schools'}`,
    ];
  });
  if (locale === 'ru') {
    return `Динамика результатов ${assessment} (${metric}) в ${result.lastYear} году в сравнении с ${result.baseYear} годом: ${parts.join(', ')} (всего ${countRu(total, schoolForms)}).`;
  }
  return `Dynamics of ${assessment} results (${metric}) in ${result.lastYear} compared with ${result.baseYear}: ${parts.join(', ')} (${total} ${total === 1 ? 'school' : 'schools'} in all).`;
}

function classSentence(
  kind: Exclude<DynamicsClass, 'insufficient-data'>,
  rows: readonly SchoolDynamics[],
  result: DynamicsResult,
  locale: DisplayLocale,
  qualifier?: LocalizedText,
): string {
  const assessment = pickText(assessmentLabels[result.assessment], locale);
  const metric = metricPhrase(result.metric, result.subjects, locale);
  const where = inSchools(rows, locale, qualifier);
  const ru = locale === 'ru';
  const base = result.baseYear;
  switch (kind) {
    case 'improving':
      return ru
        ? `Положительная динамика результатов ${assessment}: ${metric} выше в сравнении с ${base} годом ${where}.`
        : `Positive dynamics of ${assessment} results: ${metric} is higher than in ${base} ${where}.`;
    case 'declining':
      return ru
        ? `Снижение результатов ${assessment}: ${metric} ниже в сравнении с ${base} годом ${where}.`
        : `Decline in ${assessment} results: ${metric} is lower than in ${base} ${where}.`;
    case 'stable-low': {
      const threshold =
        result.lowThreshold === 'municipal-average'
          ? ru
            ? 'ниже среднего по муниципалитету'
            : 'below the municipal average'
          : `${ru ? 'ниже' : 'below'} ${formatResultValue(result.lowThreshold ?? 0, result.metric, result.precision, locale)}`;
      return ru
        ? `Стабильно низкие результаты ${assessment}: ${metric} ${threshold} ${yearsPhrase(result.years, locale)} ${where}.`
        : `Stable low ${assessment} results: ${metric} ${threshold} ${yearsPhrase(result.years, locale)} ${where}.`;
    }
    case 'stable': {
      const within =
        result.tolerance > 0
          ? ru
            ? `, изменение в пределах ±${formatAmount(result.tolerance, result.unit, result.precision, locale)}`
            : `, change within ±${formatAmount(result.tolerance, result.unit, result.precision, locale)}`
          : '';
      return ru
        ? `Результаты ${assessment} на уровне ${base} года (${metric}${within}) ${where}.`
        : `${assessment} results at the ${base} level (${metric}${within}) ${where}.`;
    }
  }
}

function insufficientSentence(
  reason: InsufficientReason,
  rows: readonly SchoolDynamics[],
  result: DynamicsResult,
  locale: DisplayLocale,
  qualifier?: LocalizedText,
): string {
  const assessment = pickText(assessmentLabels[result.assessment], locale);
  const where = inSchools(rows, locale, qualifier);
  const ru = locale === 'ru';
  switch (reason) {
    case 'missing-year':
      return ru
        ? `Недостаточно данных для оценки динамики результатов ${assessment} (нет результатов за ${result.baseYear} или ${result.lastYear} год) ${where}.`
        : `Not enough data to judge the dynamics of ${assessment} results (no result for ${result.baseYear} or ${result.lastYear}) ${where}.`;
    case 'too-few-years':
      return ru
        ? `Недостаточно данных для оценки динамики результатов ${assessment} (нужны результаты хотя бы за два года) ${where}.`
        : `Not enough data to judge the dynamics of ${assessment} results (results for two years at least are needed) ${where}.`;
    case 'small-sample':
      return ru
        ? `Малочисленная выборка (менее ${result.minSample} ${pluralRu(result.minSample, ['участника', 'участников', 'участников'])}): динамика результатов ${assessment} не оценивалась ${where}.`
        : `Small sample (fewer than ${result.minSample} participants): the dynamics of ${assessment} results were not judged ${where}.`;
    case 'ambiguous-series':
      return ru
        ? `Несколько рядов результатов (разные предметы или классы): динамика результатов ${assessment} не оценивалась ${where}.`
        : `Several series (different subjects or grades): the dynamics of ${assessment} results were not judged ${where}.`;
  }
}

const reasons: readonly InsufficientReason[] = [
  'missing-year',
  'too-few-years',
  'small-sample',
  'ambiguous-series',
];

/**
 * The dynamics as an analytical report writes them (seeds 002, 004): a sentence counting schools
 * per class, then one sentence per class naming the schools — «Положительная динамика результатов
 * ГИА-9: совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в школах № 22, 27.»
 * Schools are named by their number when the name has one.
 */
export function summarizeDynamics(
  result: DynamicsResult,
  requested: DisplayLocale = 'ru',
  options: SummaryOptions = {},
): string[] {
  const locale = toDisplayLocale(requested);
  const sentences: string[] = [];
  if (result.schools.length === 0) {
    return [
      locale === 'ru'
        ? `Нет результатов ${pickText(assessmentLabels[result.assessment], locale)} для оценки динамики.`
        : `No ${pickText(assessmentLabels[result.assessment], locale)} results to judge the dynamics.`,
    ];
  }
  if (options.overview !== false && result.baseYear !== null && result.lastYear !== null)
    sentences.push(overviewSentence(result, locale));
  for (const kind of order) {
    const rows = result.schools.filter((row) => row.classification === kind);
    if (rows.length === 0) continue;
    if (kind !== 'insufficient-data') {
      sentences.push(classSentence(kind, rows, result, locale, options.qualifier));
      continue;
    }
    for (const reason of reasons) {
      const because = rows.filter((row) => row.reason === reason);
      if (because.length > 0)
        sentences.push(insufficientSentence(reason, because, result, locale, options.qualifier));
    }
  }
  return sentences.map((sentence) => capitalize(sentence));
}
