import { describe, expect, it } from 'vitest';
import { ShnroArgumentError } from '../errors/argument-error.js';
import {
  defaultDirectionCatalogue,
  directionsFor,
  extendDirectionCatalogue,
  findDirection,
} from './catalogue.js';

describe('the seed 000 direction catalogue', () => {
  it('has three teacher, four student and two parent directions in the seed’s wording', () => {
    expect(directionsFor(defaultDirectionCatalogue, 'teachers')).toHaveLength(3);
    expect(directionsFor(defaultDirectionCatalogue, 'students').map((d) => d.title.ru)).toEqual([
      'Психолого-педагогическое сопровождение обучающихся',
      'Повышение мотивации учения',
      'Повышение качества образовательных результатов обучающихся по отдельным оценочным процедурам',
      'Создание условий для удовлетворения потребностей личности',
    ]);
    expect(directionsFor(defaultDirectionCatalogue, 'parents').map((d) => d.title.ru)).toEqual([
      'Развитие сотрудничества',
      'Информационная работа',
    ]);
    expect(findDirection(defaultDirectionCatalogue, 'teachers-specific-area')?.examples).toContain(
      'ИКТ-компетентность',
    );
  });

  it('is extended by a region without touching the built-in catalogue', () => {
    const regional = extendDirectionCatalogue(defaultDirectionCatalogue, {
      id: 'region-23',
      source: 'Региональный каталог направлений, 2023',
      directions: [
        {
          id: 'management-internal-assessment',
          targetGroup: 'management',
          title: {
            ru: 'Развитие внутренней системы оценки качества образования',
            en: 'Internal quality assessment',
          },
        },
        {
          id: 'parents-information',
          targetGroup: 'parents',
          title: { ru: 'Информационно-просветительская работа', en: 'Informing and educating parents' },
        },
      ],
    });
    expect(directionsFor(regional, 'management')).toHaveLength(1);
    expect(findDirection(regional, 'parents-information')?.title.ru).toBe(
      'Информационно-просветительская работа',
    );
    expect(regional.directions).toHaveLength(10);
    expect(regional.source).toContain('Региональный каталог');
    expect(findDirection(defaultDirectionCatalogue, 'parents-information')?.title.ru).toBe(
      'Информационная работа',
    );
  });

  it('refuses a region catalogue with duplicated ids', () => {
    const twice = { id: 'x', targetGroup: 'parents' as const, title: { ru: 'А', en: 'A' } };
    // The error is the core's one documented class, with a Russian message naming the field.
    expect(() => extendDirectionCatalogue(defaultDirectionCatalogue, { directions: [twice, twice] })).toThrow(
      ShnroArgumentError,
    );
    expect(() => extendDirectionCatalogue(defaultDirectionCatalogue, { directions: [twice, twice] })).toThrow(
      /«x» уже есть выше/,
    );
  });
});
