import type { MessageCatalogue } from '../shared/localize.js';

type Key =
  | 'columnIndicator'
  | 'columnCount'
  | 'columnPercent'
  | 'columnPrinted'
  | 'countOf'
  | 'noData'
  | 'empty'
  | 'printedMatches'
  | 'notPrinted'
  | 'summary'
  | 'summaryWithProblems'
  | 'badInlineJson';

/** Texts of `<shnro-indicator-table>`: Russian first, English second. */
export const indicatorTableMessages: MessageCatalogue<Key> = {
  ru: {
    columnIndicator: 'Показатель',
    columnCount: 'Количество',
    columnPercent: '%',
    columnPrinted: 'В отчёте',
    countOf: '{count} из {population}',
    noData: 'нет данных',
    empty: 'Нет показателей для отображения.',
    printedMatches: 'совпадает с расчётом',
    notPrinted: 'не указано',
    summary: 'Показателей: {total}, с ответом: {answered}.',
    summaryWithProblems: 'Показателей: {total}, с ответом: {answered}, с ошибками: {invalid}.',
    badInlineJson: 'Данные в блоке <script type="application/json"> не прочитаны: {error}',
  },
  en: {
    columnIndicator: 'Indicator',
    columnCount: 'Count',
    columnPercent: '%',
    columnPrinted: 'In the report',
    countOf: '{count} of {population}',
    noData: 'no data',
    empty: 'No indicators to show.',
    printedMatches: 'matches the calculation',
    notPrinted: 'not stated',
    summary: 'Indicators: {total}, answered: {answered}.',
    summaryWithProblems: 'Indicators: {total}, answered: {answered}, with errors: {invalid}.',
    badInlineJson: 'The <script type="application/json"> data could not be read: {error}',
  },
};
