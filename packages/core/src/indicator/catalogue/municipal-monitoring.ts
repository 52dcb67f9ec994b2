import type { IndicatorDefinition, IndicatorSet, ShareIndicator } from '../schema.js';
import { countIndicator, presenceIndicator, shareIndicator } from './define.js';
import {
  allSchoolsNote,
  municipalMonitoringPopulations,
  municipalMonitoringSections,
  targetSchoolsNote,
  teachersNote,
} from './municipal-monitoring-sections.js';

export { municipalMonitoringPopulations, municipalMonitoringSections };

// The indicator set of seed 001: «Аналитическая записка о системе работы со школами с низкими
// результатами обучения …», г. Канск, 20.06.2022, monitoring of the 2021–2022 school year.
// Titles, section titles and numerator descriptions are the report's own words (two titles the
// report breaks across a page are joined), corrected where the report slips in grammar or names
// the wrong population; the report's wording is then kept in `sourceTitle`. Populations the report
// leaves implicit are named and explained in each indicator's `note`.

/** 4.5–4.7: the share of target schools involved in events of one level, in the report's words. */
function eventsShare(code: string, level: { ru: string; en: string }, flag: string): ShareIndicator {
  return shareIndicator({
    code,
    title: {
      ru: `Доля ШНРО и ШНСУ в МСО, вовлеченных в ${level.ru} события/мероприятия, направленные на развитие профессионального мастерства педагогических и управленческих кадров по тематикам, связанным с повышением качества образования и поддержки ШНРО и ШНСУ`,
      en: `Share of low-results and unfavourable-conditions schools involved in ${level.en} events developing the professional skills of teachers and managers on raising the quality of education and supporting such schools`,
    },
    population: 'target-schools',
    counted: { en: `number of such schools involved in ${level.en} events` },
    counts: { entity: 'school', where: { flag } },
    note: targetSchoolsNote,
  });
}

/** Every indicator of seed 001, in the report's order; codes are section.position. */
export const municipalMonitoringIndicators: IndicatorDefinition[] = [
  presenceIndicator(
    '1.1',
    {
      ru: 'Наличие в муниципальной программе повышения качества образования раздела, содержащего информацию о региональной методике идентификации школ как ШНРО и ШНСУ',
      en: 'Section of the municipal programme for raising the quality of education describing the regional method of identifying low-results and unfavourable-conditions schools',
    },
    'programmeHasIdentificationMethodSection',
  ),
  presenceIndicator(
    '1.2',
    {
      ru: 'Наличие показателей муниципального мониторинга, определяющих ШНРО (школы, находящиеся в зоне риска; школы, демонстрирующие низкие результаты)',
      en: 'Municipal monitoring indicators that identify low-results schools (schools at risk; schools showing low results)',
    },
    'monitoringIdentifiesLowResultsSchools',
  ),
  presenceIndicator(
    '1.3',
    {
      ru: 'Наличие в муниципальной программе повышения качества образования раздела, содержащего информацию об ОО, отнесенных к категории школ, функционирующих в зоне риска снижения образовательных результатов',
      en: 'Section of the municipal programme for raising the quality of education on schools classed as at risk of declining results',
    },
    'programmeHasRiskSchoolsSection',
  ),
  presenceIndicator(
    '1.4',
    {
      ru: 'Наличие показателей муниципального мониторинга, определяющих школы, функционирующие в зоне риска снижения образовательных результатов',
      en: 'Municipal monitoring indicators that identify schools at risk of declining results',
    },
    'monitoringIdentifiesRiskSchools',
  ),
  shareIndicator({
    code: '1.5',
    title: {
      ru: 'Доля школ муниципалитета с низкими результатами обучения и/или школ, функционирующих в неблагоприятных социальных условиях, от общего количества школ муниципалитета',
      en: "Share of the municipality's schools with low results and/or in unfavourable social conditions among all its schools",
    },
    population: 'municipality-schools',
    counted: {
      ru: 'количество ШНРО и ШНСУ',
      en: 'number of low-results and unfavourable-conditions schools',
    },
    counts: { entity: 'school', where: { category: ['low-results', 'unfavourable-conditions'] } },
    // Not judged: section 1 is about identifying the schools («По выявлению школ…»), and the note
    // itself reads the 7 schools as the monitoring's participants («Всего участвовало 7 ОО, что
    // составило 38,8%»). More schools found may be better identification as well as more trouble.
    betterDirection: 'none',
    note: {
      ru: 'В записке эти 7 школ — участники мониторинга, и не сказано, что меньшая доля лучше: изменение не оценивается.',
      en: 'The note calls these 7 schools the monitoring’s participants and never says a lower share is better: a change is not judged.',
    },
  }),
  shareIndicator({
    code: '1.6',
    title: {
      ru: 'Доля школ муниципалитета, в которых выявлены риски снижения образовательных результатов: отсутствие устойчивого доступа в интернет, отсутствие достаточного количества компьютерной техники, дефицит педагогических кадров',
      en: "Share of the municipality's schools with risks of declining results: no stable internet access, not enough computers, shortage of teaching staff",
    },
    population: 'municipality-schools',
    counted: {
      ru: 'количество школ муниципалитета, в которых зафиксированы хотя бы два из трех указанных рисков снижения образовательных результатов',
      en: "number of the municipality's schools where at least two of the three risks were recorded",
    },
    counts: { entity: 'school', where: { resourceRisks: { atLeast: 2 } } },
    betterDirection: 'lower',
    note: {
      ru: 'Совокупность в отчёте не названа: это все школы муниципалитета (в отчёте г. Канска за 2021–2022 учебный год их 18). Считаются школы, у которых зафиксированы хотя бы два из трёх рисков, — то же правило, что относит школу к зоне риска снижения образовательных результатов.',
      en: 'The report leaves the population implicit: all schools of the municipality (18 in the Kansk report for 2021–2022). Counted are schools with at least two of the three risks, the rule that puts a school at risk of decline.',
    },
  }),
  presenceIndicator(
    '2.1',
    {
      ru: 'Наличие в муниципалитете аналитической справки по мониторингу образовательных результатов обучающихся в ШНРО и обучающихся в школах, функционирующих в зоне риска снижения образовательных результатов',
      en: 'Analytical report of the municipality on monitoring the results of students of low-results schools and of schools at risk of declining results',
    },
    'hasResultsAnalyticalReport',
  ),
  shareIndicator({
    code: '3.1',
    title: {
      ru: 'Доля педагогических работников ШНРО и ШНСУ, включённых в процедуры диагностики профессиональных дефицитов: предметных, методических, психолого-педагогических',
      en: 'Share of teachers of low-results and unfavourable-conditions schools included in diagnostics of professional deficits: subject, methodological, psycho-pedagogical',
      source:
        'Доля педагогических работников ШНРО, включенных в процедуры диагностики профессиональных дефицитов: предметных; методических; психолого-педагогических',
    },
    population: 'target-teachers',
    counted: {
      ru: 'количество педагогических работников ШНРО и ШНСУ муниципалитета, включённых в процедуры диагностики профессиональных дефицитов (предметных, методических, психолого-педагогических)',
      en: "number of teachers of the municipality's low-results and unfavourable-conditions schools included in diagnostics of professional deficits",
    },
    counts: { entity: 'teacher', where: { flag: 'diagnosed' } },
    note: {
      ru: 'В записке показатель назван «Доля педагогических работников ШНРО …», но считает педагогов ШНРО и ШНСУ: раздел 3 охватывает обе категории, а 169 → 83,7% даёт 202 — ту же совокупность, что и у долей раздела 4. Регион, считающий только педагогов ШНРО, заменит совокупность на low-results-teachers и вернёт наименование записки.',
      en: "The note titles it «teachers of low-results schools» but counts teachers of both categories: section 3 covers both and 169 → 83,7% implies 202, the population of section 4's teacher shares. A region counting only low-results teachers switches the population to low-results-teachers and restores the note's title.",
    },
  }),
  shareIndicator({
    code: '4.1',
    title: {
      ru: 'Доля педагогов ШНРО и ШНСУ в МСО, которым оказана консультативная, методическая и другие виды поддержки по повышению качества образования, от всех педагогов ШНРО и ШНСУ в МСО',
      en: 'Share of teachers of low-results and unfavourable-conditions schools who received consultative, methodological and other support for raising the quality of education',
    },
    population: 'target-teachers',
    counted: {
      ru: 'количество педагогов ШНРО и ШНСУ муниципалитета, которым оказана консультативная, методическая и другие виды поддержки по повышению качества образования',
      en: 'number of such teachers who received consultative, methodological and other support',
    },
    counts: { entity: 'teacher', where: { flag: 'supported' } },
    note: teachersNote,
  }),
  shareIndicator({
    code: '4.2',
    title: {
      ru: 'Доля педагогов ШНРО и ШНСУ в МСО, включенных в региональные сетевые методические объединения учителей-предметников',
      en: 'Share of teachers of low-results and unfavourable-conditions schools in regional networked methodological associations of subject teachers',
    },
    population: 'target-teachers',
    counted: {
      ru: 'количество педагогов ШНРО и ШНСУ муниципалитета, включенных в региональные сетевые методические объединения учителей-предметников',
      en: 'number of such teachers in regional networked methodological associations of subject teachers',
    },
    counts: { entity: 'teacher', where: { flag: 'inRegionalSubjectNetwork' } },
    note: teachersNote,
  }),
  shareIndicator({
    code: '4.3',
    title: {
      ru: 'Доля педагогов ШНРО и ШНСУ в МСО, включенных в работу регионального методического актива',
      en: 'Share of teachers of low-results and unfavourable-conditions schools in the regional methodological team',
    },
    population: 'target-teachers',
    counted: {
      en: 'number of such teachers in the regional methodological team',
    },
    counts: { entity: 'teacher', where: { flag: 'inRegionalMethodologicalActive' } },
    note: teachersNote,
  }),
  shareIndicator({
    code: '4.4',
    title: {
      ru: 'Доля педагогов ШНРО и ШНСУ в МСО, имеющих ИОМ',
      en: 'Share of teachers of low-results and unfavourable-conditions schools with an individual educational route (IOM)',
    },
    population: 'target-teachers',
    counted: {
      ru: 'количество педагогов ШНРО и ШНСУ муниципалитета, имеющих ИОМ',
      en: 'number of such teachers with an IOM',
    },
    counts: { entity: 'teacher', where: { flag: 'hasIom' } },
    note: teachersNote,
  }),
  eventsShare(
    '4.5',
    { ru: 'муниципальные (межмуниципальные)', en: 'municipal (inter-municipal)' },
    'inMunicipalEvents',
  ),
  eventsShare('4.6', { ru: 'региональные', en: 'regional' }, 'inRegionalEvents'),
  eventsShare('4.7', { ru: 'федеральные', en: 'federal' }, 'inFederalEvents'),
  countIndicator({
    code: '4.8',
    title: {
      ru: 'Количество школ в МСО, имеющих статус муниципальных, региональных стажировочных площадок для оказания консультативной, методической, организационной и других видов поддержки ШНРО и ШНСУ по повышению качества образования в течение года',
      en: "Number of the municipality's schools with the status of municipal or regional internship sites supporting low-results and unfavourable-conditions schools during the year",
    },
    betterDirection: 'higher',
    unit: { ru: 'школ', en: 'schools' },
    population: 'municipality-schools',
    counts: { entity: 'school', where: { role: 'internship-site' } },
  }),
  shareIndicator({
    code: '4.9',
    title: {
      ru: 'Доля школьных команд ШНРО и ШНСУ, прошедших стажировку в других МСО региона/других субъектах РФ',
      en: 'Share of school teams of low-results and unfavourable-conditions schools that did an internship in other municipalities of the region or other regions of Russia',
      source:
        'Доля школьных команд ШНРО и ШНСУ, прошедших стажировку в других МСО региона/ других субъектах РФ',
    },
    population: 'target-schools',
    counted: {
      en: 'number of such school teams that did an internship elsewhere',
    },
    counts: { entity: 'school', where: { flag: 'teamInternshipElsewhere' } },
    note: targetSchoolsNote,
  }),
  shareIndicator({
    code: '4.10',
    title: {
      ru: 'Доля ШНРО и ШНСУ муниципалитета, для которых определены школы-лидеры/директора-лидеры (проекта 500+), оказывающие им консультативную, методическую и другие виды поддержки (в том числе школы проекта 500+, муниципальные и региональные сетевые партнёры)',
      en: "Share of the municipality's low-results and unfavourable-conditions schools with an assigned leader school / leader director (project 500+) giving them consultative, methodological and other support",
      source:
        'Доля ШНРО и ШНСУ муниципалитета, для которых определены школы-лидеры/ директора-лидеры (проекта 500+), оказывающие им консультативную, методическую и другие виды поддержки (в том числе школы проекта 500+, муниципальные и региональные сетевые партнеры)',
    },
    population: 'target-schools',
    counted: {
      ru: 'количество ШНРО и ШНСУ муниципалитета, для которых определены школы-лидеры, оказывающие им консультативную, методическую и другие виды поддержки',
      en: 'number of such schools with an assigned leader school',
    },
    counts: { entity: 'school', where: { flag: 'hasLeaderSchool' } },
    note: targetSchoolsNote,
  }),
  shareIndicator({
    code: '4.11',
    title: {
      ru: 'Доля ШНРО и ШНСУ муниципалитета, в которые организованы методические и управленческие десанты муниципальных/региональных методических команд',
      en: "Share of the municipality's low-results and unfavourable-conditions schools visited by methodological and managerial teams (landings) of municipal/regional methodologists",
      source:
        'Доля ШНРО и ШНСУ муниципалитета, в которые организованы методические и управленческие десанты муниципальных/ региональных методических команд',
    },
    population: 'target-schools',
    counted: {
      en: 'number of such schools visited by methodological landings',
    },
    counts: { entity: 'school', where: { flag: 'methodologicalLanding' } },
    note: targetSchoolsNote,
  }),
  shareIndicator({
    code: '4.12',
    title: {
      ru: 'Доля ШНРО и ШНСУ муниципалитета, в которых разработана школьная программа повышения качества образования (ШППКО) или концепция и среднесрочные программы повышения качества образования (проект 500+), в том числе с использованием конструктора ШППКО',
      en: "Share of the municipality's low-results and unfavourable-conditions schools that developed a school programme for raising the quality of education (ShPPKO) or a concept and medium-term programmes (project 500+)",
    },
    population: 'target-schools',
    counted: {
      en: 'number of such schools with a quality programme',
    },
    counts: { entity: 'school', where: { flag: 'hasQualityProgramme' } },
    note: targetSchoolsNote,
  }),
  shareIndicator({
    code: '5.1',
    title: {
      ru: 'Доля ОО муниципалитета, в которых сформирована программа/система профилактики и ликвидации школьной неуспешности',
      en: "Share of the municipality's schools with a programme/system for preventing and overcoming academic failure",
    },
    population: 'municipality-schools',
    counted: {
      ru: 'количество школ муниципалитета, в которых сформирована программа (система) профилактики и ликвидации школьной неуспешности',
      en: "number of the municipality's schools with such a programme (system)",
    },
    counts: { entity: 'school', where: { flag: 'hasFailurePreventionProgramme' } },
    note: allSchoolsNote,
  }),
  shareIndicator({
    code: '5.2',
    title: {
      ru: 'Доля ОО муниципалитета, в которых разработаны ИУПы (адресные образовательные программы) для слабоуспевающих и неуспевающих обучающихся',
      en: "Share of the municipality's schools with individual curricula (IUP, targeted programmes) for low-achieving and failing students",
    },
    population: 'municipality-schools',
    counted: {
      ru: 'количество школ муниципалитета, в которых разработаны ИУПы (адресные образовательные программы) для слабоуспевающих и неуспевающих обучающихся',
      en: "number of the municipality's schools with IUPs",
    },
    counts: { entity: 'school', where: { flag: 'hasIup' } },
    note: allSchoolsNote,
  }),
  shareIndicator({
    code: '5.3',
    title: {
      ru: 'Доля ОО муниципалитета, в которых организована тьюторская поддержка обучающихся для ликвидации учебных дефицитов',
      en: "Share of the municipality's schools with tutor support for students to close learning gaps",
    },
    population: 'municipality-schools',
    counted: {
      ru: 'количество школ муниципалитета, в которых организована тьюторская поддержка обучающихся для ликвидации учебных дефицитов',
      en: "number of the municipality's schools with tutor support for students",
    },
    counts: { entity: 'school', where: { flag: 'hasStudentTutoring' } },
    note: allSchoolsNote,
  }),
  presenceIndicator(
    '5.4',
    {
      ru: 'Наличие в муниципалитете системы распространения успешных педагогических практик по профилактике детской неуспешности',
      en: 'Municipal system for spreading successful teaching practices in preventing academic failure',
    },
    'hasPracticeSharingSystem',
  ),
  presenceIndicator(
    '6.1',
    {
      ru: 'Наличие в муниципалитете мониторинга ресурсных дефицитов в школах, функционирующих в зоне риска снижения образовательных результатов',
      en: 'Municipal monitoring of resource deficits in schools at risk of declining results',
    },
    'monitorsResourceDeficits',
  ),
];

/**
 * The municipal indicator set of seed 001 (показатели муниципального мониторинга системы работы
 * со ШНРО и ШНСУ): 25 indicators in six sections — presences, shares and one count.
 *
 * Computed from records, it reads these flags (`collectSetFlags` lists them):
 * - municipality: programmeHasIdentificationMethodSection (1.1), monitoringIdentifiesLowResultsSchools (1.2),
 *   programmeHasRiskSchoolsSection (1.3), monitoringIdentifiesRiskSchools (1.4), hasResultsAnalyticalReport (2.1),
 *   hasPracticeSharingSystem (5.4), monitorsResourceDeficits (6.1);
 * - school: inMunicipalEvents (4.5), inRegionalEvents (4.6), inFederalEvents (4.7), teamInternshipElsewhere (4.9),
 *   hasLeaderSchool (4.10), methodologicalLanding (4.11), hasQualityProgramme (4.12),
 *   hasFailurePreventionProgramme (5.1), hasIup (5.2), hasStudentTutoring (5.3);
 * - teacher: diagnosed (3.1), supported (4.1), inRegionalSubjectNetwork (4.2), inRegionalMethodologicalActive (4.3),
 *   hasIom (4.4);
 * and, besides flags, school categories (1.5 and the populations), resource risks (1.6) and the
 * `internship-site` role (4.8).
 */
export const municipalMonitoringSet: IndicatorSet = {
  id: 'municipal-monitoring',
  title: {
    ru: 'Показатели муниципального мониторинга системы работы со ШНРО и ШНСУ',
    en: 'Municipal monitoring of the support system for low-results and unfavourable-conditions schools',
  },
  source: {
    ru: 'Аналитическая записка о системе работы со школами с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях (г. Канск, 20.06.2022)',
    en: 'Analytical note on the support system for schools with low results and/or in unfavourable social conditions (Kansk, 20 June 2022)',
  },
  sections: municipalMonitoringSections,
  populations: municipalMonitoringPopulations,
  indicators: municipalMonitoringIndicators,
};
