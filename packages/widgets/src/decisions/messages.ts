import { plural, type MessageCatalogue } from '../shared/localize.js';

type Key =
  | 'heading'
  | 'summary'
  | 'summaryUnreadable'
  | 'filterStatus'
  | 'anyStatus'
  | 'columnNumber'
  | 'columnDecision'
  | 'columnAddressee'
  | 'columnDeadline'
  | 'columnResponsible'
  | 'columnStatus'
  | 'columnActivities'
  | 'columnEvidence'
  | 'dueOn'
  | 'daysOverdue'
  | 'noDeadline'
  | 'none'
  | 'activitiesDone'
  | 'changeStatus'
  | 'empty'
  | 'noneShown'
  | 'invalidData'
  | 'badInlineJson';

const daysRu = { one: 'день', few: 'дня', many: 'дней', other: 'дня' };

/** Texts of `<shnro-decisions>`: Russian first, English second. */
export const decisionsMessages: MessageCatalogue<Key> = {
  ru: {
    heading: 'Рекомендации и управленческие решения',
    summary: ({ total, overdue, progress, planned, done }) =>
      `Всего — ${total}: просрочено — ${overdue}, выполняется — ${progress}, запланировано — ${planned}, выполнено — ${done}.`,
    summaryUnreadable: ({ count }) =>
      `Срок не распознан у ${count} ${plural('ru', Number(count), { one: 'решения', few: 'решений', many: 'решений', other: 'решения' })}: просрочку по ним определить нельзя.`,
    filterStatus: 'Состояние',
    anyStatus: 'все',
    columnNumber: '№',
    columnDecision: 'Рекомендация или решение',
    columnAddressee: 'Адресат',
    columnDeadline: 'Срок',
    columnResponsible: 'Ответственный',
    columnStatus: 'Состояние',
    columnActivities: 'Мероприятия дорожных карт',
    columnEvidence: 'Подтверждения',
    dueOn: 'до {date}',
    daysOverdue: ({ count }) => `просрочено на ${count} ${plural('ru', Number(count), daysRu)}`,
    noDeadline: 'срок не указан',
    none: 'нет',
    activitiesDone: 'выполнено {done} из {total}',
    changeStatus: 'Состояние: {text}',
    empty: 'Рекомендаций и решений нет.',
    noneShown: 'Нет решений в выбранном состоянии.',
    invalidData: 'Часть записей не прошла проверку и не показана:',
    badInlineJson: 'Данные в блоке <script type="application/json"> не прочитаны: {error}',
  },
  en: {
    heading: 'Recommendations and management decisions',
    summary: ({ total, overdue, progress, planned, done }) =>
      `${total} in all: ${overdue} overdue, ${progress} in progress, ${planned} planned, ${done} done.`,
    summaryUnreadable: ({ count }) =>
      `The deadline of ${count} ${plural('en', Number(count), { one: 'decision', other: 'decisions' })} could not be read: overdue cannot be judged.`,
    filterStatus: 'State',
    anyStatus: 'all',
    columnNumber: 'No.',
    columnDecision: 'Recommendation or decision',
    columnAddressee: 'Addressee',
    columnDeadline: 'Deadline',
    columnResponsible: 'Responsible',
    columnStatus: 'State',
    columnActivities: 'Roadmap activities',
    columnEvidence: 'Evidence',
    dueOn: 'by {date}',
    daysOverdue: ({ count }) =>
      `overdue by ${count} ${plural('en', Number(count), { one: 'day', other: 'days' })}`,
    noDeadline: 'no deadline',
    none: 'none',
    activitiesDone: '{done} of {total} done',
    changeStatus: 'State: {text}',
    empty: 'No recommendations or decisions.',
    noneShown: 'No decisions in the chosen state.',
    invalidData: 'Some records failed the check and are not shown:',
    badInlineJson: 'The data in the <script type="application/json"> block could not be read: {error}',
  },
};
