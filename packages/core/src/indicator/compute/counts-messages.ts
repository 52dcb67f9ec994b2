import type { DisplayLocale } from '../../share/index.js';
import { formatDecimal } from '../../share/index.js';
import type { IndicatorKind } from '../schema.js';
import type { CountField } from './coded-issue.js';
import { namedIndicator } from './messages.js';

// The sentences about counts a person typed in, apart from `computeMessages`. An indicator is
// named by its code and its title in the message's language.

/** An indicator as a sentence names it: its code and its title, already in the message's language. */
export interface Named {
  code: string;
  title: string;
}

function indicatorName(indicator: Named, locale: DisplayLocale): string {
  return namedIndicator(indicator.code, indicator.title, locale);
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

/** The sentences of the calculator about counts typed in. */
export const countsMessages = {
  wrongAnswerKind: (indicator: Named, kind: IndicatorKind, value: unknown, locale: DisplayLocale) => {
    const expected = {
      presence: { ru: '«да» или «нет» (true/false)', en: 'yes or no (true/false)' },
      count: { ru: 'целое число', en: 'a whole number' },
      share: {
        ru: 'числитель и знаменатель ({ numerator, denominator })',
        en: 'a numerator and denominator ({ numerator, denominator })',
      },
    }[kind][locale];
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
};

const fieldNames: Record<CountField, { ru: string; must: string; en: string }> = {
  count: { ru: 'количество', must: 'должно', en: 'count' },
  numerator: { ru: 'числитель', must: 'должен', en: 'numerator' },
  denominator: { ru: 'знаменатель', must: 'должен', en: 'denominator' },
};
