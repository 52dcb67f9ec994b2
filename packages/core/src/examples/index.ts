/**
 * Examples built from the seed reports, for demos, stories and first steps:
 * `import { kanskMonitoring2022Counts } from '@shnro/core/examples'`.
 */
export { kanskMonitoring2022Counts, kanskMonitoring2022Printed } from './kansk-monitoring-2022.js';
export { exampleDiagnosis, exampleIom } from '../iom/example.js';
export {
  leningradskySchools,
  giaSubjects as leningradskyGia9Subjects,
  sumOfAverages as leningradskyGia9SumOfAverages,
  sumOfQuality as leningradskyGia9SumOfQuality,
  districtAverage as leningradskyDistrictAverage,
  districtDynamicsPolicy as leningradskyDynamicsPolicy,
} from '../dynamics/example.js';
export { leningradskyGia9Results } from './leningradsky-gia9.js';
export {
  leningradskyTeachers,
  leningradskyTeacherEvents,
  leningradskyIoms,
  leningradskyCourseProvider,
} from './leningradsky-teachers.js';
export { leningradskyMentorship2023 } from './leningradsky-mentorship.js';
export {
  roadmapMonitoringReport2020,
  kanskMonitoringReport2022,
  leningradskyRoadmapReport2023,
  seed000Roadmaps,
  seed000Decisions,
  seed004Decisions,
  leningradskyTeacherReach,
} from '../report/examples.js';
export {
  ctoodInformationReport2019,
  ctoodAnalyticalReport2019,
  ctoodDynamics2019,
  seed002Data,
  type Seed002Data,
} from '../report/seed-002.js';
export { ctoodResults2019, ctoodSchools, ctoodSubjects, ctoodDynamicsPolicy } from './ctood-results-2019.js';
export { tukaevRecommendationsReport2021, tukaevRoadmap } from '../report/seed-003.js';
export { kanskCycle2022, kanskCycle2023, tukaevCycles } from '../cycle/example.js';
export { kanskSchoolRecords } from '../cycle/school-records-example.js';
export { maloshDecisions2021, maloshRoadmap2021 } from '../decisions/example.js';
