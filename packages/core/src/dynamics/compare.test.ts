import { describe, expect, it } from 'vitest';
import { compareSeries, type SchoolDynamics } from './compare.js';
import { districtAverage, giaSubjects, leningradskySchools, sumOfAverages, sumOfQuality } from './example.js';
import type { ResultSeries } from './schema.js';

const giaSums = {
  assessment: 'gia-9',
  metric: 'sum-of-average-scores',
  schools: leningradskySchools,
} as const;

function classes(rows: readonly SchoolDynamics[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.schoolId, row.classification]));
}

describe('compareSeries on seed 004 (ГИА-9, Ленинградский район, 2023 against 2022)', () => {
  it('finds the sum of average marks higher in № 22 and 27, lower in № 8', () => {
    const result = compareSeries(sumOfAverages, giaSums);
    expect(result).toMatchObject({
      years: [2022, 2023],
      baseYear: 2022,
      lastYear: 2023,
      subjects: giaSubjects,
    });
    expect(classes(result.schools)).toEqual({
      'school-8': 'declining',
      'school-22': 'improving',
      'school-27': 'improving',
    });
    expect(result.schools[1]?.change).toEqual({ from: 2022, to: 2023, absolute: 0.7, unit: 'points' });
    expect(result.issues).toEqual([]);
  });

  it('finds the sum of quality rates higher in № 8 and 22, measured in п.п.', () => {
    const result = compareSeries(sumOfQuality, { ...giaSums, metric: 'sum-of-quality-percents' });
    expect(classes(result.schools)).toEqual({
      'school-8': 'improving',
      'school-22': 'improving',
      'school-27': 'declining',
    });
    expect(result.schools[1]?.change).toMatchObject({ absolute: 15.8, unit: 'percentage-points' });
  });

  it('compares each school with the district average and says whether the gap narrowed', () => {
    const result = compareSeries(sumOfAverages, { ...giaSums, municipalAverage: districtAverage });
    const school22 = result.schools[1];
    expect(school22?.values).toEqual([
      { year: 2022, value: 12.4, participants: 48, municipal: 14.1, vsMunicipal: -1.7 },
      { year: 2023, value: 13.1, participants: 52, municipal: 14.3, vsMunicipal: -1.2 },
    ]);
    expect(school22?.gapChange).toBe(0.5);
  });

  it('calls a school below the district average both years and within tolerance stable-low', () => {
    const result = compareSeries(sumOfAverages, {
      ...giaSums,
      municipalAverage: districtAverage,
      tolerance: 0.5,
      lowThreshold: 'municipal-average',
    });
    // № 8 fell by 0,4, within the tolerance, and stayed below the district both years.
    expect(classes(result.schools)).toEqual({
      'school-8': 'stable-low',
      'school-22': 'improving',
      'school-27': 'improving',
    });
    expect(result.schools.map((row) => row.lowInAllYears)).toEqual([true, true, true]);
  });

  it('keeps a change of exactly the tolerance stable despite binary noise (13,1 → 13,4)', () => {
    const [school22] = sumOfAverages.slice(1, 2);
    if (school22 === undefined) throw new Error('example changed');
    const series: ResultSeries = {
      ...school22,
      points: [
        { year: 2022, value: 13.1 },
        { year: 2023, value: 13.4 },
      ],
    };
    const result = compareSeries([series], { ...giaSums, tolerance: 0.3, lowThreshold: 14 });
    expect(result.schools[0]).toMatchObject({ classification: 'stable-low', change: { absolute: 0.3 } });
  });

  it('flags a small sample instead of judging it, and a missing year as insufficient data', () => {
    const [school8, school22, school27] = sumOfAverages;
    if (school8 === undefined || school22 === undefined || school27 === undefined)
      throw new Error('example changed');
    const series = [
      { ...school8, points: school8.points.map((point) => ({ ...point, participants: 4 })) },
      { ...school22, points: school22.points.slice(1) },
      school27,
    ];
    const result = compareSeries(series, giaSums);
    expect(result.schools.map((row) => [row.classification, row.reason, row.smallSample])).toEqual([
      ['insufficient-data', 'small-sample', true],
      ['insufficient-data', 'missing-year', false],
      ['improving', undefined, false],
    ]);
    expect(result.schools[1]?.values[0]).toEqual({ year: 2022, value: null });
    expect(compareSeries(series, { ...giaSums, minSample: 3 }).schools[0]?.classification).toBe('declining');
  });

  it('takes only the asked assessment, metric and subjects, and says when a school has two series', () => {
    const russianOnly: ResultSeries = {
      schoolId: 'school-8',
      assessment: 'gia-9',
      subjects: ['русский язык'],
      metric: 'sum-of-average-scores',
      points: [{ year: 2023, value: 4 }],
    };
    const vpr: ResultSeries = { ...russianOnly, assessment: 'vpr', grade: 5 };
    const mixed = compareSeries([...sumOfAverages, vpr, russianOnly], giaSums);
    expect(mixed.schools[0]).toMatchObject({
      classification: 'insufficient-data',
      reason: 'ambiguous-series',
    });
    expect(mixed.issues.map((issue) => issue.code)).toEqual(['mixed-subject-sets', 'ambiguous-series']);
    expect(mixed.issues[1]?.message).toBe(
      'Для школы «МБОУ СОШ № 8» найдено 2 ряда результатов (разные предметы или классы): укажите subjects или grade.',
    );
    const chosen = compareSeries([...sumOfAverages, vpr, russianOnly], {
      ...giaSums,
      subjects: [...giaSubjects].reverse(),
    });
    expect(chosen.issues).toEqual([]);
    expect(classes(chosen.schools)['school-8']).toBe('declining');
  });

  it('needs two years, and says so', () => {
    const oneYear = sumOfAverages.map((series) => ({ ...series, points: series.points.slice(1) }));
    const result = compareSeries(oneYear, giaSums);
    expect(result.issues[0]).toMatchObject({ code: 'too-few-years' });
    expect(result.issues[0]?.message).toContain('хотя бы за два года, а найдено: 2023');
    expect(result.schools.every((row) => row.reason === 'too-few-years')).toBe(true);
  });

  it('compares chosen years in order, with a change for each consecutive pair', () => {
    const [school22] = sumOfAverages.slice(1, 2);
    if (school22 === undefined) throw new Error('example changed');
    const threeYears: ResultSeries = {
      ...school22,
      points: [{ year: 2021, value: 12.8 }, ...school22.points],
    };
    const result = compareSeries([threeYears], { ...giaSums, years: [2023, 2021, 2022] });
    expect(result.years).toEqual([2021, 2022, 2023]);
    expect(result.schools[0]?.changes.map((change) => change.absolute)).toEqual([-0.4, 0.7]);
    expect(result.schools[0]?.change).toMatchObject({ from: 2022, to: 2023 });
  });
});
