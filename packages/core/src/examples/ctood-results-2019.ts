import { resolveDynamicsPolicy, type DynamicsPolicy } from '../dynamics/policy.js';
import type { AssessmentResult } from '../results/schema.js';
import type { School } from '../school/schema.js';

// Seed 002 (МКУ «ЦООД», Ленинградская область, 2019): «Проведен мониторинг результативности
// Показателей ОКО за два года, определены ОО с низкими образовательными результатами, показавшие
// позитивную динамику и те ОО, результаты которых понизились». The seed names neither the schools
// nor a figure: the five schools and their ВПР results (5 класс, mean marks in two subjects, 2018
// and 2019) are illustrative and agree with what it says — two schools rose, two fell, one stayed.

/** The municipality's low-results schools of 2019 (illustrative names). */
export const ctoodSchools: School[] = [
  { id: 'ctood-1', name: 'МОУ «СОШ № 1»', categories: ['low-results'] },
  { id: 'ctood-2', name: 'МОУ «СОШ № 2»', categories: ['low-results'] },
  { id: 'ctood-3', name: 'МОУ «СОШ № 3»', categories: ['low-results'] },
  { id: 'ctood-4', name: 'МОУ «СОШ № 4»', categories: ['low-results'] },
  { id: 'ctood-5', name: 'МОУ «СОШ № 5»', categories: ['low-results'] },
];

/** The two ВПР subjects whose mean marks are summed. */
export const ctoodSubjects = ['Русский язык', 'Математика'];

function vpr(schoolId: string, year: number, participants: number, russian: number, maths: number) {
  const row = (subject: string, meanMark: number): AssessmentResult => ({
    schoolId,
    assessment: 'vpr',
    subject,
    grade: 5,
    year,
    participants,
    meanMark,
  });
  return [row('Русский язык', russian), row('Математика', maths)];
}

/** ВПР, 5 класс, 2018 and 2019: the mean marks in Russian and mathematics of the five schools (illustrative). */
export const ctoodResults2019: readonly AssessmentResult[] = [
  ...vpr('ctood-1', 2018, 24, 3.3, 3.32),
  ...vpr('ctood-1', 2019, 26, 3.45, 3.5),
  ...vpr('ctood-2', 2018, 31, 3.38, 3.42),
  ...vpr('ctood-2', 2019, 29, 3.52, 3.58),
  ...vpr('ctood-3', 2018, 18, 3.5, 3.4),
  ...vpr('ctood-3', 2019, 20, 3.3, 3.25),
  ...vpr('ctood-4', 2018, 42, 3.55, 3.5),
  ...vpr('ctood-4', 2019, 40, 3.4, 3.38),
  ...vpr('ctood-5', 2018, 15, 3.36, 3.34),
  ...vpr('ctood-5', 2019, 17, 3.38, 3.36),
];

/**
 * The municipality's dynamics policy (illustrative): a change of the sum of two mean marks within
 * 0,1 is no change; the rest as the SDK's default.
 */
export const ctoodDynamicsPolicy: DynamicsPolicy = resolveDynamicsPolicy({ tolerance: { points: 0.1 } });
