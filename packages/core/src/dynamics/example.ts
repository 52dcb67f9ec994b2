import type { School } from '../school/schema.js';
import { resolveDynamicsPolicy, type DynamicsPolicy } from './policy.js';
import type { MunicipalAverage, ResultSeries } from './schema.js';

// Seed 004 (Ленинградский район): «совокупность среднего балла по 4 предметам выше в сравнении с
// 2022 годом в школах ШНОР № 22,27; совокупность среднего балла по качеству образования по
// результатам ГИА-9 выше в сравнении с 2022 годом в школах ШНОР № 8 и 22». The seed prints no
// numbers: the values below are illustrative, chosen to agree with those two facts.

/** The three ШНОР of seed 004. */
export const leningradskySchools: Pick<School, 'id' | 'name'>[] = [
  { id: 'school-8', name: 'МБОУ СОШ № 8' },
  { id: 'school-22', name: 'МБОУ СОШ № 22' },
  { id: 'school-27', name: 'МБОУ СОШ № 27' },
];

/** The four ГИА-9 subjects summed (illustrative: the two compulsory ones and two common electives). */
export const giaSubjects = ['русский язык', 'математика', 'обществознание', 'география'];

function series(
  schoolId: string,
  metric: ResultSeries['metric'],
  values: [number, number],
  participants: [number, number] = [48, 52],
): ResultSeries {
  return {
    schoolId,
    assessment: 'gia-9',
    subjects: giaSubjects,
    metric,
    points: [
      { year: 2022, value: values[0], participants: participants[0] },
      { year: 2023, value: values[1], participants: participants[1] },
    ],
  };
}

/** Sums of average ГИА-9 marks (5-point scale) in four subjects: higher in 2023 in № 22 and 27, not in № 8. */
export const sumOfAverages: ResultSeries[] = [
  series('school-8', 'sum-of-average-scores', [13.6, 13.2]),
  series('school-22', 'sum-of-average-scores', [12.4, 13.1]),
  series('school-27', 'sum-of-average-scores', [12.9, 13.5]),
];

/** Sums of quality rates (% of «4» and «5») in four subjects: higher in 2023 in № 8 and 22, not in № 27. */
export const sumOfQuality: ResultSeries[] = [
  series('school-8', 'sum-of-quality-percents', [118.0, 131.5]),
  series('school-22', 'sum-of-quality-percents', [104.2, 120.0]),
  series('school-27', 'sum-of-quality-percents', [140.3, 133.1]),
];

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
