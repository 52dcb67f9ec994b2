import { describe, expect, it } from 'vitest';
import { kanskCounts, kanskRecords, kanskSchools, kanskTeachers } from '../../../test/fixtures/kansk-2022.js';
import type { IndicatorSet } from '../schema.js';
import { municipalMonitoringSet } from '../catalogue/municipal-monitoring.js';
import type { CountsInput, RecordsInput } from '../input.js';
import { computeIndicators, type IndicatorReport, type ShareResult } from './index.js';

function displays(report: IndicatorReport): Record<string, string | null> {
  return Object.fromEntries(report.results.map((result) => [result.code, result.display]));
}

function shareOf(report: IndicatorReport, code: string): ShareResult {
  const result = report.results.find((entry) => entry.code === code);
  if (result?.kind !== 'share') throw new Error(`${code} is not a share`);
  return result;
}

/** Seed 001's table as its counts give it (three printed percentages were wrong: 11,2 / 71,5 / 22,3). */
const seedTable = {
  '1.1': 'имеется',
  '1.2': 'имеется',
  '1.3': 'имеется',
  '1.4': 'имеется',
  '1.5': '38,9%',
  '1.6': '11,1%',
  '2.1': 'имеется',
  '3.1': '83,7%',
  '4.1': '90,1%',
  '4.2': '12,9%',
  '4.3': '10,9%',
  '4.4': '32,2%',
  '4.5': '100%',
  '4.6': '71,4%',
  '4.7': '42,9%',
  '4.8': '3',
  '4.9': '0%',
  '4.10': '28,6%',
  '4.11': '42,9%',
  '4.12': '100%',
  '5.1': '38,9%',
  '5.2': '22,2%',
  '5.3': '5,6%',
  '5.4': 'имеется',
  '6.1': 'имеется',
};

describe('computeIndicators from counts typed in', () => {
  it('reproduces seed 001’s table, with the percentages its counts give', () => {
    const report = computeIndicators(municipalMonitoringSet, kanskCounts);
    expect(report.ok).toBe(true);
    expect(report.source).toBe('counts');
    expect(displays(report)).toEqual(seedTable);
    expect(shareOf(report, '1.5')).toMatchObject({
      numerator: 7,
      denominator: 18,
      percent: 38.9,
      display: '38,9%',
      population: 'municipality-schools',
    });
    expect(shareOf(report, '3.1')).toMatchObject({ numerator: 169, denominator: 202, percent: 83.7 });
  });

  it('takes a share’s own denominator over the population size', () => {
    const report = computeIndicators(municipalMonitoringSet, {
      kind: 'counts',
      answers: { '1.5': { numerator: 7, denominator: 18 } },
    });
    expect(shareOf(report, '1.5').display).toBe('38,9%');
  });

  it('keeps set order and groups results by section', () => {
    const report = computeIndicators(municipalMonitoringSet, kanskCounts);
    expect(report.results.map((result) => result.code)).toEqual(
      municipalMonitoringSet.indicators.map((indicator) => indicator.code),
    );
    expect(report.sections.map((section) => [section.code, section.results.length])).toEqual([
      ['1', 6],
      ['2', 1],
      ['3', 1],
      ['4', 12],
      ['5', 4],
      ['6', 1],
    ]);
    expect(report.sections[4]?.title).toBe('По профилактике учебной неуспешности обучающихся региона');
  });

  it('reports unanswered indicators as missing, not as zero', () => {
    const report = computeIndicators(municipalMonitoringSet, {
      kind: 'counts',
      answers: { '1.1': true, '4.8': null },
    });
    expect(report.ok).toBe(true);
    expect(report.missing).toHaveLength(24);
    const count = report.results.find((result) => result.code === '4.8');
    expect(count).toMatchObject({
      status: 'missing',
      reasonCode: 'not-answered',
      reason: 'Нет ответа.',
      count: null,
      display: null,
    });
    expect(shareOf(report, '1.5')).toMatchObject({ status: 'missing', numerator: null, percent: null });
  });

  it('says which population size is missing when only a numerator is typed in', () => {
    const report = computeIndicators(municipalMonitoringSet, {
      kind: 'counts',
      answers: { '4.4': { numerator: 65 } },
    });
    expect(shareOf(report, '4.4')).toMatchObject({
      status: 'missing',
      reasonCode: 'no-population-size',
      reason: 'Не указан знаменатель: численность совокупности «Педагоги ШНРО и ШНСУ муниципалитета».',
    });
  });

  it('gives no percentage for an empty population, with a reason, never NaN', () => {
    const report = computeIndicators(municipalMonitoringSet, {
      kind: 'counts',
      answers: { '4.9': { numerator: 0, denominator: 0 } },
    });
    const result = shareOf(report, '4.9');
    expect(result).toMatchObject({
      status: 'empty-population',
      numerator: 0,
      denominator: 0,
      percent: null,
      display: null,
    });
    expect(result.reason).toBe(
      'Совокупность «ШНРО и ШНСУ муниципалитета» пуста (0): процент не вычисляется.',
    );
    expect(report.ok).toBe(true);
  });

  it('prints English titles and decimal points on request', () => {
    const report = computeIndicators(municipalMonitoringSet, kanskCounts, { locale: 'en' });
    expect(shareOf(report, '1.5').display).toBe('38.9%');
    expect(report.results[0]?.display).toBe('present');
    expect(shareOf(report, '4.4').title).toBe(
      'Share of teachers of low-results and unfavourable-conditions schools with an individual educational route (IOM)',
    );
  });
});

describe('computeIndicators refuses bad counts, naming the indicator', () => {
  const compute = (answers: CountsInput['answers'], locale: 'ru' | 'en' = 'ru') =>
    computeIndicators(municipalMonitoringSet, { kind: 'counts', answers }, { locale });

  it('a numerator above its denominator', () => {
    const report = compute({ '1.5': { numerator: 19, denominator: 18 } });
    expect(report.ok).toBe(false);
    expect(shareOf(report, '1.5')).toMatchObject({ status: 'invalid', percent: null });
    expect(report.issues).toEqual([
      {
        path: 'answers["1.5"].numerator',
        code: 'numerator-above-denominator',
        indicatorCode: '1.5',
        message:
          'Показатель 1.5 «Доля школ муниципалитета с низкими результатами обучения и/или школ, функционирующих в неблагоприятных социальных условиях, от общего количества школ муниципалитета»: числитель 19 больше знаменателя 18 — нельзя насчитать больше, чем есть в совокупности.',
      },
    ]);
  });

  it('a numerator over an empty population', () => {
    const report = compute({ '4.9': { numerator: 1, denominator: 0 } });
    expect(report.issues.map((issue) => issue.code)).toEqual(['numerator-above-denominator']);
  });

  it('negative and fractional counts', () => {
    const report = compute({
      '4.8': 2.5,
      '4.4': { numerator: -1, denominator: 202 },
      '4.1': { numerator: 182, denominator: 202.5 },
    });
    expect(report.issues.map((issue) => [issue.indicatorCode, issue.code, issue.path])).toEqual([
      ['4.1', 'fractional-count', 'answers["4.1"].denominator'],
      ['4.4', 'negative-count', 'answers["4.4"].numerator'],
      ['4.8', 'fractional-count', 'answers["4.8"]'],
    ]);
    expect(report.issues[2]?.message).toMatch(
      /^Показатель 4\.8 «Количество школ в МСО, .*»: количество должно быть целым числом, а указано 2,5\.$/,
    );
    expect(report.issues[1]?.message).toMatch(
      /^Показатель 4\.4 «Доля педагогов ШНРО и ШНСУ в МСО, имеющих ИОМ»: числитель не может быть отрицательным, а указано -1\.$/,
    );
  });

  it('an answer of the wrong kind, and a value that is not a number', () => {
    const report = compute({ '1.1': 7, '4.8': '3' as unknown as number });
    expect(report.issues).toMatchObject([
      { indicatorCode: '1.1', code: 'wrong-answer-kind', path: 'answers["1.1"]' },
      { indicatorCode: '4.8', code: 'invalid-union', path: 'answers["4.8"]' },
    ]);
    expect(report.issues[0]?.message).toMatch(
      /^Показатель 1\.1 «Наличие в муниципальной программе .*»: ожидается «да» или «нет» \(true\/false\), а указано 7\.$/,
    );
    expect(report.issues[1]?.message).toMatch(/^Поле «Ответ по показателю 4\.8»/);
  });

  it('in English too', () => {
    const report = compute({ '1.5': { numerator: 19, denominator: 18 } }, 'en');
    expect(report.issues[0]?.message).toBe(
      'Indicator 1.5 "Share of the municipality\'s schools with low results and/or in unfavourable social conditions among all its schools": the numerator 19 exceeds the denominator 18; a share cannot count more than its population.',
    );
  });

  it('answers for codes the set does not have, and sizes of unknown populations', () => {
    const report = computeIndicators(municipalMonitoringSet, {
      kind: 'counts',
      populations: { 'all-teachers': 300 },
      answers: { '9.9': 1 },
    });
    expect(report.issues).toMatchObject([
      {
        path: 'populations["all-teachers"]',
        code: 'unknown-population',
        message: 'В наборе нет совокупности «all-teachers».',
      },
      {
        path: 'answers["9.9"]',
        code: 'unknown-indicator',
        message: 'В наборе нет показателя с кодом «9.9».',
      },
    ]);
  });

  it('a broken input envelope, without throwing', () => {
    const report = computeIndicators(municipalMonitoringSet, { kind: 'answers' } as unknown as CountsInput);
    expect(report.ok).toBe(false);
    expect(report.results).toEqual([]);
    expect(report.issues[0]?.path).toBe('kind');
  });
});

describe('computeIndicators from records', () => {
  it('counts seed 001’s municipality (18 schools, 7 ШНРО/ШНСУ, 202 of their teachers) into its table', () => {
    expect(kanskSchools).toHaveLength(18);
    const report = computeIndicators(municipalMonitoringSet, kanskRecords);
    expect(report.issues).toEqual([]);
    expect(report.source).toBe('records');
    expect(displays(report)).toEqual(seedTable);
    expect(shareOf(report, '3.1')).toMatchObject({ numerator: 169, denominator: 202 });
    expect(shareOf(report, '4.6')).toMatchObject({ numerator: 5, denominator: 7, display: '71,4%' });
    expect(shareOf(report, '1.6')).toMatchObject({ numerator: 2, denominator: 18, display: '11,1%' });
  });

  it('counts a region’s own predicate when the set is edited as data', () => {
    const edited: IndicatorSet = {
      ...municipalMonitoringSet,
      indicators: [
        {
          kind: 'share',
          code: 'x.1',
          section: '1',
          title: { ru: 'Доля ШНРО, в которых есть и ИУП, и тьюторская поддержка' },
          betterDirection: 'higher',
          precision: 2,
          population: 'low-results-schools',
          numerator: {
            description: { ru: 'количество ШНРО с ИУП и тьюторской поддержкой' },
            counts: {
              entity: 'school',
              where: { all: [{ flag: 'hasIup' }, { not: { flag: 'hasStudentTutoring' } }] },
            },
          },
        },
      ],
    };
    const report = computeIndicators(edited, kanskRecords);
    expect(shareOf(report, 'x.1')).toMatchObject({ numerator: 2, denominator: 5, display: '40%' });
  });

  it('reports teacher indicators as missing when no teachers are given', () => {
    const { teachers: _omitted, ...schoolsOnly } = kanskRecords;
    const report = computeIndicators(municipalMonitoringSet, schoolsOnly);
    expect(shareOf(report, '4.4')).toMatchObject({ status: 'missing', reasonCode: 'no-teacher-records' });
    expect(shareOf(report, '1.5').display).toBe('38,9%');
  });

  it('reports presences the municipality does not answer as missing', () => {
    const report = computeIndicators(municipalMonitoringSet, { ...kanskRecords, municipality: undefined });
    expect(report.results[0]).toMatchObject({ status: 'missing', reasonCode: 'no-municipality-flag' });
  });

  it('gives no percentage when a population has no records', () => {
    const ordinarySchools = kanskSchools.filter((school) => school.categories === undefined);
    const report = computeIndicators(municipalMonitoringSet, {
      kind: 'records',
      schools: ordinarySchools,
      teachers: [],
    });
    expect(shareOf(report, '4.5')).toMatchObject({
      status: 'empty-population',
      numerator: 0,
      denominator: 0,
      percent: null,
    });
    expect(shareOf(report, '4.4')).toMatchObject({ status: 'empty-population' });
    expect(shareOf(report, '1.5')).toMatchObject({
      status: 'ok',
      numerator: 0,
      denominator: 11,
      display: '0%',
    });
  });

  it('explains a bad record with the field path, in Russian and English, and counts nothing from its list', () => {
    const schools = kanskSchools.map((school, index) =>
      index === 3 ? { ...school, categories: ['low-result'] } : school,
    );
    const input = { ...kanskRecords, schools } as unknown as RecordsInput;
    const ru = computeIndicators(municipalMonitoringSet, input);
    expect(ru.issues).toHaveLength(1);
    expect(ru.issues[0]).toMatchObject({ path: 'schools[3].categories[0]', code: 'invalid-value' });
    expect(ru.issues[0]?.message).toMatch(
      /^Поле «Категория школы»: недопустимое значение «low-result»\. Допустимые значения: low-results \(ШНОР\/ШНРО/,
    );
    expect(shareOf(ru, '1.5')).toMatchObject({ status: 'invalid', display: null });
    expect(shareOf(ru, '4.4')).toMatchObject({ status: 'invalid' });
    expect(ru.results[0]).toMatchObject({ status: 'ok', display: 'имеется' });
    const en = computeIndicators(municipalMonitoringSet, input, { locale: 'en' });
    expect(en.issues[0]?.message).toMatch(
      /^Field "School category": invalid value "low-result"\. Allowed values: low-results \(school with low educational results\)/,
    );
  });

  it('rejects a flag that is not yes/no, and a teacher without a school', () => {
    const teachers = kanskTeachers.map((teacher, index) =>
      index === 5 ? { ...teacher, flags: { hasIom: 'да' } } : index === 7 ? { id: teacher.id } : teacher,
    );
    const report = computeIndicators(municipalMonitoringSet, {
      ...kanskRecords,
      teachers,
    } as unknown as RecordsInput);
    expect(report.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['teachers[5].flags.hasIom', 'invalid-type'],
      ['teachers[7].schoolId', 'invalid-type'],
    ]);
    expect(report.issues[0]?.message).toBe(
      'Поле «Признак «hasIom»»: ожидается да или нет (true/false), а указано текст «да».',
    );
    expect(report.issues[1]?.message).toBe('Поле «Школа педагога (schoolId)» обязательно, но не заполнено.');
    expect(shareOf(report, '4.4').status).toBe('invalid');
    expect(shareOf(report, '4.5').status).toBe('ok');
  });

  it('names teachers whose school is not in the list', () => {
    const teachers = [...kanskTeachers, { id: 't-lost', schoolId: 'kansk-99' }];
    const report = computeIndicators(municipalMonitoringSet, { ...kanskRecords, teachers });
    expect(report.issues).toMatchObject([
      { path: `teachers[${kanskTeachers.length}].schoolId`, code: 'unknown-school' },
    ]);
    expect(report.issues[0]?.message).toMatch(/t-lost → kansk-99/);
    expect(shareOf(report, '4.4').status).toBe('invalid');
  });

  it('refuses a school id used twice (the school would count twice)', () => {
    const schools = [
      ...kanskSchools,
      { ...kanskSchools[0], name: 'Дубликат' } as (typeof kanskSchools)[number],
    ];
    const report = computeIndicators(municipalMonitoringSet, { ...kanskRecords, schools });
    expect(report.issues).toMatchObject([{ path: 'schools[18].id', code: 'duplicate-id' }]);
    expect(shareOf(report, '1.5').status).toBe('invalid');
  });

  it('checks every field of every record with validation: full', () => {
    const schools = kanskSchools.map((school, index) =>
      index === 2 ? { ...school, adress: 'ул. Ленина, 1' } : school,
    );
    const input = { ...kanskRecords, schools } as unknown as RecordsInput;
    expect(computeIndicators(municipalMonitoringSet, input).ok).toBe(true);
    const full = computeIndicators(municipalMonitoringSet, input, { validation: 'full' });
    expect(full.issues).toMatchObject([{ path: 'schools[2].adress', code: 'unrecognized-key' }]);
    expect(full.issues[0]?.message).toMatch(/^Поле «adress» не предусмотрено/);
  });

  it('refuses an invalid set with the path of the wrong field', () => {
    const broken = {
      ...municipalMonitoringSet,
      indicators: [{ ...municipalMonitoringSet.indicators[4], population: 'all-schools' }],
    } as IndicatorSet;
    const report = computeIndicators(broken, kanskCounts);
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      {
        path: 'set.indicators[0].population',
        code: 'unknown-population',
        message:
          'Поле «Совокупность (знаменатель)»: совокупности «all-schools» нет в списке совокупностей набора.',
      },
    ]);
  });
});
