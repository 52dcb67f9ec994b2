import type { Assessment, ResultMetric, ResultPoint, ResultSeries } from '../dynamics/schema.js';
import type { Issue } from '../errors/index.js';
import type { School } from '../school/schema.js';
import { roundHalfUp, type DisplayLocale } from '../share/index.js';
import { toDisplayLocale } from '../text/locale.js';
import { countRu } from '../dynamics/plural.js';
import type { AssessmentResult, ResultMeanMeasure } from './schema.js';

/** Options of `seriesFromResults`. */
export interface SeriesFromResultsOptions {
  assessment: Assessment;
  metric: ResultMetric;
  /**
   * The subjects taken: one for a mean, a quality rate or a pass rate; several for a sum
   * («совокупность среднего балла по 4 предметам», seed 004). Matched without regard to case or ё.
   */
  subjects: readonly string[];
  /** The grade (класс) of a ВПР. */
  grade?: number;
  /** Which years to read (default: every year found). */
  years?: readonly number[];
  /**
   * Which mean a mean-type metric reads: `meanMark` (средняя отметка, the default for ВПР and
   * ГИА-9) or `meanScore` (средний балл, the default for ГИА-11).
   */
  mean?: ResultMeanMeasure;
  /** Schools, for their names in messages and the order of the series. */
  schools?: readonly Pick<School, 'id' | 'name'>[];
  locale?: DisplayLocale;
}

/** The series read from results records, and what could not be read, by place. */
export interface SeriesFromResults {
  series: ResultSeries[];
  issues: Issue[];
}

const sumMetrics: readonly ResultMetric[] = ['sum-of-average-scores', 'sum-of-quality-percents'];

function normalSubject(subject: string): string {
  return subject.trim().toLowerCase().replaceAll('ё', 'е').replace(/\s+/gu, ' ');
}

function countOf(result: AssessmentResult, count: number | undefined, share: number | undefined) {
  if (count !== undefined) return count;
  return share === undefined ? undefined : Math.round((share * result.participants) / 100);
}

/** One subject's value in one year; `undefined` with the reason when the record cannot give it. */
function subjectValue(
  result: AssessmentResult,
  metric: ResultMetric,
  mean: ResultMeanMeasure,
): { value: number } | { missing: 'mean' | 'marks' | 'no-participants' } {
  if (metric === 'average-score' || metric === 'sum-of-average-scores') {
    const value = result[mean];
    return value === undefined ? { missing: 'mean' } : { value };
  }
  if (result.participants === 0) return { missing: 'no-participants' };
  if (metric === 'pass-rate') {
    const twos = countOf(result, result.count2, result.share2);
    if (twos === undefined) return { missing: 'marks' };
    return { value: roundHalfUp((100 * (result.participants - twos)) / result.participants, 1) };
  }
  const fours = countOf(result, result.count4, result.share4);
  const fives = countOf(result, result.count5, result.share5);
  if (fours === undefined || fives === undefined) return { missing: 'marks' };
  // Each subject's rate to one decimal, as the protocols print it and methodologists sum it.
  return { value: roundHalfUp((100 * (fours + fives)) / result.participants, 1) };
}

const missingText = {
  mean: {
    meanMark: { ru: 'не указана средняя отметка', en: 'no mean mark is given' },
    meanScore: { ru: 'не указан средний балл', en: 'no mean score is given' },
  },
  marks: {
    ru: 'не указано число отметок «2», «4» и «5», нужное для расчёта',
    en: 'the counts of marks needed are not given',
  },
  'no-participants': { ru: 'нет участников', en: 'there were no participants' },
} as const;

/**
 * Reads the results records of an assessment (one row per school, subject, grade and year, as
 * `importResults` gives them) into one series per school for `compareSeries`: a mean, a quality
 * rate (доля «4» и «5», each subject to one decimal), a pass rate (доля без «2»), or the sum of one
 * of these over several subjects (seed 004's «совокупность»). A year where a subject is missing,
 * given twice, or lacks the figure needed is left out of the school's series with a Russian (or
 * English) sentence naming the school, subject and year — never a partial sum or a zero. A sum's
 * participants are the largest of its subjects' (the year's cohort, who all sit the compulsory
 * subjects; electives have fewer), so the minimum sample is judged on the school's cohort.
 */
export function seriesFromResults(
  results: readonly AssessmentResult[],
  options: SeriesFromResultsOptions,
): SeriesFromResults {
  const locale = toDisplayLocale(options.locale);
  const issues: Issue[] = [];
  const subjects = options.subjects.map(normalSubject);
  const mean: ResultMeanMeasure =
    options.mean ?? (options.assessment === 'gia-11' ? 'meanScore' : 'meanMark');
  const names = new Map(options.schools?.map((school) => [school.id, school.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  if (subjects.length > 1 && !sumMetrics.includes(options.metric))
    throw new RangeError(
      `seriesFromResults: ${options.metric} is read for one subject; ${subjects.length} were given`,
    );
  // school → year → subject → records
  const bySchool = new Map<string, Map<number, Map<string, AssessmentResult[]>>>();
  for (const result of results) {
    if (result.assessment !== options.assessment) continue;
    if (options.grade !== undefined && result.grade !== options.grade) continue;
    if (options.years !== undefined && !options.years.includes(result.year)) continue;
    const subject = normalSubject(result.subject);
    if (!subjects.includes(subject)) continue;
    let years = bySchool.get(result.schoolId);
    if (years === undefined) bySchool.set(result.schoolId, (years = new Map()));
    let bySubject = years.get(result.year);
    if (bySubject === undefined) years.set(result.year, (bySubject = new Map()));
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), result]);
  }
  const order = options.schools?.map((school) => school.id) ?? [];
  const schoolIds = [
    ...order.filter((id) => bySchool.has(id)),
    ...[...bySchool.keys()].filter((id) => !order.includes(id)).sort(),
  ];
  const say = (path: string, code: string, ru: string, en: string) =>
    issues.push({ path, code, message: locale === 'ru' ? ru : en });
  const series: ResultSeries[] = [];
  for (const schoolId of schoolIds) {
    const years = bySchool.get(schoolId)!;
    const allYears = options.years ?? [...years.keys()];
    const points: ResultPoint[] = [];
    for (const year of [...allYears].sort((a, b) => a - b)) {
      const bySubject = years.get(year);
      const where = `${schoolId}.${year}`;
      if (bySubject === undefined) {
        say(
          where,
          'no-results',
          `«${nameOf(schoolId)}»: нет результатов за ${year} год — год не сравнивается.`,
          `"${nameOf(schoolId)}": no results for ${year}; the year is not compared.`,
        );
        continue;
      }
      let sum = 0;
      let participants = 0;
      let complete = true;
      for (const [index, subject] of subjects.entries()) {
        const shown = options.subjects[index]!;
        const found = bySubject.get(subject) ?? [];
        if (found.length !== 1) {
          complete = false;
          say(
            `${where}.${shown}`,
            found.length === 0 ? 'missing-subject' : 'duplicate-result',
            found.length === 0
              ? `«${nameOf(schoolId)}», ${year} год: нет результата по предмету «${shown}» — сумма за год не считается.`
              : `«${nameOf(schoolId)}», ${year} год: результат по предмету «${shown}» указан ${countRu(found.length, ['раз', 'раза', 'раз'])} — какой верен, неизвестно.`,
            found.length === 0
              ? `"${nameOf(schoolId)}", ${year}: no result in "${shown}"; the year's sum is not computed.`
              : `"${nameOf(schoolId)}", ${year}: ${found.length} results in "${shown}"; which is right is unknown.`,
          );
          continue;
        }
        const record = found[0]!;
        const value = subjectValue(record, options.metric, mean);
        if ('missing' in value) {
          complete = false;
          const text = value.missing === 'mean' ? missingText.mean[mean] : missingText[value.missing];
          say(
            `${where}.${shown}`,
            `missing-${value.missing}`,
            `«${nameOf(schoolId)}», ${year} год, «${shown}»: ${text.ru} — значение за год не считается.`,
            `"${nameOf(schoolId)}", ${year}, "${shown}": ${text.en}; the year's value is not computed.`,
          );
          continue;
        }
        sum += value.value;
        participants = Math.max(participants, record.participants);
      }
      if (!complete) continue;
      points.push({ year, value: roundHalfUp(sum, 6), participants });
    }
    if (points.length === 0) continue;
    series.push({
      schoolId,
      assessment: options.assessment,
      subjects: [...options.subjects],
      ...(options.grade === undefined ? {} : { grade: options.grade }),
      metric: options.metric,
      points,
    });
  }
  return { series, issues };
}
