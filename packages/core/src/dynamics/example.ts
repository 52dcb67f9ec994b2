import { leningradskyGia9Results } from '../examples/leningradsky-gia9.js';
import { seriesFromResults } from '../results/series.js';
import type { School } from '../school/schema.js';
import { resolveDynamicsPolicy, type DynamicsPolicy } from './policy.js';
import type { MunicipalAverage, ResultSeries } from './schema.js';

// Seed 004 (Ленинградский район): «совокупность среднего балла по 4 предметам выше в сравнении с
// 2022 годом в школах ШНОР № 22,27; совокупность среднего балла по качеству образования по
// результатам ГИА-9 выше в сравнении с 2022 годом в школах ШНОР № 8 и 22». The seed prints no
// numbers: the series below are read from illustrative results records that agree with both facts.

/** The three ШНОР of seed 004. */
export const leningradskySchools: Pick<School, 'id' | 'name'>[] = [
  { id: 'school-8', name: 'МБОУ СОШ № 8' },
  { id: 'school-22', name: 'МБОУ СОШ № 22' },
  { id: 'school-27', name: 'МБОУ СОШ № 27' },
];

/** The four ГИА-9 subjects summed (illustrative: the two compulsory ones and two common electives). */
export const giaSubjects = ['русский язык', 'математика', 'обществознание', 'география'];

/** The series of one metric summed over the four subjects, read from the results records. */
function summed(metric: 'sum-of-average-scores' | 'sum-of-quality-percents'): ResultSeries[] {
  const { series, issues } = seriesFromResults(leningradskyGia9Results, {
    assessment: 'gia-9',
    metric,
    subjects: giaSubjects,
    schools: leningradskySchools,
  });
  if (issues.length > 0) throw new Error(issues.map((issue) => issue.message).join('\n'));
  return series;
}

/**
 * Sums of average ГИА-9 marks (5-point scale) in four subjects, from `leningradskyGia9Results`:
 * 13,6 → 13,2 in № 8, 12,4 → 13,1 in № 22, 12,9 → 13,5 in № 27 (higher in 2023 in № 22 and 27).
 */
export const sumOfAverages: ResultSeries[] = summed('sum-of-average-scores');

/**
 * Sums of quality rates (% of «4» and «5», each subject to one decimal) in four subjects, from
 * `leningradskyGia9Results`: 118,0 → 131,5 in № 8, 104,2 → 120,0 in № 22, 140,3 → 133,1 in № 27
 * (higher in 2023 in № 8 and 22).
 */
export const sumOfQuality: ResultSeries[] = summed('sum-of-quality-percents');

/** The district's sum of average marks (illustrative). */
export const districtAverage: MunicipalAverage = [
  { year: 2022, value: 14.1 },
  { year: 2023, value: 14.3 },
];

/**
 * The district's dynamics policy (правило оценки динамики, seed 004): a change within 0,5 балла is
 * no change, and below the district average is low. One object for the portal page, the chart and
 * the справка, so a school never gets two verdicts.
 */
export const districtDynamicsPolicy: DynamicsPolicy = resolveDynamicsPolicy({
  tolerance: { points: 0.5 },
  lowThreshold: 'municipal-average',
});
