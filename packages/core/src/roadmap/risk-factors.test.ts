import { describe, expect, it } from 'vitest';
import {
  findRiskFactor,
  riskFactorListFor,
  riskFactorListSchema,
  riskFactorLists500Plus,
  riskFactors500Plus2021,
  type RiskFactorList,
} from './risk-factors.js';

describe('«500+» risk factors as versioned reference data', () => {
  it('2021 has ten distinct factors, including the ones anti-risk programmes cite', () => {
    const titles = riskFactors500Plus2021.factors.map((factor) => factor.title.ru);
    expect(titles).toHaveLength(10);
    expect(new Set(titles).size).toBe(10);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Низкий уровень оснащения школы',
        'Дефицит педагогических кадров',
        'Недостаточная предметная и методическая компетентность педагогических работников',
        'Высокая доля обучающихся с рисками учебной неуспешности',
        'Низкий уровень вовлечённости родителей',
        'Пониженный уровень качества школьной образовательной и воспитательной среды',
        'Высокая доля обучающихся с ОВЗ',
        'Низкое качество преодоления языковых и культурных барьеров',
      ]),
    );
  });

  it('every built-in list is valid data with its year and a source note', () => {
    for (const list of riskFactorLists500Plus) {
      expect(riskFactorListSchema.parse(list)).toEqual(list);
      expect(list.source).toContain('500+');
    }
  });

  it('picks the list in force for a year and keeps ids stable across years', () => {
    expect(riskFactorListFor(2020)?.id).toBe('500plus-2020');
    expect(riskFactorListFor(2023)?.id).toBe('500plus-2021');
    expect(riskFactorListFor(2019)).toBeUndefined();
    // A factor dropped in 2021 is still found in the 2020 list it came from.
    expect(findRiskFactor(riskFactors500Plus2021, 'low-discipline')).toBeUndefined();
    expect(findRiskFactor(riskFactorListFor(2020) as RiskFactorList, 'low-discipline')?.title.ru).toBe(
      'Низкий уровень дисциплины в классе',
    );
  });

  it('lets a region bring its own list for a later year', () => {
    const regional2024: RiskFactorList = {
      id: 'region-2024',
      year: 2024,
      source: 'Региональный перечень рисков, 2024',
      factors: [
        riskFactors500Plus2021.factors[0]!,
        { id: 'no-internet', title: { ru: 'Нет устойчивого интернета', en: 'No stable internet' } },
      ],
    };
    expect(riskFactorListFor(2024, [...riskFactorLists500Plus, regional2024])?.id).toBe('region-2024');
  });

  it('refuses a list with a factor twice', () => {
    const factor = riskFactors500Plus2021.factors[0]!;
    expect(
      riskFactorListSchema.safeParse({ ...riskFactors500Plus2021, factors: [factor, factor] }).success,
    ).toBe(false);
  });
});
