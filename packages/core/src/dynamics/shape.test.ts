import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShnroArgumentError } from '../errors/argument-error.js';
import {
  compareOptionsSchema,
  compareSeries,
  compareSeriesUnchecked,
  explainComparisonArguments,
  seriesShapeSchema,
  type DynamicsOptions,
} from './compare.js';
import { DynamicsRowCache } from './row-cache.js';
import { districtAverage, leningradskySchools, sumOfAverages } from './example.js';
import type { ResultSeries } from './schema.js';
import { comparisonShapeProblem } from './shape.js';
import { assessments, resultMetrics } from './units.js';

const seed = { seed: 20261207 };

// Series near the valid ones: few schools and years, some participants below the minimum sample,
// a missing year now and then, subjects that differ, so every class and issue turns up.
const pointArbitrary = fc.record(
  {
    year: fc.integer({ min: 2018, max: 2024 }),
    value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
    participants: fc.integer({ min: 0, max: 60 }),
  },
  { requiredKeys: ['year', 'value'] },
);
const seriesArbitrary: fc.Arbitrary<ResultSeries> = fc.record(
  {
    schoolId: fc.constantFrom('school-8', 'school-22', 'school-27', 'school-3'),
    assessment: fc.constantFrom('gia-9', 'vpr'),
    metric: fc.constantFrom('sum-of-average-scores', 'quality-percent'),
    subjects: fc.constantFrom(['математика'], ['математика', 'русский язык']),
    grade: fc.integer({ min: 4, max: 9 }),
    points: fc.uniqueArray(pointArbitrary, { selector: (point) => point.year, minLength: 1, maxLength: 6 }),
  },
  { requiredKeys: ['schoolId', 'assessment', 'metric', 'subjects', 'points'] },
) as fc.Arbitrary<ResultSeries>;
const optionsArbitrary: fc.Arbitrary<DynamicsOptions> = fc.record(
  {
    assessment: fc.constant('gia-9' as const),
    metric: fc.constantFrom('sum-of-average-scores' as const, 'quality-percent' as const),
    years: fc.uniqueArray(fc.integer({ min: 2018, max: 2024 }), { minLength: 2, maxLength: 5 }),
    municipalAverage: fc.constant(districtAverage),
    tolerance: fc.constantFrom(0, 0.5, 3),
    lowThreshold: fc.constantFrom(13, 'municipal-average' as const),
    minSample: fc.constantFrom(0, 5, 30),
    schools: fc.constant(leningradskySchools),
    locale: fc.constantFrom('ru', 'en'),
  },
  { requiredKeys: ['assessment', 'metric'] },
);

describe('compareSeriesUnchecked', () => {
  it('gives what compareSeries gives for any arguments compareSeries takes', () => {
    fc.assert(
      fc.property(fc.array(seriesArbitrary, { maxLength: 6 }), optionsArbitrary, (series, options) => {
        expect(compareSeriesUnchecked(series, options)).toEqual(compareSeries(series, options));
      }),
      { ...seed, numRuns: 300 },
    );
  });

  it('gives the same result through a row cache, whatever came before, and keeps unchanged rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(seriesArbitrary, { maxLength: 5 }), optionsArbitrary), {
          minLength: 1,
          maxLength: 4,
        }),
        (calls) => {
          const cache = new DynamicsRowCache();
          for (const [series, options] of calls)
            expect(compareSeriesUnchecked(series, options, cache)).toEqual(compareSeries(series, options));
        },
      ),
      { ...seed, numRuns: 150 },
    );
    const cache = new DynamicsRowCache();
    const options = {
      assessment: 'gia-9',
      metric: 'sum-of-average-scores',
      schools: leningradskySchools,
    } as const;
    const before = compareSeriesUnchecked(sumOfAverages, options, cache);
    // School № 27 corrected, № 8 handed over again as a copy with the same points.
    const next = sumOfAverages.map((entry) =>
      entry.schoolId === 'school-27'
        ? { ...entry, points: entry.points.map((point) => ({ ...point, value: point.value + 1 })) }
        : entry.schoolId === 'school-8'
          ? structuredClone(entry)
          : entry,
    );
    const after = compareSeriesUnchecked(next, options, cache);
    expect(after).toEqual(compareSeries(next, options));
    const row = (result: typeof before, id: string) =>
      result.schools.find((school) => school.schoolId === id);
    expect(row(after, 'school-22')).toBe(row(before, 'school-22'));
    expect(row(after, 'school-8')).toBe(row(before, 'school-8'));
    expect(row(after, 'school-27')).not.toBe(row(before, 'school-27'));
    // Another policy judges every school again.
    const stricter = compareSeriesUnchecked(next, { ...options, tolerance: 2 }, cache);
    expect(row(stricter, 'school-22')).not.toBe(row(after, 'school-22'));
  });
});

// Anything at all in the places of a series' fields: what the shape check and the schema see.
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.double(),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const mutated = fc
  .tuple(fc.array(seriesArbitrary, { minLength: 1, maxLength: 3 }), fc.nat(), fc.nat(), anyValue, fc.nat())
  .map(([series, which, field, value, point]) => {
    const copy = structuredClone(series) as unknown as Record<string, unknown>[];
    const entry = copy[which % copy.length]!;
    const keys = [
      'schoolId',
      'assessment',
      'metric',
      'subjects',
      'grade',
      'points',
      'year',
      'value',
      'participants',
      'subject',
      'entry',
    ];
    const key = keys[field % keys.length]!;
    const points = entry['points'] as Record<string, unknown>[];
    if (key === 'year' || key === 'value' || key === 'participants')
      points[point % points.length]![key] = value;
    else if (key === 'subject') (entry['subjects'] as unknown[])[0] = value;
    else if (key === 'entry') copy[which % copy.length] = value as never;
    else entry[key] = value;
    return copy as unknown;
  });

describe('comparisonShapeProblem', () => {
  const options = { assessment: 'gia-9', metric: 'sum-of-average-scores' };

  it('accepts exactly the series compareSeries accepts, and names the field its schema names first', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, anyValue), (series) => {
        const problem = comparisonShapeProblem(series, options);
        const parsed = seriesShapeSchema.safeParse(series);
        expect(problem === undefined).toBe(parsed.success);
        if (!parsed.success)
          expect(problem).toEqual({ argument: 'series', path: parsed.error.issues[0]!.path });
      }),
      { ...seed, numRuns: 500 },
    );
  });

  it('lets through every option compareSeries takes and names a field of the wrong type', () => {
    fc.assert(
      fc.property(optionsArbitrary, (valid) => {
        expect(compareOptionsSchema.safeParse(valid).success).toBe(true);
        expect(comparisonShapeProblem([], valid)).toBeUndefined();
      }),
      { ...seed, numRuns: 200 },
    );
    expect(comparisonShapeProblem([], { ...options, metric: 'average' })).toEqual({
      argument: 'options',
      path: ['metric'],
    });
    expect(
      comparisonShapeProblem([], { ...options, municipalAverage: [{ year: 2023, value: '14,1' }] }),
    ).toEqual({
      argument: 'options',
      path: ['municipalAverage', 0, 'value'],
    });
    expect(comparisonShapeProblem([], null)).toEqual({ argument: 'options', path: [] });
    for (const assessment of assessments)
      for (const metric of resultMetrics)
        expect(comparisonShapeProblem([], { assessment, metric })).toBeUndefined();
  });

  it('finds what compareSeries refuses with a message naming the field', () => {
    const broken = [{ ...sumOfAverages[0], points: [{ year: 2023, value: '13,1' }] }];
    expect(comparisonShapeProblem(broken, options)).toEqual({
      argument: 'series',
      path: [0, 'points', 0, 'value'],
    });
    let thrown: unknown;
    try {
      compareSeries(broken as never, options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ShnroArgumentError);
    expect((thrown as ShnroArgumentError).message).toBe(
      'compareSeries: аргумент «series» не подходит. Поле «value»: ожидается число, а указано текст «13,1».',
    );
    expect((thrown as ShnroArgumentError).issues[0]?.path).toMatch(
      /^series\.0\.points\.0\.value$|^series\[0\]\.points\[0\]\.value$/,
    );
  });

  it('says in words what is wrong, Russian or English, only when asked', () => {
    const broken = [{ ...sumOfAverages[0], points: [{ year: 2023, value: '13,1' }] }];
    expect(explainComparisonArguments(broken, options)).toEqual([
      {
        path: 'series[0].points[0].value',
        code: 'invalid-type',
        message: 'Поле «value»: ожидается число, а указано текст «13,1».',
      },
    ]);
    expect(
      explainComparisonArguments(sumOfAverages, { ...options, metric: 'average' }, 'en')[0],
    ).toMatchObject({
      path: 'options.metric',
    });
    expect(
      explainComparisonArguments(sumOfAverages, { ...options, metric: 'average' }, 'en')[0]?.message,
    ).toMatch(/^Field "metric"/);
    expect(explainComparisonArguments(sumOfAverages, options)).toEqual([]);
  });
});
