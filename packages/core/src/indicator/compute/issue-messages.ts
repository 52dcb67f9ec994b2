import type { DisplayLocale } from '../../share/index.js';
import { schoolCategoryIds } from '../../school/lists.js';
import { namedIndicator } from './messages.js';

// The sentences of problems with records, sets and places: loaded by the validating API and by
// `wordIssue`, never by a light page that only computes.

function listed(count: number, examples: readonly string[]): string {
  return `${examples.join(', ')}${count > examples.length ? ', …' : ''}`;
}

/** The sentences of the calculator about records and the places it could not check. */
export const issueMessages = {
  unknownSchool: (count: number, examples: readonly string[], locale: DisplayLocale) =>
    locale === 'ru'
      ? `У педагогов (${count}) указана школа, которой нет в списке школ: ${listed(count, examples)}. Показатели по педагогам не рассчитаны.`
      : `${count} teacher(s) name a school that is not in the school list: ${listed(count, examples)}. Teacher indicators were not computed.`,
  duplicateSchoolId: (id: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Идентификатор школы «${id}» встречается больше одного раза: школа была бы посчитана дважды.`
      : `School identifier "${id}" appears more than once: the school would be counted twice.`,
  schoolsWithoutMunicipality: (count: number, examples: readonly string[], locale: DisplayLocale) =>
    locale === 'ru'
      ? `У школ (${count}) не указан муниципалитет (municipalityId): ${listed(count, examples)}. Они учтены в итоге, но ни в одном муниципалитете.`
      : `${count} school(s) have no municipality (municipalityId): ${listed(count, examples)}. They count in the total but in no municipality.`,
  duplicateMunicipalityId: (id: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Идентификатор муниципалитета «${id}» встречается больше одного раза: неясно, чьи признаки брать.`
      : `Municipality identifier "${id}" appears more than once: it is unclear whose flags to use.`,
  moreInvalidRecords: (count: number, locale: DisplayLocale) =>
    locale === 'ru' ? `И ещё записей с ошибками: ${count}.` : `And ${count} more records with errors.`,
  notChecked: (where: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `«${where || 'входные данные'}» не прошли проверку; какое поле неверно, скажет полная проверка (computeIndicators из @shnro/core).`
      : `"${where || 'input'}" failed the check; the full check (computeIndicators of @shnro/core) names the wrong field.`,
  countTooLarge: (where: string, value: number, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Поле «${where}»: число ${String(value)} слишком велико для количества; допустимо не больше 9 007 199 254 740 991.`
      : `Field "${where}": ${String(value)} is too large for a count; at most 9,007,199,254,740,991 is allowed.`,
  unknownCategory: (code: string, title: string, ids: readonly string[], locale: DisplayLocale) => {
    const quoted = ids.map((id) => (locale === 'ru' ? `«${id}»` : `"${id}"`)).join(', ');
    const known = schoolCategoryIds.join(', ');
    const one = ids.length === 1;
    return locale === 'ru'
      ? `${namedIndicator(code, title, locale)}: ${one ? 'категория' : 'категории'} ${quoted} не ${one ? 'задана' : 'заданы'} — ${one ? 'её' : 'их'} нет среди встроенных (${known}) и ни у одной школы. Показатель не рассчитан: проверьте написание (ШНСУ — unfavourable-conditions).`
      : `${namedIndicator(code, title, locale)}: ${one ? 'category' : 'categories'} ${quoted} ${one ? 'is' : 'are'} not defined — not built in (${known}) and carried by no school. Not computed: check the spelling (ШНСУ is unfavourable-conditions).`;
  },
};
