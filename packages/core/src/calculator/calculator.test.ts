import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorSet, region, type Region } from '../../test/indicator-arbitraries.js';
import { municipalMonitoringSet } from '../indicator/catalogue/municipal-monitoring.js';
import { compileIndicatorSet } from '../indicator/compute/compile.js';
import { computeIndicators } from '../indicator/compute/compute.js';
import { computeIndicatorsGrouped } from '../indicator/compute/grouped.js';
import type { IndicatorInput } from '../indicator/input.js';
import type { IndicatorSet } from '../indicator/schema.js';
import { computeTrustedIndicators, computeTrustedIndicatorsGrouped } from './index.js';
import { wordGroupedReport, wordIssue, wordReport } from './wording.js';

// The light entry must give exactly the validating API's reports for valid input, from the set
// itself and from the set compiled, on random sets and regions (pinned seed: CI reproduces a
// failure), once its coded problems are worded by `wordReport`; on input it cannot vouch for it
// says `ok: false`, as the validating API does.
const seed = 19_2027;

function grouped(data: Region) {
  return {
    kind: 'records' as const,
    municipality: data.region,
    municipalities: data.municipalities,
    schools: data.schools,
    teachers: data.teachers,
  };
}

function single(data: Region): IndicatorInput {
  return { kind: 'records', municipality: data.region, schools: data.schools, teachers: data.teachers };
}

function expectSame(set: IndicatorSet, data: Region): void {
  const compiled = compileIndicatorSet(set);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  const full = computeIndicators(set, single(data));
  expect(wordReport(computeTrustedIndicators(set, single(data)))).toEqual(full);
  expect(wordReport(computeTrustedIndicators(compiled.value, single(data)))).toEqual(full);
  const fullGrouped = computeIndicatorsGrouped(set, grouped(data), { by: 'municipality' });
  const light = wordGroupedReport(
    computeTrustedIndicatorsGrouped(set, grouped(data), { by: 'municipality' }),
  );
  expect(light.total).toEqual(fullGrouped.total);
  expect(light.groups.map((group) => group.report)).toEqual(fullGrouped.groups.map((group) => group.report));
  expect(light.issues).toEqual(fullGrouped.issues);
}

/** Records with the problems a valid file can still have: ids met twice, unknown schools, no municipality. */
const messyRegion = fc
  .record({
    data: region,
    duplicateSchool: fc.boolean(),
    duplicateMunicipality: fc.boolean(),
    unknownSchools: fc.nat(7),
    withoutMunicipality: fc.nat(7),
  })
  .map(({ data, duplicateSchool, duplicateMunicipality, unknownSchools, withoutMunicipality }): Region => {
    const schools = data.schools.map((school, index) => {
      if (index >= withoutMunicipality) return school;
      const { municipalityId: _dropped, ...rest } = school;
      return rest;
    });
    const unknown = Array.from({ length: unknownSchools }, (_, index) => ({
      id: `tx${index}`,
      schoolId: `nowhere${index}`,
    }));
    return {
      ...data,
      municipalities: duplicateMunicipality
        ? [...data.municipalities, { ...data.municipalities[0]!, name: 'Дубликат' }]
        : data.municipalities,
      schools: duplicateSchool && schools.length > 0 ? [...schools, { ...schools[0]! }] : schools,
      teachers: data.teachers === undefined ? undefined : [...data.teachers, ...unknown],
    };
  });

const answer = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -2, max: 40 }),
  fc.double({ min: 0, max: 40, noNaN: true }),
  fc.record({ numerator: fc.integer({ min: -1, max: 30 }), denominator: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ numerator: fc.integer({ min: 0, max: 30 }) }),
  fc.constant(null),
);
const counts = fc.record({
  answers: fc.dictionary(
    fc.constantFrom(...municipalMonitoringSet.indicators.map((entry) => entry.code)),
    answer,
  ),
  populations: fc.option(
    fc.dictionary(
      fc.constantFrom('municipality-schools', 'target-schools', 'target-teachers'),
      fc.integer({ min: 0, max: 40 }),
    ),
    { nil: undefined },
  ),
});

describe('@shnro/core/calculator', () => {
  it('computes seed 001’s set from records exactly as the validating API', () => {
    fc.assert(
      fc.property(region, (data) => expectSame(municipalMonitoringSet, data)),
      { seed, numRuns: 60 },
    );
  });

  it('computes random sets from records exactly as the validating API', () => {
    fc.assert(
      fc.property(indicatorSet, region, (set, data) => expectSame(set, data)),
      { seed, numRuns: 100 },
    );
  });

  it('computes typed-in counts exactly as the validating API, problems included', () => {
    fc.assert(
      fc.property(counts, ({ answers, populations }) => {
        const input: IndicatorInput = {
          kind: 'counts',
          answers,
          ...(populations === undefined ? {} : { populations }),
        };
        expect(wordReport(computeTrustedIndicators(municipalMonitoringSet, input))).toEqual(
          computeIndicators(municipalMonitoringSet, input),
        );
      }),
      { seed, numRuns: 200 },
    );
  });

  it('words the problems of records as the validating API does, word for word, in both languages', () => {
    let problems = 0;
    fc.assert(
      fc.property(messyRegion, fc.constantFrom('ru' as const, 'en' as const), (data, locale) => {
        const full = computeIndicators(municipalMonitoringSet, single(data), { locale });
        const light = computeTrustedIndicators(municipalMonitoringSet, single(data), { locale });
        // Coded: no sentence downloaded or built; the same codes at the same places.
        expect(light.issues.map((issue) => [issue.path, issue.code])).toEqual(
          full.issues.map((issue) => [issue.path, issue.code]),
        );
        expect(light.issues.every((issue) => !('message' in issue))).toBe(true);
        expect(wordReport(light)).toEqual(full);
        const options = { by: 'municipality' as const, locale };
        const fullGrouped = computeIndicatorsGrouped(municipalMonitoringSet, grouped(data), options);
        const lightGrouped = wordGroupedReport(
          computeTrustedIndicatorsGrouped(municipalMonitoringSet, grouped(data), options),
        );
        expect(lightGrouped.issues).toEqual(fullGrouped.issues);
        expect(lightGrouped.total).toEqual(fullGrouped.total);
        expect(lightGrouped.groups.map((group) => group.report)).toEqual(
          fullGrouped.groups.map((group) => group.report),
        );
        problems += fullGrouped.issues.length;
      }),
      { seed, numRuns: 50 },
    );
    expect(problems).toBeGreaterThan(0);
  });

  it('words every problem of typed-in counts as the validating API does, unknown codes and huge numbers included', () => {
    const number = fc.oneof(
      fc.integer({ min: -3, max: 40 }),
      fc.double({ min: -5, max: 40, noNaN: true }),
      fc.constantFrom(1e300, -(2 ** 60)),
    );
    const anyAnswer = fc.oneof(
      answer,
      number,
      fc.record({ numerator: number, denominator: number }),
      fc.record({ numerator: number }),
    );
    const messyCounts = fc.record({
      answers: fc.dictionary(
        fc.constantFrom('9.9', 'x', ...municipalMonitoringSet.indicators.map((entry) => entry.code)),
        anyAnswer,
      ),
      populations: fc.dictionary(
        fc.constantFrom('municipality-schools', 'target-schools', 'target-teachers', 'nobody'),
        number,
      ),
      locale: fc.constantFrom('ru' as const, 'en' as const),
    });
    const codes = new Set<string>();
    fc.assert(
      fc.property(messyCounts, ({ answers, populations, locale }) => {
        const input: IndicatorInput = { kind: 'counts', answers, populations };
        const full = computeIndicators(municipalMonitoringSet, input, { locale });
        expect(wordReport(computeTrustedIndicators(municipalMonitoringSet, input, { locale }))).toEqual(full);
        for (const issue of full.issues) codes.add(issue.code);
      }),
      { seed, numRuns: 300 },
    );
    // The run met every sentence of typed-in counts.
    expect([...codes].sort()).toEqual(
      [
        'count-too-large',
        'fractional-count',
        'negative-count',
        'numerator-above-denominator',
        'unknown-indicator',
        'unknown-population',
        'wrong-answer-kind',
      ].sort(),
    );
  });

  it('words a category nobody defined as the validating API does, one or two of them', () => {
    const typo = (category: readonly string[]): IndicatorSet => ({
      ...municipalMonitoringSet,
      populations: municipalMonitoringSet.populations.map((population) =>
        population.id === 'target-schools' && population.entity === 'school'
          ? { ...population, where: { category: ['low-results', ...category] } }
          : population,
      ),
    });
    fc.assert(
      fc.property(
        region,
        fc.constantFrom(['shnsu'], ['shnsu', 'shnro-2']),
        fc.constantFrom('ru' as const, 'en' as const),
        (data, category, locale) => {
          const full = computeIndicators(typo(category), single(data), { locale });
          const light = computeTrustedIndicators(typo(category), single(data), { locale });
          expect(full.issues.some((issue) => issue.code === 'unknown-category')).toBe(true);
          expect(wordReport(light)).toEqual(full);
          const options = { by: 'municipality' as const, locale };
          const lightGrouped = wordGroupedReport(
            computeTrustedIndicatorsGrouped(typo(category), grouped(data), options),
          );
          const fullGrouped = computeIndicatorsGrouped(typo(category), grouped(data), options);
          expect(lightGrouped.total).toEqual(fullGrouped.total);
          expect(lightGrouped.issues).toEqual(fullGrouped.issues);
        },
      ),
      { seed, numRuns: 30 },
    );
  });

  it('refuses what it cannot vouch for, naming the place, where the validating API names the field', () => {
    const broken = { ...municipalMonitoringSet, indicators: [{ kind: 'share', code: '1.1' }] };
    const report = computeTrustedIndicators(broken as unknown as IndicatorSet, {
      kind: 'counts',
      answers: {},
    });
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => [issue.path, issue.code])).toEqual([['set', 'not-checked']]);
    expect(computeIndicators(broken as unknown as IndicatorSet, { kind: 'counts', answers: {} }).ok).toBe(
      false,
    );

    const badSchool = { kind: 'records' as const, schools: [{ id: 's1', categories: ['shnor'] }] };
    const refused = computeTrustedIndicators(municipalMonitoringSet, badSchool as unknown as IndicatorInput);
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((issue) => issue.path)).toEqual(['schools[0]']);
    expect(wordIssue(refused.issues[0]!, 'ru').message).toContain('computeIndicators');
    const full = computeIndicators(municipalMonitoringSet, badSchool as unknown as IndicatorInput);
    expect(full.issues.map((issue) => issue.path)).toContain('schools[0].categories[0]');

    const answer = computeTrustedIndicators(municipalMonitoringSet, {
      kind: 'counts',
      answers: { '1.5': { numerator: 'семь' } as unknown as number },
    });
    expect(answer.results.find((result) => result.code === '1.5')?.status).toBe('invalid');
    expect(answer.issues.map((issue) => [issue.path, issue.indicatorCode])).toEqual([
      ['answers["1.5"]', '1.5'],
    ]);
  });
});
