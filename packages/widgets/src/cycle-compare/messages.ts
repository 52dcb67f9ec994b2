import { plural, type MessageCatalogue } from '../shared/localize.js';

type Key =
  | 'heading'
  | 'summary'
  | 'summaryNone'
  | 'columnIndicator'
  | 'columnChange'
  | 'columnDirection'
  | 'otherSection'
  | 'noValue'
  | 'statusMissingBefore'
  | 'statusMissingAfter'
  | 'statusAdded'
  | 'statusRemoved'
  | 'unitsChange'
  | 'presenceGained'
  | 'presenceLost'
  | 'presenceSame'
  | 'directionUp'
  | 'directionDown'
  | 'directionSame'
  | 'assessmentBetter'
  | 'assessmentWorse'
  | 'chartHeading'
  | 'schoolsJoined'
  | 'shareOf'
  | 'notInSet'
  | 'remarks'
  | 'empty'
  | 'invalidData'
  | 'badInlineJson';

const indicatorsRu = { one: 'показатель', few: 'показателя', many: 'показателей', other: 'показателя' };
const schoolsRu = { one: 'школа', few: 'школы', many: 'школ', other: 'школы' };

/** Texts of `<shnro-cycle-compare>`: Russian first, English second. */
export const cycleCompareMessages: MessageCatalogue<Key> = {
  ru: {
    heading: 'Сравнение циклов мониторинга: {before} и {after}',
    // A move of an indicator with no better direction is counted apart, so the parts add up to the total.
    summary: ({ total, better, worse, same, changed, notCompared }) =>
      `Всего ${total} ${plural('ru', Number(total), indicatorsRu)}: улучшилось — ${better}, ухудшилось — ${worse}, без изменений — ${same}, ${Number(changed) > 0 ? `изменилось без оценки — ${changed}, ` : ''}не сравнивается — ${notCompared}.`,
    summaryNone: 'Ни один показатель не сравнивается.',
    columnIndicator: 'Показатель',
    columnChange: 'Изменение',
    columnDirection: 'Направление',
    otherSection: 'Показатели вне разделов набора',
    noValue: 'нет данных',
    statusMissingBefore: 'нет данных в первом цикле',
    statusMissingAfter: 'нет данных во втором цикле',
    statusAdded: 'показатель введён во втором цикле',
    statusRemoved: 'показатель исключён из набора',
    unitsChange: ({ sign, amount }) => `${sign}${amount} ед.`,
    presenceGained: 'появилось',
    presenceLost: 'утрачено',
    presenceSame: 'без изменений',
    directionUp: 'рост',
    directionDown: 'снижение',
    directionSame: 'без изменений',
    assessmentBetter: 'улучшение',
    assessmentWorse: 'ухудшение',
    chartHeading: 'Доли по разделу, %',
    schoolsJoined: ({ count, names }) =>
      `Вошли в реестр ко второму циклу: ${count} ${plural('ru', Number(count), schoolsRu)}: ${names}.`,
    shareOf: '{numerator} из {denominator}',
    notInSet: 'не входит в набор',
    remarks: 'Что не сравнивается и почему',
    empty: 'Передайте два цикла мониторинга: previous и current.',
    invalidData: 'Данные не прошли проверку:',
    badInlineJson: 'Данные в блоке <script type="application/json"> не прочитаны: {error}',
  },
  en: {
    heading: 'Monitoring cycles compared: {before} and {after}',
    summary: ({ total, better, worse, same, changed, notCompared }) =>
      `${total} ${plural('en', Number(total), { one: 'indicator', other: 'indicators' })}: ${better} better, ${worse} worse, ${same} unchanged, ${Number(changed) > 0 ? `${changed} changed (not judged), ` : ''}${notCompared} not compared.`,
    summaryNone: 'No indicator can be compared.',
    columnIndicator: 'Indicator',
    columnChange: 'Change',
    columnDirection: 'Direction',
    otherSection: 'Indicators outside the set’s sections',
    noValue: 'no data',
    statusMissingBefore: 'no data in the first cycle',
    statusMissingAfter: 'no data in the second cycle',
    statusAdded: 'added in the second cycle',
    statusRemoved: 'removed from the set',
    unitsChange: ({ sign, amount }) => `${sign}${amount} ${Number(amount) === 1 ? 'unit' : 'units'}`,
    presenceGained: 'gained',
    presenceLost: 'lost',
    presenceSame: 'unchanged',
    directionUp: 'up',
    directionDown: 'down',
    directionSame: 'unchanged',
    assessmentBetter: 'better',
    assessmentWorse: 'worse',
    chartHeading: 'Shares in the section, %',
    schoolsJoined: ({ count, names }) =>
      `Joined the registry by the second cycle: ${count} ${plural('en', Number(count), { one: 'school', other: 'schools' })}: ${names}.`,
    shareOf: '{numerator} of {denominator}',
    notInSet: 'not in the set',
    remarks: 'What is not compared, and why',
    empty: 'Pass two monitoring cycles: previous and current.',
    invalidData: 'The data failed the check:',
    badInlineJson: 'The data in the <script type="application/json"> block could not be read: {error}',
  },
};
