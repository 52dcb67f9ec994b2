import type { DisplayLocale } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import type { IndicatorDefinition } from '../schema.js';
import { toDisplayLocale } from '../../text/locale.js';

// The sentences of results (why a value is missing); those of problems are in issue-messages.ts
// and counts-messages.ts, which the light entry leaves to `wordIssue`.

type Named = Pick<IndicatorDefinition, 'code' | 'title'>;

/** «Показатель 1.5 «Доля школ …»»: how a message names an indicator (code and title). */
export function indicatorName(indicator: Named, requested: DisplayLocale): string {
  const locale = toDisplayLocale(requested);
  return namedIndicator(indicator.code, pickText(indicator.title, locale), locale);
}

/** `indicatorName` with the title already in `locale`. */
export function namedIndicator(code: string, title: string, locale: DisplayLocale): string {
  return locale === 'ru' ? `Показатель ${code} «${title}»` : `Indicator ${code} "${title}"`;
}

/** Why a result has no value, in a sentence: what a table shows, so the light entry says it too. */
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
};
