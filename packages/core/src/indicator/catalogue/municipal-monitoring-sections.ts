import type { IndicatorSection, Population } from '../schema.js';
import { section } from './define.js';

// Seed 001's sections, populations and the notes that name the populations its report leaves
// implicit; the indicators are in municipal-monitoring.ts.

const lowResultsOrUnfavourable: ['low-results', 'unfavourable-conditions'] = [
  'low-results',
  'unfavourable-conditions',
];

/**
 * Populations of the municipal monitoring: all schools of the municipality, its ШНРО и ШНСУ,
 * its ШНРО, and the teachers of each.
 */
export const municipalMonitoringPopulations: Population[] = [
  {
    id: 'municipality-schools',
    entity: 'school',
    title: { ru: 'Все школы муниципалитета', en: 'All schools of the municipality' },
    where: { all: [] },
  },
  {
    id: 'target-schools',
    entity: 'school',
    title: {
      ru: 'ШНРО и ШНСУ муниципалитета',
      en: "The municipality's low-results and unfavourable-conditions schools",
    },
    where: { category: lowResultsOrUnfavourable },
  },
  {
    id: 'low-results-schools',
    entity: 'school',
    title: { ru: 'ШНРО муниципалитета', en: "The municipality's low-results schools" },
    where: { category: 'low-results' },
  },
  {
    id: 'target-teachers',
    entity: 'teacher',
    title: {
      ru: 'Педагоги ШНРО и ШНСУ муниципалитета',
      en: 'Teachers of low-results and unfavourable-conditions schools',
    },
    where: { school: { category: lowResultsOrUnfavourable } },
  },
  {
    id: 'low-results-teachers',
    entity: 'teacher',
    title: { ru: 'Педагоги ШНРО муниципалитета', en: 'Teachers of low-results schools' },
    where: { school: { category: 'low-results' } },
  },
];

/** The population the report leaves implicit, for indicators 4.1, 4.2, 4.3, 4.4. */
export const teachersNote = {
  ru: 'Совокупность в отчёте не названа: это педагоги ШНРО и ШНСУ муниципалитета (в отчёте г. Канска их 202).',
  en: "The report leaves the population implicit: teachers of the municipality's low-results and unfavourable-conditions schools (202 in the Kansk report).",
};

/** The population the report leaves implicit, for indicators 4.5, 4.6, 4.7, 4.9, 4.10, 4.11, 4.12. */
export const targetSchoolsNote = {
  ru: 'Совокупность в отчёте не названа: это ШНРО и ШНСУ муниципалитета (в отчёте г. Канска их 7).',
  en: "The report leaves the population implicit: the municipality's low-results and unfavourable-conditions schools (7 in the Kansk report).",
};

/** The population the report leaves implicit, for indicators 5.1, 5.2, 5.3. */
export const allSchoolsNote = {
  ru: 'Совокупность в отчёте не названа: это все школы муниципалитета (в отчёте г. Канска за 2021–2022 учебный год их 18).',
  en: 'The report leaves the population implicit: all schools of the municipality (18 in the Kansk report for 2021–2022).',
};

/** The six sections of seed 001, titled as the report titles them (grammar slips corrected, kept in `sourceTitle`). */
export const municipalMonitoringSections: IndicatorSection[] = [
  section('1', {
    ru: 'По выявлению школ с низкими результатами обучения и/или школ, функционирующих в неблагоприятных социальных условиях, в зоне риска снижения образовательных результатов',
    en: 'Identifying schools with low educational results and/or schools in unfavourable social conditions, schools at risk of declining results',
    source:
      'По выявлению школ с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях, функционирующих в зоне снижения образовательных результатах',
  }),
  section('2', {
    ru: 'По выявлению динамики образовательных результатов в школах с низкими результатами обучения и/или школах, функционирующих в неблагоприятных социальных условиях',
    en: 'Identifying the dynamics of educational results in schools with low results and/or schools in unfavourable social conditions',
    source:
      'По выявлению динамики образовательных результатов в школах с низкими результатами обучения и/или школах, функционирующими в неблагоприятных социальных условиях',
  }),
  section('3', {
    ru: 'По оценке предметных компетенций и учету педагогических работников ШНРО и/или школ, функционирующих в неблагоприятных социальных условиях, в зоне риска снижения образовательных результатов, прошедших диагностику профессиональных дефицитов/предметных компетенций',
    en: 'Assessing subject competences and accounting for teachers of low-results schools and/or schools in unfavourable social conditions or at risk of declining results who were diagnosed for professional deficits/subject competences',
  }),
  section('4', {
    ru: 'По оказанию методической помощи и реализации механизмов поддержки практики школ в области повышения качества образования на региональном и муниципальном уровнях',
    en: 'Methodological help and mechanisms supporting school practice in raising the quality of education at regional and municipal level',
  }),
  section('5', {
    ru: 'По профилактике учебной неуспешности обучающихся региона',
    en: "Preventing academic failure of the region's students",
  }),
  section('6', {
    ru: 'По мониторингу рисков снижения образовательных результатов и ресурсных дефицитов в образовательных организациях',
    en: 'Monitoring risks of declining results and resource deficits in schools',
  }),
];
