import { describe, expect, it } from 'vitest';
import { parseOrExplain } from '../errors/index.js';
import { compareSeries, type DynamicsOptions } from './compare.js';
import { districtAverage, leningradskySchools, sumOfAverages } from './example.js';
import {
  defaultDynamicsPolicy,
  dynamicsPolicyInputSchema,
  dynamicsVerdict,
  lowOverPolicyYears,
  resolveDynamicsPolicy,
} from './policy.js';
import type { ResultSeries } from './schema.js';

const giaSums = {
  assessment: 'gia-9',
  metric: 'sum-of-average-scores',
  schools: leningradskySchools,
  municipalAverage: districtAverage,
} as const;

describe('the dynamics policy', () => {
  it('fills what is not given from the default, and keeps the default frozen', () => {
    expect(resolveDynamicsPolicy({ tolerance: { points: 0.5 } })).toEqual({
      tolerance: { points: 0.5, percentagePoints: 0 },
      minSample: 5,
      lowThreshold: 'municipal-average',
      stableLowYears: 'all',
    });
    expect(Object.isFrozen(defaultDynamicsPolicy)).toBe(true);
  });

  it('gives one verdict to № 8 wherever the same policy is used: compareSeries and dynamicsVerdict agree', () => {
    const policy = { tolerance: { points: 0.5 } };
    const result = compareSeries(sumOfAverages, { ...giaSums, policy });
    const school8 = result.schools[0];
    expect(school8?.classification).toBe('stable-low');
    expect(result.policy.tolerance.points).toBe(0.5);
    expect(result.tolerance).toBe(0.5);
    // The same numbers through the verdict function alone (what a cycle comparison calls).
    expect(
      dynamicsVerdict(
        { change: -0.4, unit: 'points', lowByYear: [true, true], smallSample: false },
        resolveDynamicsPolicy(policy),
      ).classification,
    ).toBe('stable-low');
    // Under the default policy (any change counts) the same school is «снижение» — on every page.
    expect(compareSeries(sumOfAverages, giaSums).schools[0]?.classification).toBe('declining');
  });

  it('takes the tolerance of the change’s unit: баллы and п.п. are set apart', () => {
    const policy = resolveDynamicsPolicy({ tolerance: { points: 0.5, percentagePoints: 3 } });
    const verdict = (change: number, unit: 'points' | 'percentage-points') =>
      dynamicsVerdict({ change, unit, lowByYear: [false, false], smallSample: false }, policy).classification;
    expect(verdict(2, 'points')).toBe('improving');
    expect(verdict(2, 'percentage-points')).toBe('stable');
    expect(verdict(-3.1, 'percentage-points')).toBe('declining');
  });

  it('says what «стабильно низкие» means over more than two years', () => {
    const all = resolveDynamicsPolicy({ stableLowYears: 'all' });
    const lastTwo = resolveDynamicsPolicy({ stableLowYears: 2 });
    // Low in 2022 and 2023, not in 2021.
    expect(lowOverPolicyYears([false, true, true], all)).toBe(false);
    expect(lowOverPolicyYears([false, true, true], lastTwo)).toBe(true);
    // A missing year among those looked at leaves the question open; one not-low year answers it.
    expect(lowOverPolicyYears([true, null, true], all)).toBeNull();
    expect(lowOverPolicyYears([null, true, true], lastTwo)).toBe(true);
    expect(lowOverPolicyYears([null, false, true], all)).toBe(false);

    const three: ResultSeries = {
      schoolId: 'school-8',
      assessment: 'gia-9',
      subjects: ['русский язык'],
      metric: 'average-score',
      points: [
        { year: 2021, value: 3.9 },
        { year: 2022, value: 3.4 },
        { year: 2023, value: 3.4 },
      ],
    };
    const options: DynamicsOptions = {
      assessment: 'gia-9',
      metric: 'average-score',
      years: [2021, 2022, 2023],
      municipalAverage: [
        { year: 2021, value: 3.8 },
        { year: 2022, value: 3.7 },
        { year: 2023, value: 3.7 },
      ],
    };
    expect(compareSeries([three], options).schools[0]?.classification).toBe('stable');
    expect(
      compareSeries([three], { ...options, policy: { stableLowYears: 2 } }).schools[0]?.classification,
    ).toBe('stable-low');
  });

  it('flags a small sample and a missing year instead of judging', () => {
    const policy = resolveDynamicsPolicy({ minSample: 10 });
    expect(
      dynamicsVerdict({ change: 3, unit: 'points', lowByYear: [false, false], smallSample: true }, policy),
    ).toMatchObject({ classification: 'insufficient-data', reason: 'small-sample' });
    expect(
      dynamicsVerdict({ change: null, unit: 'points', lowByYear: [null, false], smallSample: false }, policy),
    ).toMatchObject({ classification: 'insufficient-data', reason: 'missing-year' });
    const small = sumOfAverages.map((entry) => ({
      ...entry,
      points: entry.points.map((point) => ({ ...point, participants: 7 })),
    }));
    expect(
      compareSeries(small, { ...giaSums, policy: { minSample: 10 } }).schools.map((row) => row.reason),
    ).toEqual(['small-sample', 'small-sample', 'small-sample']);
  });

  it('refuses a policy with a tolerance below zero, naming the field', () => {
    const parsed = parseOrExplain(dynamicsPolicyInputSchema, { tolerance: { points: -1 } });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual(['tolerance.points']);
  });
});
