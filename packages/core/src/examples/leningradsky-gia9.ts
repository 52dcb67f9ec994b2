import type { AssessmentResult } from '../results/schema.js';

// Seed 004 (Ленинградский район): the ГИА-9 (ОГЭ) results of the three ШНОР in 2022 and 2023, one
// record per school, subject and year, as `importResults` reads a region's export. The seed prints
// no numbers, only that «совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в
// школах ШНОР № 22,27» and that the sum of quality rates is higher «в школах ШНОР № 8 и 22»: the
// records below are illustrative and agree with both. Each mean mark is the one its marks give
// (3 + (число «4» + 2 × число «5» − число «2») ÷ участники, to two decimals), and the electives have
// fewer participants than the compulsory subjects, as in an ОГЭ.

function row(
  schoolId: string,
  year: number,
  subject: string,
  participants: number,
  meanMark: number,
  [count2, count4, count5]: [number, number, number],
): AssessmentResult {
  return { schoolId, assessment: 'gia-9', subject, year, participants, meanMark, count2, count4, count5 };
}

/** The ГИА-9 results of schools № 8, 22 and 27 in four subjects, 2022 and 2023 (illustrative). */
export const leningradskyGia9Results: readonly AssessmentResult[] = [
  row('school-8', 2022, 'Русский язык', 48, 3.44, [2, 11, 6]),
  row('school-8', 2022, 'Математика', 48, 3.17, [6, 6, 4]),
  row('school-8', 2022, 'Обществознание', 29, 3.45, [0, 5, 4]),
  row('school-8', 2022, 'География', 13, 3.54, [0, 1, 3]),
  row('school-8', 2023, 'Русский язык', 52, 3.5, [2, 14, 7]),
  row('school-8', 2023, 'Математика', 52, 3.21, [6, 9, 4]),
  row('school-8', 2023, 'Обществознание', 23, 3.43, [1, 5, 3]),
  row('school-8', 2023, 'География', 16, 3.06, [4, 5, 0]),
  row('school-22', 2022, 'Русский язык', 48, 3.4, [2, 11, 5]),
  row('school-22', 2022, 'Математика', 48, 3.13, [6, 6, 3]),
  row('school-22', 2022, 'Обществознание', 21, 3.05, [5, 6, 0]),
  row('school-22', 2022, 'География', 17, 2.82, [7, 4, 0]),
  row('school-22', 2023, 'Русский язык', 52, 3.42, [3, 13, 6]),
  row('school-22', 2023, 'Математика', 52, 3.15, [7, 9, 3]),
  row('school-22', 2023, 'Обществознание', 22, 3.32, [1, 6, 1]),
  row('school-22', 2023, 'География', 14, 3.21, [1, 4, 0]),
  row('school-27', 2022, 'Русский язык', 48, 3.54, [2, 14, 7]),
  row('school-27', 2022, 'Математика', 48, 3.23, [6, 9, 4]),
  row('school-27', 2022, 'Обществознание', 21, 3.38, [1, 7, 1]),
  row('school-27', 2022, 'География', 16, 2.75, [9, 5, 0]),
  row('school-27', 2023, 'Русский язык', 52, 3.5, [3, 15, 7]),
  row('school-27', 2023, 'Математика', 52, 3.19, [7, 9, 4]),
  row('school-27', 2023, 'Обществознание', 20, 3.5, [0, 4, 3]),
  row('school-27', 2023, 'География', 13, 3.31, [1, 3, 1]),
];
