import type { DisplayLocale } from '../../share/index.js';
import { formatDecimal } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import type { IndicatorDefinition } from '../schema.js';
import { toDisplayLocale } from '../../text/locale.js';

// Every sentence the calculator says, in both languages, in one place.

type Named = Pick<IndicatorDefinition, 'code' | 'title'>;

/** «Показатель 1.5 «Доля школ …»»: how a message names an indicator (code and title). */
export function indicatorName(indicator: Named, requested: DisplayLocale): string {
  const locale = toDisplayLocale(requested);
  const title = pickText(indicator.title, locale);
  return locale === 'ru'
    ? `Показатель ${indicator.code} «${title}»`
    : `Indicator ${indicator.code} "${title}"`;
}

function number(value: number, locale: DisplayLocale): string {
  return Number.isInteger(value) ? String(value) : formatDecimal(value, 6, locale);
}

function show(value: unknown, locale: DisplayLocale): string {
  if (typeof value === 'number') return number(value, locale);
  if (typeof value === 'boolean')
    return locale === 'ru' ? (value ? '«да»' : '«нет»') : value ? '"yes"' : '"no"';
  if (value !== null && typeof value === 'object')
    return locale === 'ru' ? 'числитель и знаменатель' : 'a numerator and denominator';
  return String(value);
}

/** The sentences of the calculator. */
export const computeMessages = {
  notAnswered: (locale: DisplayLocale) => (locale === 'ru' ? 'Нет ответа.' : 'Not answered.'),
  noTeacherRecords: (locale: DisplayLocale) =>
    locale === 'ru'
      ? 'Нет записей о педагогах: показатель не рассчитан.'
      : 'No teacher records: the indicator was not computed.',
  noMunicipalityFlag: (flag: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `У муниципалитета не указан признак «${flag}».`
      : `The municipality has no flag "${flag}".`,
  notCountable: (locale: DisplayLocale) =>
    locale === 'ru'
      ? 'В описании показателя не указано, что считать по записям.'
      : 'The indicator does not say what to count from records.',
  noPopulationSize: (population: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Не указан знаменатель: численность совокупности «${population}».`
      : `No denominator: the size of population "${population}" is not given.`,
  emptyPopulation: (population: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Совокупность «${population}» пуста (0): процент не вычисляется.`
      : `Population "${population}" is empty (0): there is no percentage.`,
  invalidInput: (locale: DisplayLocale) =>
    locale === 'ru'
      ? 'Показатель не рассчитан: исправьте ошибки во входных данных.'
      : 'Not computed: fix the errors in the input.',

  wrongAnswerKind: (indicator: IndicatorDefinition, value: unknown, locale: DisplayLocale) => {
    const expected = {
      presence: { ru: '«да» или «нет» (true/false)', en: 'yes or no (true/false)' },
      count: { ru: 'целое число', en: 'a whole number' },
      share: {
        ru: 'числитель и знаменатель ({ numerator, denominator })',
        en: 'a numerator and denominator ({ numerator, denominator })',
      },
    }[indicator.kind][locale];
    return locale === 'ru'
      ? `${indicatorName(indicator, locale)}: ожидается ${expected}, а указано ${show(value, locale)}.`
      : `${indicatorName(indicator, locale)}: expected ${expected}, got ${show(value, locale)}.`;
  },
  fractionalCount: (indicator: Named, field: CountField, value: number, locale: DisplayLocale) =>
    locale === 'ru'
      ? `${indicatorName(indicator, locale)}: ${fieldNames[field].ru} ${fieldNames[field].must} быть целым числом, а указано ${number(value, locale)}.`
      : `${indicatorName(indicator, locale)}: the ${fieldNames[field].en} must be a whole number, got ${number(value, locale)}.`,
  negativeCount: (indicator: Named, field: CountField, value: number, locale: DisplayLocale) =>
    locale === 'ru'
      ? `${indicatorName(indicator, locale)}: ${fieldNames[field].ru} не может быть отрицательным, а указано ${number(value, locale)}.`
      : `${indicatorName(indicator, locale)}: the ${fieldNames[field].en} cannot be negative, got ${number(value, locale)}.`,
  numeratorAboveDenominator: (
    indicator: Named,
    numerator: number,
    denominator: number,
    locale: DisplayLocale,
  ) =>
    locale === 'ru'
      ? `${indicatorName(indicator, locale)}: числитель ${numerator} больше знаменателя ${denominator} — нельзя насчитать больше, чем есть в совокупности.`
      : `${indicatorName(indicator, locale)}: the numerator ${numerator} exceeds the denominator ${denominator}; a share cannot count more than its population.`,
  unknownIndicator: (code: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `В наборе нет показателя с кодом «${code}».`
      : `The set has no indicator with code "${code}".`,
  unknownPopulation: (id: string, locale: DisplayLocale) =>
    locale === 'ru' ? `В наборе нет совокупности «${id}».` : `The set has no population "${id}".`,
  populationSize: (id: string, reason: 'fractional' | 'negative', value: number, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Численность совокупности «${id}» должна быть ${reason === 'fractional' ? 'целым числом' : 'неотрицательной'}, а указано ${number(value, locale)}.`
      : `The size of population "${id}" must be ${reason === 'fractional' ? 'a whole number' : 'non-negative'}, got ${number(value, locale)}.`,
  unknownSchool: (count: number, examples: readonly string[], locale: DisplayLocale) =>
    locale === 'ru'
      ? `У педагогов (${count}) указана школа, которой нет в списке школ: ${examples.join(', ')}${count > examples.length ? ', …' : ''}. Показатели по педагогам не рассчитаны.`
      : `${count} teacher(s) name a school that is not in the school list: ${examples.join(', ')}${count > examples.length ? ', …' : ''}. Teacher indicators were not computed.`,
  duplicateSchoolId: (id: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Идентификатор школы «${id}» встречается больше одного раза: школа была бы посчитана дважды.`
      : `School identifier "${id}" appears more than once: the school would be counted twice.`,
  schoolsWithoutMunicipality: (count: number, examples: readonly string[], locale: DisplayLocale) =>
    locale === 'ru'
      ? `У школ (${count}) не указан муниципалитет (municipalityId): ${examples.join(', ')}${count > examples.length ? ', …' : ''}. Они учтены в итоге, но ни в одном муниципалитете.`
      : `${count} school(s) have no municipality (municipalityId): ${examples.join(', ')}${count > examples.length ? ', …' : ''}. They count in the total but in no municipality.`,
  duplicateMunicipalityId: (id: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Идентификатор муниципалитета «${id}» встречается больше одного раза: неясно, чьи признаки брать.`
      : `Municipality identifier "${id}" appears more than once: it is unclear whose flags to use.`,
  moreInvalidRecords: (count: number, locale: DisplayLocale) =>
    locale === 'ru' ? `И ещё записей с ошибками: ${count}.` : `And ${count} more records with errors.`,
};

/** Which count of an answer a message is about. */
export type CountField = 'count' | 'numerator' | 'denominator';

const fieldNames: Record<CountField, { ru: string; must: string; en: string }> = {
  count: { ru: 'количество', must: 'должно', en: 'count' },
  numerator: { ru: 'числитель', must: 'должен', en: 'numerator' },
  denominator: { ru: 'знаменатель', must: 'должен', en: 'denominator' },
};
