import { formatScaled, type DisplayLocale } from '../../share/index.js';
import type { MismatchExplanation } from './explain.js';
import type { PopulationRange } from './implied-population.js';

// Every sentence of the reconciliation, in both languages, in one place.

/** «38,9%» from digits and decimals. */
export function percentText(scaled: number, decimals: number, locale: DisplayLocale): string {
  return `${formatScaled(scaled, decimals, locale, { keepTrailingZeros: true })}%`;
}

function list(codes: readonly string[]): string {
  return codes.join(', ');
}

/** The sentences of `reconcileTable`. */
export const reconcileMessages = {
  matches: (count: number, population: number, percent: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `${count} из ${population} — ${percent}: совпадает.`
      : `${count} of ${population} is ${percent}: matches.`,
  mismatch: (stated: string, count: number, population: number, recomputed: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Указано ${stated}, но ${count} из ${population} — это ${recomputed}.`
      : `The report states ${stated}, but ${count} of ${population} is ${recomputed}.`,
  countAbovePopulation: (count: number, population: number, locale: DisplayLocale) =>
    locale === 'ru'
      ? `Количество ${count} больше численности совокупности ${population}.`
      : `The count ${count} exceeds the population ${population}.`,
  explanation: (explanation: MismatchExplanation | null, locale: DisplayLocale) => {
    const ru = locale === 'ru';
    switch (explanation) {
      case 'truncated':
        return ru
          ? 'Указанное значение получено отбрасыванием лишних знаков (усечением), а не округлением.'
          : 'The stated value was truncated (digits dropped) instead of rounded.';
      case 'rounded-up':
        return ru
          ? 'Указанное значение получено округлением в большую сторону, а не по правилам (5 и больше — вверх).'
          : 'The stated value was rounded up instead of rounded half-up.';
      case 'rounded-to-fewer-decimals':
        return ru
          ? 'Указанное значение округлено до меньшего числа знаков после запятой.'
          : 'The stated value was rounded to fewer decimals.';
      case null:
        return ru
          ? 'Расхождение не объясняется ни усечением, ни округлением: проверьте количество и совокупность.'
          : 'Neither truncation nor rounding explains the difference: check the count and the population.';
    }
  },
  implied: (count: number, stated: string, range: PopulationRange | null, locale: DisplayLocale) => {
    const ru = locale === 'ru';
    if (range === null) {
      return ru
        ? `Ни при какой целой численности совокупности количество ${count} не даёт ${stated}.`
        : `No whole population turns a count of ${count} into ${stated}.`;
    }
    if (range.largest === null) {
      return ru
        ? `${count} → ${stated} соответствует любой совокупности от ${range.smallest}.`
        : `${count} → ${stated} fits any population from ${range.smallest}.`;
    }
    if (range.largest === range.smallest) {
      return ru
        ? `${count} → ${stated} соответствует совокупности ${range.smallest}.`
        : `${count} → ${stated} implies a population of ${range.smallest}.`;
    }
    return ru
      ? `${count} → ${stated} соответствует совокупности от ${range.smallest} до ${range.largest}.`
      : `${count} → ${stated} implies a population from ${range.smallest} to ${range.largest}.`;
  },
  populationConflict: (implied: PopulationRange, population: number, locale: DisplayLocale) => {
    const range =
      implied.largest === implied.smallest
        ? String(implied.smallest)
        : `${implied.smallest}–${implied.largest ?? '∞'}`;
    return locale === 'ru'
      ? `Строка подразумевает совокупность ${range}, а другие строки той же совокупности — ${population}.`
      : `The row implies a population of ${range}, while the other rows over the same population imply ${population}.`;
  },
  statedPopulationConflict: (stated: number, population: number, locale: DisplayLocale) =>
    locale === 'ru'
      ? `В строке указана совокупность ${stated}, а для этой совокупности принято ${population}.`
      : `The row states a population of ${stated}, while ${population} is used for this population.`,
  unverifiable: (locale: DisplayLocale) =>
    locale === 'ru'
      ? 'Численность совокупности неизвестна: процент нельзя пересчитать.'
      : 'The population size is unknown: the percentage cannot be recomputed.',
  notStated: (missing: 'count' | 'percent', locale: DisplayLocale) =>
    missing === 'count'
      ? locale === 'ru'
        ? 'Не указано количество: процент нельзя проверить.'
        : 'No count stated: the percentage cannot be checked.'
      : locale === 'ru'
        ? 'Не указан процент: проверять нечего.'
        : 'No percentage stated: nothing to check.',
  notAShare: (locale: DisplayLocale) =>
    locale === 'ru'
      ? 'Показатель не является долей: процент не проверяется.'
      : 'Not a share: there is no percentage to check.',
  unknownIndicator: (code: string, locale: DisplayLocale) =>
    locale === 'ru'
      ? `В наборе нет показателя с кодом «${code}».`
      : `The set has no indicator with code "${code}".`,
  unreadable: (field: 'count' | 'percent' | 'population', printed: unknown, locale: DisplayLocale) => {
    const names = {
      count: { ru: 'Количество', en: 'count' },
      percent: { ru: 'Процент', en: 'percentage' },
      population: { ru: 'Численность совокупности', en: 'population' },
    }[field];
    return locale === 'ru'
      ? `${names.ru}: не удаётся прочитать «${String(printed)}» как ${field === 'percent' ? 'процент (например, «38,9%»)' : 'целое число'}.`
      : `Cannot read "${String(printed)}" as a ${names.en}${field === 'percent' ? ' (e.g. "38,9%")' : ' (a whole number)'}.`;
  },
  population: (
    title: string,
    value: number | null,
    source: 'stated' | 'given' | 'inferred' | null,
    consistent: readonly string[],
    conflicting: readonly string[],
    locale: DisplayLocale,
  ) => {
    const ru = locale === 'ru';
    if (value === null) {
      return ru
        ? `Совокупность «${title}»: численность не указана и не выводится из строк.`
        : `Population "${title}": its size is neither given nor implied by the rows.`;
    }
    const how: Record<'stated' | 'given' | 'inferred', { ru: string; en: string }> = {
      stated: { ru: 'указана в таблице', en: 'stated in the table' },
      given: { ru: 'задана при проверке', en: 'given for the check' },
      inferred: { ru: `выведена из строк ${list(consistent)}`, en: `implied by rows ${list(consistent)}` },
    };
    const said = how[source ?? 'inferred'];
    const head = ru
      ? `Совокупность «${title}»: ${value} (${said.ru}).`
      : `Population "${title}": ${value} (${said.en}).`;
    if (conflicting.length === 0) return head + (ru ? ' Все строки согласуются.' : ' All rows agree.');
    return (
      head +
      (ru ? ` Не согласуются строки: ${list(conflicting)}.` : ` Rows that disagree: ${list(conflicting)}.`)
    );
  },
};
