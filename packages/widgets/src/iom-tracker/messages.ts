import type { MessageCatalogue } from '../shared/localize.js';

type Key =
  | 'routeHeading'
  | 'teacher'
  | 'supervisor'
  | 'noSupervisor'
  | 'period'
  | 'status'
  | 'progress'
  | 'countOf'
  | 'deficitsHeading'
  | 'noDiagnosis'
  | 'deficitClosedBy'
  | 'deficitOpen'
  | 'itemsHeading'
  | 'columnKind'
  | 'columnActivity'
  | 'columnDeadline'
  | 'columnState'
  | 'noDeadline'
  | 'overdueBy'
  | 'checkpointsHeading'
  | 'columnQuarter'
  | 'columnDue'
  | 'columnDone'
  | 'columnResult'
  | 'checkpointAhead'
  | 'checkpointMet'
  | 'checkpointMissed'
  | 'nothingDue'
  | 'remarksHeading'
  | 'summaryHeading'
  | 'teachersTotal'
  | 'shareDiagnosed'
  | 'shareWithIom'
  | 'shareSupported'
  | 'shareItemsDone'
  | 'shareRoutesOverdue'
  | 'columnIndicator'
  | 'columnValue'
  | 'routesHeading'
  | 'columnTeacher'
  | 'columnOverdue'
  | 'openRoute'
  | 'unknownTeacherRoutes'
  | 'noPercent'
  | 'empty'
  | 'emptyMunicipality'
  | 'invalidRoute'
  | 'badInlineJson';

/** Texts of `<shnro-iom-tracker>`: Russian first, English second. */
export const iomTrackerMessages: MessageCatalogue<Key> = {
  ru: {
    routeHeading: 'Индивидуальный образовательный маршрут',
    teacher: 'Педагог',
    supervisor: 'Сопровождает',
    noSupervisor: 'тьютор (наставник) не указан',
    period: 'Период',
    status: 'Состояние',
    progress: 'Выполнено мероприятий',
    countOf: '{count} из {total}',
    deficitsHeading: 'Профессиональные дефициты по видам',
    noDiagnosis: 'Диагностика дефицитов не передана: дефициты не показаны.',
    deficitClosedBy: 'закрывают: {items}',
    deficitOpen: 'не закрыт ни одним мероприятием',
    itemsHeading: 'Мероприятия маршрута',
    columnKind: 'Форма',
    columnActivity: 'Мероприятие',
    columnDeadline: 'Срок',
    columnState: 'Состояние на {date}',
    noDeadline: 'не указан',
    overdueBy: 'просрочено на {days} дн.',
    checkpointsHeading: 'Ежеквартальное отслеживание',
    columnQuarter: 'Квартал',
    columnDue: 'Должно быть выполнено к концу квартала',
    columnDone: 'Выполнено к концу квартала',
    columnResult: 'Итог',
    checkpointAhead: 'квартал не завершён',
    checkpointMet: 'выполнено в срок',
    checkpointMissed: 'не выполнено: {items}',
    nothingDue: 'мероприятий со сроком нет',
    remarksHeading: 'Замечания',
    summaryHeading: 'Сводка по муниципалитету на {date}',
    teachersTotal: 'Педагогов в реестре',
    shareDiagnosed: 'Доля педагогов, прошедших диагностику дефицитов',
    shareWithIom: 'Доля педагогов с ИОМ',
    shareSupported: 'Доля педагогов, получающих методическое сопровождение',
    shareItemsDone: 'Доля выполненных мероприятий ИОМ',
    shareRoutesOverdue: 'Доля маршрутов с просроченными мероприятиями',
    columnIndicator: 'Показатель',
    columnValue: 'Значение',
    routesHeading: 'Маршруты',
    columnTeacher: 'Педагог',
    columnOverdue: 'Просрочено',
    openRoute: 'Открыть маршрут: {teacher}',
    unknownTeacherRoutes: 'Маршруты педагогов, которых нет в реестре: {ids}.',
    noPercent: 'нет данных',
    empty: 'Маршрут не передан.',
    emptyMunicipality: 'В муниципалитете нет педагогов: сводку считать не по чему.',
    invalidRoute: 'Маршрут не показан: данные не прошли проверку.',
    badInlineJson: 'Данные в блоке <script type="application/json"> не прочитаны: {error}',
  },
  en: {
    routeHeading: 'Individual educational route',
    teacher: 'Teacher',
    supervisor: 'Accompanied by',
    noSupervisor: 'no tutor (mentor) given',
    period: 'Period',
    status: 'State',
    progress: 'Activities done',
    countOf: '{count} of {total}',
    deficitsHeading: 'Professional deficits by area',
    noDiagnosis: 'No deficit diagnosis given: deficits are not shown.',
    deficitClosedBy: 'addressed by: {items}',
    deficitOpen: 'not addressed by any activity',
    itemsHeading: 'Activities of the route',
    columnKind: 'Form',
    columnActivity: 'Activity',
    columnDeadline: 'Deadline',
    columnState: 'State on {date}',
    noDeadline: 'none',
    overdueBy: 'overdue by {days} d',
    checkpointsHeading: 'Quarterly checkpoints',
    columnQuarter: 'Quarter',
    columnDue: 'Due by the end of the quarter',
    columnDone: 'Done by the end of the quarter',
    columnResult: 'Result',
    checkpointAhead: 'quarter not over',
    checkpointMet: 'done on time',
    checkpointMissed: 'not done: {items}',
    nothingDue: 'nothing with a deadline',
    remarksHeading: 'Remarks',
    summaryHeading: 'Municipal summary on {date}',
    teachersTotal: 'Teachers in the registry',
    shareDiagnosed: 'Share of teachers diagnosed',
    shareWithIom: 'Share of teachers with an individual route',
    shareSupported: 'Share of teachers supported',
    shareItemsDone: 'Share of route activities done',
    shareRoutesOverdue: 'Share of routes with overdue activities',
    columnIndicator: 'Indicator',
    columnValue: 'Value',
    routesHeading: 'Routes',
    columnTeacher: 'Teacher',
    columnOverdue: 'Overdue',
    openRoute: 'Open route: {teacher}',
    unknownTeacherRoutes: 'Routes of teachers not in the registry: {ids}.',
    noPercent: 'no data',
    empty: 'No route given.',
    emptyMunicipality: 'The municipality has no teachers: there is nothing to summarise.',
    invalidRoute: 'The route is not shown: its data failed the checks.',
    badInlineJson: 'The <script type="application/json"> block could not be read: {error}',
  },
};
