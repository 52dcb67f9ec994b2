import fc from 'fast-check';
import type { Municipality } from '../src/municipality/schema.js';
import type { SchoolPredicate, TeacherPredicate } from '../src/predicate/schema.js';
import type { School, SchoolCategory, SchoolRole, ResourceRisk } from '../src/school/schema.js';
import type { Teacher } from '../src/teacher/schema.js';
import type { IndicatorDefinition, IndicatorSet, Population } from '../src/indicator/schema.js';

// Random indicator sets (nested conditions, counts, shares of any precision, presences) and random
// regions of municipalities, schools and teachers, for the calculator's property tests.

const categories: SchoolCategory[] = ['low-results', 'unfavourable-conditions', 'risk-of-decline'];
const roles: SchoolRole[] = ['curator-school', 'leader-school', 'internship-site'];
const risks: ResourceRisk[] = ['no-stable-internet', 'too-few-computers', 'staff-shortage'];
const schoolFlags = ['a', 'b', 'c', 'inMunicipalEvents', 'hasLeaderSchool'];
export const teacherFlags = ['diagnosed', 'supported', 'hasIom', 'x', 'y', 'z', 'w'];
const municipalityFlags = ['programmeHasIdentificationMethodSection', 'hasResultsAnalyticalReport', 'p'];

const flagsOf = (names: string[]) =>
  fc.dictionary(fc.constantFrom(...names), fc.boolean(), { maxKeys: names.length });

const schoolPredicate: fc.Arbitrary<SchoolPredicate> = fc.letrec<{ predicate: SchoolPredicate }>((tie) => ({
  predicate: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      category: fc.oneof(fc.constantFrom(...categories), fc.subarray(categories, { minLength: 1 })),
    }),
    fc.record({ role: fc.constantFrom(...roles) }),
    fc.record({ flag: fc.constantFrom(...schoolFlags) }),
    fc.record({ resourceRisk: fc.subarray(risks, { minLength: 1 }) }),
    fc.record({ resourceRisks: fc.record({ atLeast: fc.integer({ min: 1, max: 3 }) }) }),
    fc.record({ all: fc.array(tie('predicate'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('predicate'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('predicate') }),
    fc.record({
      atLeast: fc.integer({ min: 1, max: 2 }),
      of: fc.array(tie('predicate'), { minLength: 1, maxLength: 3 }),
    }),
  ),
})).predicate;

const teacherPredicate: fc.Arbitrary<TeacherPredicate> = fc.letrec<{ predicate: TeacherPredicate }>(
  (tie) => ({
    predicate: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ flag: fc.constantFrom(...teacherFlags) }),
      fc.record({ school: schoolPredicate }),
      fc.record({ all: fc.array(tie('predicate'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('predicate'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('predicate') }),
      fc.record({
        atLeast: fc.integer({ min: 1, max: 2 }),
        of: fc.array(tie('predicate'), { minLength: 1, maxLength: 3 }),
      }),
    ),
  }),
).predicate;

export const title = { ru: 'т' };

/** A random set: populations of schools and teachers, shares and counts over them, presences. */
export const indicatorSet: fc.Arbitrary<IndicatorSet> = fc
  .record({
    schoolPopulations: fc.array(schoolPredicate, { minLength: 1, maxLength: 3 }),
    teacherPopulations: fc.array(teacherPredicate, { minLength: 1, maxLength: 3 }),
    indicators: fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('school' as const),
          where: schoolPredicate,
          population: fc.nat(2),
          share: fc.boolean(),
          precision: fc.nat(3),
        }),
        fc.record({
          kind: fc.constant('teacher' as const),
          where: teacherPredicate,
          population: fc.nat(2),
          share: fc.boolean(),
          precision: fc.nat(3),
        }),
        fc.record({
          kind: fc.constant('presence' as const),
          flag: fc.option(fc.constantFrom(...municipalityFlags), { nil: undefined }),
        }),
      ),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ schoolPopulations, teacherPopulations, indicators }) => {
    const populations: Population[] = [
      ...schoolPopulations.map((where, index) => ({
        id: `s${index}`,
        entity: 'school' as const,
        title,
        where,
      })),
      ...teacherPopulations.map((where, index) => ({
        id: `t${index}`,
        entity: 'teacher' as const,
        title,
        where,
      })),
    ];
    const definitions = indicators.map((entry, index): IndicatorDefinition => {
      const base = { code: `${index + 1}`, section: '1', title, betterDirection: 'higher' as const };
      if (entry.kind === 'presence') return { ...base, kind: 'presence', municipalityFlag: entry.flag };
      const list = entry.kind === 'school' ? schoolPopulations : teacherPopulations;
      const population = `${entry.kind[0]}${entry.population % list.length}`;
      const counts =
        entry.kind === 'school'
          ? { entity: 'school' as const, where: entry.where as SchoolPredicate }
          : { entity: 'teacher' as const, where: entry.where as TeacherPredicate };
      if (!entry.share) return { ...base, kind: 'count', counts, population };
      return {
        ...base,
        kind: 'share',
        precision: entry.precision,
        population,
        numerator: { description: title, counts },
      };
    });
    return { id: 'random', title, sections: [{ code: '1', title }], populations, indicators: definitions };
  });

export interface Region {
  region: Municipality;
  municipalities: Municipality[];
  schools: School[];
  teachers: Teacher[] | undefined;
}

export const region: fc.Arbitrary<Region> = fc
  .record({
    municipalities: fc.array(
      fc.record({ flags: fc.option(flagsOf(municipalityFlags), { nil: undefined }) }),
      { minLength: 1, maxLength: 4 },
    ),
    regionFlags: flagsOf(municipalityFlags),
    schools: fc.array(
      fc.record({
        municipality: fc.nat(5),
        categories: fc.option(fc.subarray(categories), { nil: undefined }),
        roles: fc.option(fc.subarray(roles), { nil: undefined }),
        resourceRisks: fc.option(fc.subarray(risks), { nil: undefined }),
        flags: fc.option(flagsOf(schoolFlags), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    teachers: fc.option(
      fc.array(
        fc.record({ school: fc.nat(100), flags: fc.option(flagsOf(teacherFlags), { nil: undefined }) }),
        {
          maxLength: 60,
        },
      ),
      { nil: undefined, freq: 6 },
    ),
  })
  .map(({ municipalities, regionFlags, schools, teachers }) => {
    // Municipality ids past the list: schools of municipalities nobody listed still form groups.
    const listed = municipalities.map((entry, index) => ({ id: `m${index}`, name: `М${index}`, ...entry }));
    const schoolRecords = schools.map(({ municipality, ...rest }, index) => ({
      id: `s${index}`,
      name: `Школа ${index}`,
      municipalityId: `m${municipality}`,
      ...rest,
    }));
    const teacherRecords =
      schoolRecords.length === 0
        ? teachers && []
        : teachers?.map(({ school, flags }, index) => ({
            id: `t${index}`,
            schoolId: `s${school % schoolRecords.length}`,
            ...(flags === undefined ? {} : { flags }),
          }));
    return {
      region: { id: 'region', name: 'Регион', flags: regionFlags },
      municipalities: listed,
      schools: schoolRecords,
      teachers: teacherRecords,
    };
  });
