import { plural, type MessageCatalogue } from '../shared/localize.js';

/** The keys of `<shnro-scorecard>`'s texts. */
export type ScorecardMessageKey =
  | 'heading'
  | 'legend'
  | 'headingSchools'
  | 'columnTerritory'
  | 'columnSchool'
  | 'notApplicable'
  | 'noRecords'
  | 'columnCompleteness'
  | 'columnApproval'
  | 'completenessValue'
  | 'nobodyExpected'
  | 'overdue'
  | 'sortBy'
  | 'noPrevious'
  | 'against'
  | 'outlier'
  | 'outlierExplained'
  | 'outliers'
  | 'noData'
  | 'empty'
  | 'invalidData'
  | 'badInlineJson'
  | 'targetValue';

/** Texts of `<shnro-scorecard>`: Russian first, English second. */
export const scorecardMessages: MessageCatalogue<ScorecardMessageKey> = {
  ru: {
    heading: 'Сводная таблица показателей цикла мониторинга',
    legend:
      'Оценка относительно предыдущего цикла: «+ лучше», «− хуже», «= без изменений», «~ изменилось» (у показателя нет лучшего направления), «— нет данных».',
    headingSchools: 'Сводная таблица показателей по школам',
    columnTerritory: 'Территория, цикл',
    columnSchool: 'Школа, цикл',
    notApplicable: 'не относится',
    noRecords: 'нет записей в реестре',
    columnCompleteness: 'Полнота',
    columnApproval: 'Согласование',
    completenessValue: ({ submitted, expected, percent }) => `${submitted} из ${expected} (${percent}%)`,
    nobodyExpected: 'участников нет',
    overdue: ({ count }) =>
      `срок прошёл, не представили — ${count} ${plural('ru', Number(count), { one: 'участник', few: 'участника', many: 'участников', other: 'участника' })}`,
    sortBy: 'Сортировать по столбцу «{column}»',
    noPrevious: 'предыдущего цикла нет: оценка не проводится',
    against: 'сравнение с циклом {cycle}',
    outlier: 'выброс: нужно пояснение',
    outlierExplained: 'выброс, пояснён',
    outliers: ({ count }) =>
      `${count} ${plural('ru', Number(count), { one: 'выброс', few: 'выброса', many: 'выбросов', other: 'выброса' })}`,
    noData: 'нет данных',
    empty: 'Циклов мониторинга нет.',
    invalidData: 'Часть циклов не прошла проверку и не показана:',
    badInlineJson: 'Данные в блоке <script type="application/json"> не прочитаны: {error}',
    targetValue: 'цель {value}',
  },
  en: {
    heading: 'Scorecard of the monitoring cycle',
    legend:
      'Against the previous cycle: "+ better", "− worse", "= same", "~ changed" (the indicator has no better direction), "— no data".',
    headingSchools: 'Scorecard by school',
    columnTerritory: 'Territory, cycle',
    columnSchool: 'School, cycle',
    notApplicable: 'not applicable',
    noRecords: 'no records in the registry',
    columnCompleteness: 'Completeness',
    columnApproval: 'Approval',
    completenessValue: ({ submitted, expected, percent }) => `${submitted} of ${expected} (${percent}%)`,
    nobodyExpected: 'nobody expected',
    overdue: ({ count }) => `past the deadline, ${count} not submitted`,
    sortBy: 'Sort by "{column}"',
    noPrevious: 'no previous cycle: not judged',
    against: 'against {cycle}',
    outlier: 'outlier: explanation needed',
    outlierExplained: 'outlier, explained',
    outliers: ({ count }) => `${count} ${plural('en', Number(count), { one: 'outlier', other: 'outliers' })}`,
    noData: 'no data',
    empty: 'No monitoring cycles.',
    invalidData: 'Some cycles failed the check and are not shown:',
    badInlineJson: 'The data in the <script type="application/json"> block could not be read: {error}',
    targetValue: 'target {value}',
  },
};
