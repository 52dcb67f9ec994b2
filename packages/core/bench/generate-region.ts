import type {
  GroupedRecordsInput,
  Municipality,
  RecordsInput,
  ResourceRisk,
  School,
  SchoolCategory,
  SchoolRole,
  Teacher,
} from '../src/index.js';

/** A small deterministic pseudo-random generator (mulberry32): same seed, same region. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Size of a generated region. */
export interface RegionSize {
  schools: number;
  teachers: number;
  seed?: number;
  /** `by-school` lists teachers school by school, as exports do; `shuffled` scatters them. */
  order?: 'by-school' | 'shuffled';
}

/** The school flags seed 001's set reads, in its order (the peers read the same). */
export const schoolFlags = [
  'inMunicipalEvents',
  'inRegionalEvents',
  'inFederalEvents',
  'teamInternshipElsewhere',
  'hasLeaderSchool',
  'methodologicalLanding',
  'hasQualityProgramme',
  'hasFailurePreventionProgramme',
  'hasIup',
  'hasStudentTutoring',
];
/** The teacher flags seed 001's set reads. */
export const teacherFlags = [
  'diagnosed',
  'supported',
  'inRegionalSubjectNetwork',
  'inRegionalMethodologicalActive',
  'hasIom',
];
const risks: ResourceRisk[] = ['no-stable-internet', 'too-few-computers', 'staff-shortage'];

/**
 * Generates a country-sized region as records: schools with categories, roles, risks and flags,
 * and teachers spread over them, with shares of the order seen in seed 001.
 */
export function generateRegion({
  schools: schoolCount,
  teachers: teacherCount,
  seed = 2022,
  order = 'by-school',
}: RegionSize): RecordsInput {
  const random = createRandom(seed);
  const municipality: Municipality = {
    id: 'region',
    name: 'Условный регион',
    flags: {
      programmeHasIdentificationMethodSection: true,
      monitoringIdentifiesLowResultsSchools: true,
      programmeHasRiskSchoolsSection: true,
      monitoringIdentifiesRiskSchools: true,
      hasResultsAnalyticalReport: true,
      hasPracticeSharingSystem: false,
      monitorsResourceDeficits: true,
    },
  };
  const schools: School[] = [];
  for (let index = 0; index < schoolCount; index++) {
    const categories: SchoolCategory[] = [];
    const draw = random();
    if (draw < 0.3) categories.push('low-results');
    if (draw > 0.25 && draw < 0.4) categories.push('unfavourable-conditions');
    const roles: SchoolRole[] = random() < 0.05 ? ['internship-site'] : [];
    const resourceRisks = risks.filter(() => random() < 0.2);
    const flags: Record<string, boolean> = {};
    for (const flag of schoolFlags) flags[flag] = random() < 0.4;
    schools.push({ id: `s${index}`, name: `Школа № ${index + 1}`, categories, roles, resourceRisks, flags });
  }
  // Each teacher draws a school; sorting by school gives the order of an export.
  const schoolOf = Array.from({ length: teacherCount }, () => Math.floor(random() * schoolCount));
  if (order === 'by-school') schoolOf.sort((a, b) => a - b);
  const teachers: Teacher[] = [];
  for (let index = 0; index < teacherCount; index++) {
    const flags: Record<string, boolean> = {};
    for (const flag of teacherFlags) flags[flag] = random() < 0.5;
    teachers.push({ id: `t${index}`, schoolId: `s${schoolOf[index] ?? 0}`, flags });
  }
  return { kind: 'records', municipality, schools, teachers };
}

/** Size of a generated country: municipalities, their schools and teachers. */
export interface CountrySize {
  municipalities: number;
  schools: number;
  teachers: number;
  seed?: number;
}

/**
 * Generates a country as grouped records: `generateRegion`'s schools and teachers (listed
 * school by school, as exports list them), the schools spread evenly over municipalities in
 * order, each municipality with the seed-001 presences' flags drawn at random.
 */
export function generateCountry({
  municipalities: municipalityCount,
  schools,
  teachers,
  seed = 2022,
}: CountrySize): GroupedRecordsInput {
  const region = generateRegion({ schools, teachers, seed, order: 'by-school' });
  const random = createRandom(seed + 1);
  const municipalities: Municipality[] = Array.from({ length: municipalityCount }, (_, index) => {
    const flags: Record<string, boolean> = {};
    for (const flag of Object.keys(region.municipality?.flags ?? {})) flags[flag] = random() < 0.7;
    return { id: `m${index}`, name: `Муниципалитет ${index + 1}`, flags };
  });
  const perMunicipality = Math.ceil(schools / municipalityCount);
  const grouped = region.schools.map((school, index) => ({
    ...school,
    municipalityId: `m${Math.floor(index / perMunicipality)}`,
  }));
  return {
    kind: 'records',
    ...(region.municipality === undefined ? {} : { municipality: region.municipality }),
    municipalities,
    schools: grouped,
    teachers: region.teachers ?? [],
  };
}
