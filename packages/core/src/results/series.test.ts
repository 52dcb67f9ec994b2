import { describe, expect, it } from 'vitest';
import { compareSeries } from '../dynamics/compare.js';
import { districtDynamicsPolicy, giaSubjects, leningradskySchools } from '../dynamics/example.js';
import { leningradskyGia9Results } from '../examples/leningradsky-gia9.js';
import { assessmentResultsSchema, type AssessmentResult } from './schema.js';
import { seriesFromResults } from './series.js';

const options = { assessment: 'gia-9', subjects: giaSubjects, schools: leningradskySchools } as const;
const values = (series: { schoolId: string; points: { year: number; value: number }[] }[]) =>
  series.map((entry) => [entry.schoolId, ...entry.points.map((point) => point.value)]);

describe('seriesFromResults (seed 004’s ГИА-9 from results records)', () => {
  it('the records are valid results records', () => {
    expect(assessmentResultsSchema.safeParse(leningradskyGia9Results).success).toBe(true);
  });

  it('sums the mean marks of four subjects per school and year', () => {
    const { series, issues } = seriesFromResults(leningradskyGia9Results, {
      ...options,
      metric: 'sum-of-average-scores',
    });
    expect(issues).toEqual([]);
    // 3,44 + 3,17 + 3,45 + 3,54 = 13,60 for № 8 in 2022, and so on.
    expect(values(series)).toEqual([
      ['school-8', 13.6, 13.2],
      ['school-22', 12.4, 13.1],
      ['school-27', 12.9, 13.5],
    ]);
    // The cohort (the compulsory subjects' participants), not an elective's 13.
    expect(series[0]?.points.map((point) => point.participants)).toEqual([48, 52]);
  });

  it('sums the quality rates («4» and «5», each subject to one decimal) and gives the seed’s verdicts', () => {
    const { series, issues } = seriesFromResults(leningradskyGia9Results, {
      ...options,
      metric: 'sum-of-quality-percents',
    });
    expect(issues).toEqual([]);
    // № 8, 2022: 17/48 = 35,4 + 10/48 = 20,8 + 9/29 = 31,0 + 4/13 = 30,8 → 118,0.
    expect(values(series)).toEqual([
      ['school-8', 118, 131.5],
      ['school-22', 104.2, 120],
      ['school-27', 140.3, 133.1],
    ]);
    // Seed 004: the quality sum is higher than in 2022 «в школах ШНОР № 8 и 22».
    const result = compareSeries(series, {
      ...options,
      metric: 'sum-of-quality-percents',
      policy: districtDynamicsPolicy,
    });
    expect(result.schools.map((row) => [row.schoolId, row.classification])).toEqual([
      ['school-8', 'improving'],
      ['school-22', 'improving'],
      ['school-27', 'declining'],
    ]);
  });

  it('reads a single subject’s quality and pass rate from the counts of marks', () => {
    const quality = seriesFromResults(leningradskyGia9Results, {
      ...options,
      subjects: ['Математика'],
      metric: 'quality-percent',
    });
    expect(quality.series[1]?.points).toEqual([
      { year: 2022, value: 18.8, participants: 48 },
      { year: 2023, value: 23.1, participants: 52 },
    ]);
    const pass = seriesFromResults(leningradskyGia9Results, {
      ...options,
      subjects: ['математика'],
      metric: 'pass-rate',
    });
    // № 22: 6 «2» of 48, then 7 of 52.
    expect(pass.series[1]?.points.map((point) => point.value)).toEqual([87.5, 86.5]);
    expect(() =>
      seriesFromResults(leningradskyGia9Results, { ...options, metric: 'quality-percent' }),
    ).toThrow(/one subject/);
  });

  it('leaves out a year with a missing or doubled subject, or without the marks needed, and says where', () => {
    const without = (school: string, year: number, subject: string) =>
      leningradskyGia9Results.filter(
        (row) => !(row.schoolId === school && row.year === year && row.subject === subject),
      );
    const geography22 = leningradskyGia9Results.find(
      (row) => row.schoolId === 'school-22' && row.year === 2023 && row.subject === 'География',
    )!;
    const noMarks: AssessmentResult = { ...geography22, count4: undefined };
    delete noMarks.count4;
    const records = [
      ...without('school-8', 2023, 'География').filter((row) => row !== geography22),
      noMarks,
      { ...leningradskyGia9Results[8]!, participants: 47 },
    ];
    const { series, issues } = seriesFromResults(records, {
      ...options,
      metric: 'sum-of-quality-percents',
    });
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        'school-8.2023.география',
        'missing-subject',
        '«МБОУ СОШ № 8», 2023 год: нет результата по предмету «география» — сумма за год не считается.',
      ],
      [
        'school-22.2022.русский язык',
        'duplicate-result',
        '«МБОУ СОШ № 22», 2022 год: результат по предмету «русский язык» указан 2 раза — какой верен, неизвестно.',
      ],
      [
        'school-22.2023.география',
        'missing-marks',
        '«МБОУ СОШ № 22», 2023 год, «география»: не указано число отметок «2», «4» и «5», нужное для расчёта — значение за год не считается.',
      ],
    ]);
    // No partial sum, no zero: № 8 keeps 2022 only, № 22 has no year left and no series at all.
    expect(values(series)).toEqual([
      ['school-8', 118],
      ['school-27', 140.3, 133.1],
    ]);
    // The chart and the справка then say why № 8 is not judged.
    const result = compareSeries(series, { ...options, metric: 'sum-of-quality-percents' });
    expect(result.schools[0]).toMatchObject({ schoolId: 'school-8', classification: 'insufficient-data' });
  });

  it('says a year asked for with no results at all, in English when asked', () => {
    const { series, issues } = seriesFromResults(leningradskyGia9Results, {
      ...options,
      subjects: ['Математика'],
      metric: 'average-score',
      years: [2021, 2022],
      locale: 'en',
    });
    expect(series.map((entry) => entry.points.map((point) => point.year))).toEqual([[2022], [2022], [2022]]);
    expect(issues[0]).toEqual({
      path: 'school-8.2021',
      code: 'no-results',
      message: '"МБОУ СОШ № 8": no results for 2021; the year is not compared.',
    });
  });
});
