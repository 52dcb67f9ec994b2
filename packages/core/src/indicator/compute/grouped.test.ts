import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { municipalitySchema } from '../../municipality/schema.js';
import { isPlainValidMunicipality } from './shape.js';
import { indicatorSet, region, title, type Region } from '../../../test/indicator-arbitraries.js';
import type { Municipality } from '../../municipality/schema.js';
import type { School } from '../../school/schema.js';
import type { Teacher } from '../../teacher/schema.js';
import { municipalMonitoringSet } from '../catalogue/municipal-monitoring.js';
import type { IndicatorSet } from '../schema.js';
import {
  compileIndicatorSet,
  computeIndicators,
  computeIndicatorsGrouped,
  type CompiledIndicatorSet,
} from './index.js';

// The grouped, compiled path must give exactly what `computeIndicators` gives over each group's
// records (and over all of them for the total): the same counts, the same half-up percentages,
// the same displays and reasons. Random regions and random sets, with a pinned seed so CI
// reproduces a failure; `pnpm fuzz`-length runs are not needed for a check this direct.
const seed = 19_2026;

function compiled(set: IndicatorSet): CompiledIndicatorSet {
  const result = compileIndicatorSet(set);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function checkAgainstSingleCalls(set: IndicatorSet, data: Region): void {
  // The single calls get the set compiled too, so they skip re-validating it; they still count
  // with computeIndicators' own engine (closures over the JSON), the reference here.
  const once = compiled(set);
  const grouped = computeIndicatorsGrouped(
    once,
    {
      kind: 'records',
      municipality: data.region,
      municipalities: data.municipalities,
      schools: data.schools,
      teachers: data.teachers,
    },
    { by: 'municipality' },
  );
  expect(grouped.ok).toBe(true);
  expect(grouped.total).toEqual(
    computeIndicators(set, {
      kind: 'records',
      municipality: data.region,
      schools: data.schools,
      teachers: data.teachers,
    }),
  );
  const keys = [
    ...new Set([
      ...data.municipalities.map((entry) => entry.id),
      ...data.schools.map((school) => school.municipalityId!),
    ]),
  ];
  expect(grouped.groups.map((group) => group.key)).toEqual(keys);
  for (const group of grouped.groups) {
    const schools = data.schools.filter((school) => school.municipalityId === group.key);
    const ids = new Set(schools.map((school) => school.id));
    const teachers = data.teachers?.filter((teacher) => ids.has(teacher.schoolId));
    const municipality = data.municipalities.find((entry) => entry.id === group.key);
    expect(group.municipalityId).toBe(municipality?.id ?? null);
    expect(group.report).toEqual(
      computeIndicators(once, { kind: 'records', municipality, schools, teachers }),
    );
  }
}

describe('computeIndicatorsGrouped', () => {
  it('gives each municipality and the region exactly what computeIndicators gives (seed 001 set)', () => {
    fc.assert(
      fc.property(region, (data) => checkAgainstSingleCalls(municipalMonitoringSet, data)),
      { seed, numRuns: 40 },
    );
  }, 30_000);

  it('gives the same for random sets: nested conditions, counts, shares of any precision', () => {
    fc.assert(
      fc.property(indicatorSet, region, (set, data) => checkAgainstSingleCalls(set, data)),
      { seed, numRuns: 120 },
    );
  }, 30_000);

  it('groups by school: each school’s table equals computeIndicators over that school alone', () => {
    fc.assert(
      fc.property(indicatorSet, region, (set, data) => {
        const once = compiled(set);
        const grouped = computeIndicatorsGrouped(
          once,
          {
            kind: 'records',
            municipalities: data.municipalities,
            schools: data.schools,
            teachers: data.teachers,
          },
          { by: 'school', locale: 'en' },
        );
        expect(grouped.groups.map((group) => group.key)).toEqual(data.schools.map((school) => school.id));
        for (const group of grouped.groups) {
          const school = data.schools.find((entry) => entry.id === group.key)!;
          const municipality = data.municipalities.find((entry) => entry.id === school.municipalityId);
          const teachers = data.teachers?.filter((teacher) => teacher.schoolId === school.id);
          expect(group.report).toEqual(
            computeIndicators(
              once,
              { kind: 'records', municipality, schools: [school], teachers },
              { locale: 'en' },
            ),
          );
        }
      }),
      { seed, numRuns: 40 },
    );
  }, 30_000);
});

describe('computeIndicatorsGrouped on bad or unusual input', () => {
  const set = compiled(municipalMonitoringSet);
  const municipalities: Municipality[] = [
    { id: 'm1', name: 'Канск', flags: { programmeHasIdentificationMethodSection: true } },
    { id: 'm2', name: 'Тайшет' },
  ];
  const schools: School[] = [
    { id: 's1', name: 'Школа 1', municipalityId: 'm1', categories: ['low-results'] },
    { id: 's2', name: 'Школа 2', municipalityId: 'm2' },
  ];
  const teachers: Teacher[] = [
    { id: 't1', schoolId: 's1', flags: { diagnosed: true } },
    { id: 't2', schoolId: 's2' },
  ];
  const result = (report: { results: { code: string }[] }, code: string) =>
    report.results.find((entry) => entry.code === code);

  it('builds a group’s table when it is read, from the flags as they were when computed', () => {
    const own = municipalities.map((municipality) => ({ ...municipality, flags: { ...municipality.flags } }));
    const report = computeIndicatorsGrouped(
      set,
      { kind: 'records', municipalities: own, schools, teachers },
      { by: 'municipality' },
    );
    // A flag changed after the call does not reach a table read later.
    own[0]!.flags['programmeHasIdentificationMethodSection'] = false;
    const first = report.groups[0]!;
    expect(first.report).toBe(first.report);
    expect(result(first.report, '1.1')).toMatchObject({ present: true });
    // The table is an own, enumerable property: JSON, spreads and structured clones carry it.
    expect(Object.keys(first)).toEqual(['key', 'municipalityId', 'report']);
    expect(JSON.parse(JSON.stringify(report.groups))[1].report).toEqual(report.groups[1]!.report);
    expect(structuredClone({ ...first }).report).toEqual(first.report);
  });

  it('counts teachers per municipality and in the total, with presences from each municipality', () => {
    const report = computeIndicatorsGrouped(
      set,
      { kind: 'records', municipalities, schools, teachers },
      { by: 'municipality' },
    );
    expect(report.ok).toBe(true);
    expect(report.groups.map((group) => group.key)).toEqual(['m1', 'm2']);
    expect(result(report.groups[0]!.report, '3.1')).toMatchObject({
      numerator: 1,
      denominator: 1,
      display: '100%',
    });
    expect(result(report.groups[1]!.report, '3.1')).toMatchObject({
      status: 'empty-population',
      percent: null,
    });
    expect(result(report.groups[0]!.report, '1.1')).toMatchObject({ present: true, display: 'имеется' });
    expect(result(report.groups[1]!.report, '1.1')).toMatchObject({
      status: 'missing',
      reasonCode: 'no-municipality-flag',
    });
    expect(result(report.total, '1.5')).toMatchObject({ numerator: 1, denominator: 2, display: '50%' });
  });

  it('lists a municipality without schools as an empty group', () => {
    const report = computeIndicatorsGrouped(
      set,
      {
        kind: 'records',
        municipalities: [...municipalities, { id: 'm3', name: 'Пустой' }],
        schools,
        teachers,
      },
      { by: 'municipality' },
    );
    expect(report.groups.map((group) => group.key)).toEqual(['m1', 'm2', 'm3']);
    expect(result(report.groups[2]!.report, '1.5')).toMatchObject({
      status: 'empty-population',
      denominator: 0,
    });
  });

  it('names a school without a municipality, counting it in the total only', () => {
    const report = computeIndicatorsGrouped(
      set,
      { kind: 'records', municipalities, schools: [...schools, { id: 's3', name: 'Школа 3' }] },
      { by: 'municipality' },
    );
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({ path: 'schools[2].municipalityId', code: 'no-municipality' }),
    ]);
    expect(report.issues[0]!.message).toContain('s3');
    expect(result(report.total, '1.5')).toMatchObject({ denominator: 3 });
    expect(report.groups.map((group) => result(group.report, '1.5'))).toEqual([
      expect.objectContaining({ denominator: 1 }),
      expect.objectContaining({ denominator: 1 }),
    ]);
  });

  it('refuses teacher indicators everywhere when a teacher names an unknown school, and says so', () => {
    const report = computeIndicatorsGrouped(
      set,
      {
        kind: 'records',
        municipalities,
        schools,
        teachers: [...teachers, { id: 't9', schoolId: 'nowhere' }],
      },
      { by: 'municipality' },
    );
    expect(report.issues).toEqual([
      expect.objectContaining({ path: 'teachers[2].schoolId', code: 'unknown-school' }),
    ]);
    for (const table of [report.total, ...report.groups.map((group) => group.report)]) {
      expect(result(table, '3.1')).toMatchObject({ status: 'invalid' });
      expect(result(table, '1.5')).toMatchObject({ status: 'ok' });
      expect(table.ok).toBe(false);
    }
  });

  it('explains a bad municipality record and a bad teacher flag with field paths, in Russian', () => {
    const report = computeIndicatorsGrouped(
      set,
      {
        kind: 'records',
        municipalities: [{ ...municipalities[0]!, name: '' }, municipalities[1]!],
        schools,
        teachers: [{ id: 't1', schoolId: 's1', flags: { diagnosed: 'да' as unknown as boolean } }],
      },
      { by: 'municipality' },
    );
    expect(report.issues.map((issue) => issue.path)).toEqual([
      'municipalities[0].name',
      'teachers[0].flags.diagnosed',
    ]);
    expect(result(report.groups[0]!.report, '1.1')).toMatchObject({ status: 'invalid' });
    expect(result(report.groups[1]!.report, '1.1')).toMatchObject({ status: 'missing' });
  });

  it('counts nothing from a school list with a duplicate id, and names the duplicate', () => {
    const report = computeIndicatorsGrouped(
      set,
      { kind: 'records', municipalities, schools: [...schools, { ...schools[0]!, name: 'Дубль' }], teachers },
      { by: 'municipality' },
    );
    expect(report.issues).toEqual([expect.objectContaining({ path: 'schools[2].id', code: 'duplicate-id' })]);
    expect(result(report.total, '1.5')).toMatchObject({ status: 'invalid' });
    expect(result(report.groups[0]!.report, '3.1')).toMatchObject({ status: 'invalid' });
  });

  it('refuses a malformed envelope and an invalid set with issues, never an exception', () => {
    const envelope = computeIndicatorsGrouped(set, { kind: 'records', schools: 'все' } as never, {
      by: 'school',
    });
    expect(envelope.ok).toBe(false);
    expect(envelope.issues[0]?.path).toBe('schools');
    const badSet = computeIndicatorsGrouped(
      { ...municipalMonitoringSet, indicators: [] },
      { kind: 'records', schools },
      { by: 'municipality' },
    );
    expect(badSet.issues[0]?.path).toBe('set.indicators');
    expect(compileIndicatorSet({ ...municipalMonitoringSet, sections: [] }).ok).toBe(false);
  });

  it('counts without bit masks when the conditions read more than 31 teacher flags', () => {
    const many = Array.from({ length: 33 }, (_, index) => `f${index}`);
    const wide: IndicatorSet = {
      id: 'wide',
      title,
      sections: [{ code: '1', title }],
      populations: [{ id: 'p', entity: 'teacher', title, where: { any: many.map((flag) => ({ flag })) } }],
      indicators: many.map((flag, index) => ({
        kind: 'share',
        code: `${index}`,
        section: '1',
        title,
        betterDirection: 'none',
        precision: 1,
        population: 'p',
        numerator: {
          description: title,
          counts: { entity: 'teacher', where: { all: [{ flag }, { not: { flag: 'f0' } }] } },
        },
      })),
    };
    const once = compiled(wide);
    expect(once.plan.teacherBits.fits).toBe(false);
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom(...many), fc.boolean()), { maxLength: 40 }),
        (flags) => {
          const wideTeachers = flags.map((own, index) => ({
            id: `t${index}`,
            schoolId: `s${(index % 2) + 1}`,
            flags: own,
          }));
          const report = computeIndicatorsGrouped(
            once,
            { kind: 'records', schools, teachers: wideTeachers },
            { by: 'municipality' },
          );
          expect(report.total).toEqual(
            computeIndicators(once, { kind: 'records', schools, teachers: wideTeachers }),
          );
        },
      ),
      { seed, numRuns: 30 },
    );
  });

  it('gives computeIndicators the same table from a compiled set as from the set itself', () => {
    const input = { kind: 'records' as const, municipality: municipalities[0], schools, teachers };
    expect(computeIndicators(set, input)).toEqual(computeIndicators(municipalMonitoringSet, input));
  });
});

describe('the check of municipality records without zod', () => {
  it('never accepts a record municipalitySchema refuses', () => {
    const text = fc.oneof(fc.constantFrom('', ' ', 'Канск', ' Тайшет '), fc.string({ maxLength: 4 }));
    const record = fc.record(
      {
        id: fc.oneof(text, fc.integer()),
        name: fc.oneof(text, fc.constant(null)),
        region: text,
        flags: fc.oneof(
          fc.dictionary(
            fc.constantFrom('hasIom', '1bad', 'ok_flag', 'bad name'),
            fc.oneof(fc.boolean(), fc.constant(1)),
          ),
          fc.constant([]),
        ),
        extra: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (value) => {
        if (isPlainValidMunicipality(value)) expect(municipalitySchema.safeParse(value).success).toBe(true);
      }),
      { seed, numRuns: 500 },
    );
  });
});
