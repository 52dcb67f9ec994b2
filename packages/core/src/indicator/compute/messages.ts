import type { DisplayLocale } from '../../share/index.js';
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

/** The sentences of the calculator about records and results (the light entry says them too). */
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
