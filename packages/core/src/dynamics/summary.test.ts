import { describe, expect, it } from 'vitest';
import { compareSeries } from './compare.js';
import { districtAverage, leningradskySchools, sumOfAverages, sumOfQuality } from './example.js';
import { formatChange, formatResultValue } from './format.js';
import { schoolNumber, summarizeDynamics } from './summary.js';

const giaSums = {
  assessment: 'gia-9',
  metric: 'sum-of-average-scores',
  schools: leningradskySchools,
} as const;

describe('summarizeDynamics', () => {
  it('writes seed 004’s sentence for the sum of average marks', () => {
    const sentences = summarizeDynamics(compareSeries(sumOfAverages, giaSums));
    expect(sentences).toEqual([
      'Динамика результатов ГИА-9 (совокупность среднего балла по 4 предметам) в 2023 году в сравнении с 2022 годом: ' +
        'положительная динамика — 2 школы, снижение результатов — 1 школа (всего 3 школы).',
      'Положительная динамика результатов ГИА-9: совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в школах № 22, 27.',
      'Снижение результатов ГИА-9: совокупность среднего балла по 4 предметам ниже в сравнении с 2022 годом в школе № 8.',
    ]);
  });

  it('writes seed 004’s sentence for quality, with «ШНОР» after «в школах» as the seed does', () => {
    const result = compareSeries(sumOfQuality, { ...giaSums, metric: 'sum-of-quality-percents' });
    const [, improving] = summarizeDynamics(result, 'ru', { qualifier: { ru: 'ШНОР', en: 'low-results' } });
    expect(improving).toBe(
      'Положительная динамика результатов ГИА-9: совокупность среднего балла по качеству образования по 4 предметам ' +
        'выше в сравнении с 2022 годом в школах ШНОР № 8, 22.',
    );
  });

  it('names stable-low schools with the threshold and the years, and stable ones with the tolerance', () => {
    const lowResult = compareSeries(sumOfAverages, {
      ...giaSums,
      municipalAverage: districtAverage,
      tolerance: 0.5,
      lowThreshold: 'municipal-average',
    });
    expect(summarizeDynamics(lowResult, 'ru', { overview: false })).toEqual([
      'Положительная динамика результатов ГИА-9: совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в школах № 22, 27.',
      'Стабильно низкие результаты ГИА-9: совокупность среднего балла по 4 предметам ниже среднего по муниципалитету в 2022 и 2023 годах в школе № 8.',
    ]);
    const stable = compareSeries(sumOfAverages, { ...giaSums, tolerance: 0.5 });
    expect(summarizeDynamics(stable, 'ru', { overview: false })[1]).toBe(
      'Результаты ГИА-9 на уровне 2022 года (совокупность среднего балла по 4 предметам, изменение в пределах ±0,5 балла) в школе № 8.',
    );
  });

  it('says which schools were not judged and why', () => {
    const [school8, school22, school27] = sumOfAverages;
    if (school8 === undefined || school22 === undefined || school27 === undefined)
      throw new Error('example changed');
    const result = compareSeries(
      [
        { ...school8, points: school8.points.map((point) => ({ ...point, participants: 4 })) },
        { ...school22, points: school22.points.slice(1) },
        school27,
      ],
      giaSums,
    );
    expect(summarizeDynamics(result, 'ru', { overview: false }).slice(1)).toEqual([
      'Недостаточно данных для оценки динамики результатов ГИА-9 (нет результатов за 2022 или 2023 год) в школе № 22.',
      'Малочисленная выборка (менее 5 участников): динамика результатов ГИА-9 не оценивалась в школе № 8.',
    ]);
  });

  it('counts schools in the overview with the right plural, five and more as «школ»', () => {
    const five = [1, 2, 3, 4, 5].map((n) => ({
      id: `s${n}`,
      name: `МБОУ СОШ № ${n}`,
    }));
    const [, improvingSeries] = sumOfAverages;
    if (improvingSeries === undefined) throw new Error('example changed');
    const series = five.map((school) => ({ ...improvingSeries, schoolId: school.id }));
    const [overview, improving] = summarizeDynamics(compareSeries(series, { ...giaSums, schools: five }));
    expect(overview).toContain('положительная динамика — 5 школ (всего 5 школ)');
    expect(improving).toContain('в школах № 1, 2, 3, 4, 5.');
  });

  it('names a school without a number by its name, and writes English', () => {
    const named = [{ id: 'school-22', name: 'МБОУ «Малошильнинская СОШ»' }];
    const result = compareSeries(sumOfAverages.slice(1, 2), { ...giaSums, schools: named });
    expect(summarizeDynamics(result, 'ru', { overview: false })).toEqual([
      'Положительная динамика результатов ГИА-9: совокупность среднего балла по 4 предметам выше в сравнении с 2022 годом в школе МБОУ «Малошильнинская СОШ».',
    ]);
    expect(summarizeDynamics(compareSeries(sumOfAverages, giaSums), 'en')).toEqual([
      'Dynamics of GIA-9 results (the sum of average scores in 4 subjects) in 2023 compared with 2022: positive dynamics: 2 schools, decline: 1 school (3 schools in all).',
      'Positive dynamics of GIA-9 results: the sum of average scores in 4 subjects is higher than in 2022 in schools No. 22, 27.',
      'Decline in GIA-9 results: the sum of average scores in 4 subjects is lower than in 2022 in school No. 8.',
    ]);
  });
});

describe('formatting values and changes', () => {
  it('prints changes with a sign, a decimal comma and the agreeing noun', () => {
    expect(formatChange({ absolute: 0.7, unit: 'points' })).toBe('+0,7 балла');
    expect(formatChange({ absolute: 1, unit: 'points' })).toBe('+1 балл');
    expect(formatChange({ absolute: -5, unit: 'points' })).toBe('-5 баллов');
    expect(formatChange({ absolute: -7.2, unit: 'percentage-points' })).toBe('-7,2 п.п.');
    expect(formatChange({ absolute: 0.04, unit: 'points' })).toBe('0 баллов');
    expect(formatChange({ absolute: 15.8, unit: 'percentage-points' }, 1, 'en')).toBe('+15.8 pp');
  });

  it('prints a single percentage with «%», a sum of percentages without', () => {
    expect(formatResultValue(56.25, 'quality-percent')).toBe('56,3%');
    expect(formatResultValue(131.5, 'sum-of-quality-percents')).toBe('131,5');
    expect(formatResultValue(13.1, 'sum-of-average-scores')).toBe('13,1');
  });

  it('reads the school number from its name', () => {
    expect(schoolNumber('МБОУ СОШ № 22')).toBe('22');
    expect(schoolNumber('МБОУ «СОШ №8 им. Героя»')).toBe('8');
    expect(schoolNumber('МБОУ «Малошильнинская СОШ»')).toBeUndefined();
  });
});
