import type { MessageCatalogue } from '../shared/localize.js';

type Key =
  | 'schoolsCaption'
  | 'columnSchool'
  | 'columnStatus'
  | 'columnOrder'
  | 'columnRemarks'
  | 'columnDefects'
  | 'columnOpen'
  | 'sortBy'
  | 'filterSchool'
  | 'filterStatus'
  | 'anyStatus'
  | 'onlyWithRemarks'
  | 'shown'
  | 'nothingFound'
  | 'pagePrevious'
  | 'pageNext'
  | 'pageOf'
  | 'open'
  | 'openLabel'
  | 'close'
  | 'editorHeading'
  | 'editorLoading'
  | 'editorFailed'
  | 'defectsPending'
  | 'noDefects'
  | 'defectsCaption'
  | 'columnDefect'
  | 'columnSchoolCount'
  | 'columnShare'
  | 'columnRemarkCount'
  | 'clusterGroupsCaption'
  | 'clusterDirectionsCaption'
  | 'clusterCombinationsCaption'
  | 'columnGroup'
  | 'columnDirection'
  | 'columnCombination'
  | 'unmatched'
  | 'exportCsv'
  | 'exportXlsx'
  | 'countOf'
  | 'noPercent'
  | 'none'
  | 'empty'
  | 'invalidRoadmaps'
  | 'checking'
  | 'badInlineJson';

/** Texts of `<shnro-roadmap-board>`: Russian first, English second. */
export const roadmapBoardMessages: MessageCatalogue<Key> = {
  ru: {
    schoolsCaption: 'Дорожные карты школ',
    columnSchool: 'Школа',
    columnStatus: 'Статус',
    columnOrder: 'Приказ об утверждении',
    columnRemarks: 'Открытых замечаний',
    columnDefects: 'Типичные недостатки',
    columnOpen: 'Дорожная карта',
    sortBy: 'Сортировать по столбцу «{column}»',
    filterSchool: 'Поиск школы',
    filterStatus: 'Статус',
    anyStatus: 'любой',
    onlyWithRemarks: 'только с открытыми замечаниями',
    shown: 'Показано {from}–{to} из {count} (всего школ: {total})',
    nothingFound: 'Ни одна школа не подходит под условия отбора.',
    pagePrevious: 'Предыдущая страница',
    pageNext: 'Следующая страница',
    pageOf: 'Страница {page} из {pages}',
    open: 'Открыть',
    openLabel: 'Открыть дорожную карту: {school}',
    close: 'Закрыть дорожную карту',
    editorHeading: 'Дорожная карта: {school}',
    editorLoading: 'Редактор загружается…',
    editorFailed: 'Редактор не загрузился: {error}',
    defectsPending: 'проверяется…',
    noDefects: 'не найдено',
    defectsCaption: 'Типичные недостатки дорожных карт',
    columnDefect: 'Недостаток',
    columnSchoolCount: 'Школ',
    columnShare: '% школ',
    columnRemarkCount: 'Замечаний',
    clusterGroupsCaption: 'С кем работают школы (целевые группы)',
    clusterDirectionsCaption: 'Направления работы: {group}',
    clusterCombinationsCaption: 'Сочетания целевых групп',
    columnGroup: 'Целевая группа',
    columnDirection: 'Направление',
    columnCombination: 'Сочетание',
    unmatched: 'разделы не отнесены ни к одному направлению',
    exportCsv: 'Скачать CSV: {table}',
    exportXlsx: 'Скачать XLSX',
    countOf: '{count} из {total}',
    noPercent: 'нет данных',
    none: '—',
    empty: 'Дорожных карт нет: в муниципалитете пока не представлено ни одной.',
    invalidRoadmaps: 'Не показаны дорожные карты, не прошедшие проверку:',
    checking: 'Дорожные карты проверяются; таблицы кластеризации появятся после проверки…',
    badInlineJson: 'Данные в блоке <script type="application/json"> не прочитаны: {error}',
  },
  en: {
    schoolsCaption: 'School roadmaps',
    columnSchool: 'School',
    columnStatus: 'Status',
    columnOrder: 'Approving order',
    columnRemarks: 'Open remarks',
    columnDefects: 'Typical defects',
    columnOpen: 'Roadmap',
    sortBy: 'Sort by «{column}»',
    filterSchool: 'Find a school',
    filterStatus: 'Status',
    anyStatus: 'any',
    onlyWithRemarks: 'only with open remarks',
    shown: 'Showing {from}–{to} of {count} (schools in all: {total})',
    nothingFound: 'No school matches the filter.',
    pagePrevious: 'Previous page',
    pageNext: 'Next page',
    pageOf: 'Page {page} of {pages}',
    open: 'Open',
    openLabel: 'Open the roadmap: {school}',
    close: 'Close the roadmap',
    editorHeading: 'Roadmap: {school}',
    editorLoading: 'Loading the editor…',
    editorFailed: 'The editor did not load: {error}',
    defectsPending: 'checking…',
    noDefects: 'none found',
    defectsCaption: 'Typical defects of the roadmaps',
    columnDefect: 'Defect',
    columnSchoolCount: 'Schools',
    columnShare: '% of schools',
    columnRemarkCount: 'Remarks',
    clusterGroupsCaption: 'Whom the schools work with (target groups)',
    clusterDirectionsCaption: 'Directions of work: {group}',
    clusterCombinationsCaption: 'Combinations of target groups',
    columnGroup: 'Target group',
    columnDirection: 'Direction',
    columnCombination: 'Combination',
    unmatched: 'sections fit no direction',
    exportCsv: 'Download CSV: {table}',
    exportXlsx: 'Download XLSX',
    countOf: '{count} of {total}',
    noPercent: 'no data',
    none: '—',
    empty: 'No roadmaps: the municipality has not submitted any yet.',
    invalidRoadmaps: 'Roadmaps not shown because they failed the checks:',
    checking: 'The roadmaps are being checked; the cluster tables follow…',
    badInlineJson: 'The <script type="application/json"> block could not be read: {error}',
  },
};
