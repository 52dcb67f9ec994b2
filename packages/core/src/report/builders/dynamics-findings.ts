import type { DynamicsResult } from '../../dynamics/compare.js';
import { countRu } from '../../dynamics/plural.js';
import type { DynamicsClass } from '../../dynamics/schema.js';

/** What a monitoring of results over the years found, class by class, for an information справка. */
export interface DynamicsFindings {
  /** How many years were compared. */
  years: number;
  /** The schools of each class found, by id, in the order of the result. */
  schools: Partial<Record<DynamicsClass, string[]>>;
  /** Seed 002's item 6, worded from the classes found. */
  text: string;
}

/** The classes an information справка names, in the seed's order, each as a noun phrase of ОО. */
const named: readonly [DynamicsClass, string][] = [
  ['improving', 'ОО с низкими образовательными результатами, показавшие позитивную динамику'],
  ['declining', 'ОО, результаты которых понизились'],
  ['stable-low', 'ОО со стабильно низкими результатами'],
];

const yearWords: Record<number, string> = { 2: 'два года', 3: 'три года', 4: 'четыре года' };

/**
 * Seed 002's item 6 from the results data: «Проведен мониторинг результативности показателей
 * оценки качества образования (далее – показатели ОКО) за два года, определены ОО … показавшие
 * позитивную динамику, и ОО, результаты которых понизились.» The number of years and each group
 * named come from `compareSeries` under the one dynamics policy: a group with no school is not
 * named, schools whose dynamics could not be judged are counted apart, and when no school moved the
 * sentence says so instead of naming groups that are empty.
 */
export function dynamicsFindings(result: DynamicsResult): DynamicsFindings {
  const schools: Partial<Record<DynamicsClass, string[]>> = {};
  for (const row of result.schools) (schools[row.classification] ??= []).push(row.schoolId);
  const years = result.years.length;
  const span = yearWords[years] ?? countRu(years, ['год', 'года', 'лет']);
  const groups = named.filter(([kind]) => (schools[kind]?.length ?? 0) > 0).map(([, phrase]) => phrase);
  const found =
    groups.length === 0
      ? 'ОО с позитивной динамикой или снижением результатов не выявлены'
      : `определены ${groups.length === 1 ? groups[0] : `${groups.slice(0, -1).join(', ')}, и ${groups.at(-1)}`}`;
  const unjudged = schools['insufficient-data']?.length ?? 0;
  const rest = unjudged === 0 ? '' : ` Для ${unjudged} ОО динамика не определена: недостаточно данных.`;
  return {
    years,
    schools,
    text: `Проведен мониторинг результативности показателей оценки качества образования (далее – показатели ОКО) за ${span}, ${found}. Итоги отображены в аналитической справке.${rest}`,
  };
}
