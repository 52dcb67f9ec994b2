import { plural, type MessageCatalogue } from '../shared/localize.js';

type Key =
  | 'title'
  | 'titleOneYear'
  | 'chartLabel'
  | 'keyboardHint'
  | 'seriesLabel'
  | 'seriesValue'
  | 'noValue'
  | 'pointLabel'
  | 'participants'
  | 'changeFrom'
  | 'vsMunicipal'
  | 'municipal'
  | 'bandBelow'
  | 'bandBelowMunicipal'
  | 'bandBelowLine'
  | 'smallSample'
  | 'smallSampleLegend'
  | 'legend'
  | 'legendSchools'
  | 'showTable'
  | 'hideTable'
  | 'exportSvg'
  | 'exportPng'
  | 'exportCsv'
  | 'exportGroup'
  | 'columnSchool'
  | 'columnChange'
  | 'columnClass'
  | 'missing'
  | 'empty'
  | 'emptyHint'
  | 'oneYear'
  | 'fileName'
  | 'badInlineJson'
  | 'badData'
  | 'csvNote'
  | 'csvUnitPoints'
  | 'csvUnitPercentagePoints';

/** Texts of `<shnro-dynamics-chart>`: Russian first, English second. */
export const dynamicsChartMessages: MessageCatalogue<Key> = {
  ru: {
    title: '{assessment}: {metric}, {from}–{to}',
    titleOneYear: '{assessment}: {metric}, {year}',
    chartLabel: 'Диаграмма: {title}',
    keyboardHint:
      'Клавиши со стрелками: вверх и вниз — другая школа, влево и вправо — другой год; Home и End — первый и последний год.',
    seriesLabel: '{name}: {values}. {classification}.',
    seriesValue: '{year} — {value}',
    noValue: 'нет данных',
    pointLabel: '{name}, {year}: {value}',
    participants: ({ count }) =>
      `${count} ${plural('ru', Number(count), { one: 'участник', few: 'участника', many: 'участников', other: 'участника' })}`,
    changeFrom: 'к {year}: {change}',
    vsMunicipal: 'к среднему по муниципалитету: {difference}',
    municipal: 'Среднее по муниципалитету',
    bandBelow: 'Ниже порога {value}',
    bandBelowMunicipal: 'Ниже среднего по муниципалитету',
    bandBelowLine: 'Ниже линии «{label}»',
    smallSample: 'малочисленная выборка',
    smallSampleLegend:
      'обведены точки школ с малочисленной выборкой (менее {count} участников хотя бы в одном году)',
    legend: 'Условные обозначения',
    legendSchools: 'Школы и их динамика ({count})',
    showTable: 'Показать таблицу',
    hideTable: 'Скрыть таблицу',
    exportSvg: 'Скачать SVG',
    exportPng: 'Скачать PNG',
    exportCsv: 'Скачать CSV',
    exportGroup: 'Экспорт',
    columnSchool: 'Школа',
    columnChange: 'Изменение {to} к {from}',
    columnClass: 'Динамика',
    missing: 'нет данных',
    empty: 'Нет данных для графика динамики.',
    emptyHint: 'Передайте ряды результатов (series) и выберите процедуру и показатель.',
    oneYear: 'Есть результаты только за {year} год: для динамики нужны результаты хотя бы за два года.',
    fileName: 'Динамика {assessment} {years}',
    badInlineJson: 'Данные в блоке <script type="application/json"> не прочитаны: {error}',
    badData: 'Данные графика не подходят: {error}',
    csvNote: 'Примечание',
    csvUnitPoints: 'баллы',
    csvUnitPercentagePoints: 'п.п.',
  },
  en: {
    title: '{assessment}: {metric}, {from}–{to}',
    titleOneYear: '{assessment}: {metric}, {year}',
    chartLabel: 'Chart: {title}',
    keyboardHint:
      'Arrow keys: up and down for another school, left and right for another year; Home and End for the first and last year.',
    seriesLabel: '{name}: {values}. {classification}.',
    seriesValue: '{year}: {value}',
    noValue: 'no data',
    pointLabel: '{name}, {year}: {value}',
    participants: ({ count }) =>
      `${count} ${plural('en', Number(count), { one: 'participant', other: 'participants' })}`,
    changeFrom: 'vs {year}: {change}',
    vsMunicipal: 'vs municipal average: {difference}',
    municipal: 'Municipal average',
    bandBelow: 'Below the threshold of {value}',
    bandBelowMunicipal: 'Below the municipal average',
    bandBelowLine: 'Below the “{label}” line',
    smallSample: 'small sample',
    smallSampleLegend:
      'circled points belong to schools with a small sample (fewer than {count} participants in some year)',
    legend: 'Legend',
    legendSchools: 'Schools and their dynamics ({count})',
    showTable: 'Show table',
    hideTable: 'Hide table',
    exportSvg: 'Download SVG',
    exportPng: 'Download PNG',
    exportCsv: 'Download CSV',
    exportGroup: 'Export',
    columnSchool: 'School',
    columnChange: 'Change {to} vs {from}',
    columnClass: 'Dynamics',
    missing: 'no data',
    empty: 'No data for the dynamics chart.',
    emptyHint: 'Pass result series (series) and choose the assessment and metric.',
    oneYear: 'Results for {year} only: dynamics need results for two years at least.',
    fileName: 'Dynamics {assessment} {years}',
    badInlineJson: 'The <script type="application/json"> data could not be read: {error}',
    badData: 'The chart data is not valid: {error}',
    csvNote: 'Note',
    csvUnitPoints: 'points',
    csvUnitPercentagePoints: 'pp',
  },
};
