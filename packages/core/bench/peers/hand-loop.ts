// The peer a programmer would write by hand for seed 001's set at country size: the set's
// conditions hard-coded as property reads, counts per municipality in typed arrays, one pass over
// schools and one over teachers, percentages rounded half-up with the same integer formula.
// No validation, no messages, no report objects: the floor the core is measured against.
import type { GroupedRecordsInput, School } from '../../src/index.js';

/** Shares of seed 001 over schools: [population, numerator test]. */
const schoolShares: [population: 'all' | 'target', test: (school: School) => boolean][] = [
  ['all', (s) => hasTarget(s)], // 1.5
  ['all', (s) => riskCount(s) >= 2], // 1.6
  ['target', (s) => s.flags?.inMunicipalEvents === true], // 4.5
  ['target', (s) => s.flags?.inRegionalEvents === true], // 4.6
  ['target', (s) => s.flags?.inFederalEvents === true], // 4.7
  ['target', (s) => s.flags?.teamInternshipElsewhere === true], // 4.9
  ['target', (s) => s.flags?.hasLeaderSchool === true], // 4.10
  ['target', (s) => s.flags?.methodologicalLanding === true], // 4.11
  ['target', (s) => s.flags?.hasQualityProgramme === true], // 4.12
  ['all', (s) => s.flags?.hasFailurePreventionProgramme === true], // 5.1
  ['all', (s) => s.flags?.hasIup === true], // 5.2
  ['all', (s) => s.flags?.hasStudentTutoring === true], // 5.3
];
const presenceFlags = [
  'programmeHasIdentificationMethodSection',
  'monitoringIdentifiesLowResultsSchools',
  'programmeHasRiskSchoolsSection',
  'monitoringIdentifiesRiskSchools',
  'hasResultsAnalyticalReport',
  'hasPracticeSharingSystem',
  'monitorsResourceDeficits',
];

function hasTarget(school: School): boolean {
  const categories = school.categories;
  if (categories === undefined) return false;
  for (const category of categories)
    if (category === 'low-results' || category === 'unfavourable-conditions') return true;
  return false;
}

function riskCount(school: School): number {
  const risks = school.resourceRisks;
  if (risks === undefined) return 0;
  let count = 0;
  if (risks.includes('no-stable-internet')) count++;
  if (risks.includes('too-few-computers')) count++;
  if (risks.includes('staff-shortage')) count++;
  return count;
}

/** Per municipality: 12 school shares, 5 teacher shares, one count, 7 presences. */
export interface HandLoopResult {
  municipalities: string[];
  /** Scaled half-up percentages (precision 1), -1 for an empty population; 17 per municipality. */
  percents: Int32Array;
  numerators: Int32Array;
  denominators: Int32Array;
  internshipSites: Int32Array;
  /** 1 present, 0 absent, -1 unknown; 7 per municipality. */
  presences: Int8Array;
}

export function handLoop(input: GroupedRecordsInput): HandLoopResult {
  const municipalities = input.municipalities ?? [];
  const groupOf = new Map<string, number>();
  municipalities.forEach((municipality, index) => groupOf.set(municipality.id, index));
  const groups = municipalities.length;
  const numerators = new Int32Array(groups * 17);
  const denominators = new Int32Array(groups * 17);
  const internshipSites = new Int32Array(groups);
  const allSchools = new Int32Array(groups);
  const targetSchools = new Int32Array(groups);
  const targetTeachers = new Int32Array(groups);

  const schools = input.schools;
  const schoolIndex = new Map<string, number>();
  const schoolGroup = new Int32Array(schools.length);
  const schoolTarget = new Uint8Array(schools.length);
  for (let position = 0; position < schools.length; position++) {
    const school = schools[position]!;
    schoolIndex.set(school.id, position);
    const group = groupOf.get(school.municipalityId!)!;
    schoolGroup[position] = group;
    const target = hasTarget(school);
    schoolTarget[position] = target ? 1 : 0;
    allSchools[group]!++;
    if (target) targetSchools[group]!++;
    if (school.roles?.includes('internship-site')) internshipSites[group]!++;
    for (let share = 0; share < schoolShares.length; share++) {
      const [population, test] = schoolShares[share]!;
      if ((population === 'all' || target) && test(school)) numerators[group * 17 + share]!++;
    }
  }
  let lastId: string | undefined;
  let lastPosition = 0;
  for (const teacher of input.teachers ?? []) {
    const position = teacher.schoolId === lastId ? lastPosition : schoolIndex.get(teacher.schoolId)!;
    lastId = teacher.schoolId;
    lastPosition = position;
    if (schoolTarget[position] === 0) continue;
    const group = schoolGroup[position]!;
    targetTeachers[group]!++;
    const flags = teacher.flags;
    if (flags === undefined) continue;
    const base = group * 17 + 12;
    if (flags.diagnosed === true) numerators[base]!++;
    if (flags.supported === true) numerators[base + 1]!++;
    if (flags.inRegionalSubjectNetwork === true) numerators[base + 2]!++;
    if (flags.inRegionalMethodologicalActive === true) numerators[base + 3]!++;
    if (flags.hasIom === true) numerators[base + 4]!++;
  }
  const percents = new Int32Array(groups * 17);
  const presences = new Int8Array(groups * presenceFlags.length);
  for (let group = 0; group < groups; group++) {
    for (let share = 0; share < 17; share++) {
      const denominator =
        share >= 12
          ? targetTeachers[group]!
          : schoolShares[share]![0] === 'all'
            ? allSchools[group]!
            : targetSchools[group]!;
      const at = group * 17 + share;
      denominators[at] = denominator;
      const numerator = numerators[at]!;
      percents[at] =
        denominator === 0 ? -1 : Math.floor((2 * numerator * 1000 + denominator) / (2 * denominator));
    }
    const flags = municipalities[group]!.flags;
    presenceFlags.forEach((flag, index) => {
      const value = flags?.[flag];
      presences[group * presenceFlags.length + index] = value === undefined ? -1 : value ? 1 : 0;
    });
  }
  return {
    municipalities: municipalities.map((municipality) => municipality.id),
    percents,
    numerators,
    denominators,
    internshipSites,
    presences,
  };
}
