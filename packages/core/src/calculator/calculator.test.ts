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

// The light entry must give exactly the validating API's reports for valid input, from the set
// itself and from the set compiled, on random sets and regions (pinned seed: CI reproduces a
// failure); on input it cannot vouch for it says `ok: false`, as the validating API does.
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
  expect(computeTrustedIndicators(set, single(data))).toEqual(full);
  expect(computeTrustedIndicators(compiled.value, single(data))).toEqual(full);
  const fullGrouped = computeIndicatorsGrouped(set, grouped(data), { by: 'municipality' });
  const light = computeTrustedIndicatorsGrouped(set, grouped(data), { by: 'municipality' });
  expect(light.total).toEqual(fullGrouped.total);
  expect(light.groups.map((group) => group.report)).toEqual(fullGrouped.groups.map((group) => group.report));
  expect(light.issues).toEqual(fullGrouped.issues);
}

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
        expect(computeTrustedIndicators(municipalMonitoringSet, input)).toEqual(
          computeIndicators(municipalMonitoringSet, input),
        );
      }),
      { seed, numRuns: 200 },
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
    expect(refused.issues[0]?.message).toContain('computeIndicators');
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
