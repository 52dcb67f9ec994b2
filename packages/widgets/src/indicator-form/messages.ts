import type { MessageCatalogue } from '../shared/localize.js';

type Key =
  | 'presenceYes'
  | 'presenceNo'
  | 'presenceUnset'
  | 'countLabel'
  | 'populationLabel'
  | 'resultOf'
  | 'noPercent'
  | 'summary'
  | 'summaryWithProblems'
  | 'notANumber'
  | 'notAChoice'
  | 'requiredPresence'
  | 'requiredCount'
  | 'requiredPopulation'
  | 'errorSummary'
  | 'submit'
  | 'exportJson'
  | 'exportCsv'
  | 'actions'
  | 'restoredNotice'
  | 'restoreOriginal'
  | 'conflictIndicator'
  | 'conflictOurs'
  | 'conflictTheirs'
  | 'conflictEmpty'
  | 'conflictSame'
  | 'csvSection'
  | 'csvCode'
  | 'csvIndicator'
  | 'csvCount'
  | 'csvPopulation'
  | 'csvPercent'
  | 'empty';

/** Texts of `<shnro-indicator-form>`: Russian first, English second. */
export const indicatorFormMessages: MessageCatalogue<Key> = {
  ru: {
    presenceYes: 'имеется',
    presenceNo: 'отсутствует',
    presenceUnset: 'не указано',
    countLabel: 'Количество',
    populationLabel: 'Совокупность: {population}',
    resultOf: '{count} из {population}',
    noPercent: 'доля не рассчитана',
    summary: 'Показателей: {total}, с ответом: {answered}.',
    summaryWithProblems: 'Показателей: {total}, с ответом: {answered}, с ошибками: {invalid}.',
    notANumber: '{name}: введите целое число, а указано «{text}».',
    notAChoice: '{name}: выберите «имеется» или «отсутствует», а указано «{text}».',
    requiredPresence: '{name}: выберите «имеется» или «отсутствует».',
    requiredCount: '{name}: введите количество.',
    requiredPopulation: '{name}: введите численность совокупности «{population}».',
    errorSummary: 'Данные не отправлены. Исправьте ошибки ({count}):',
    submit: 'Отправить',
    exportJson: 'Скачать JSON',
    exportCsv: 'Скачать CSV (Excel)',
    actions: 'Действия с мониторингом',
    restoredNotice: 'Показан черновик, сохранённый {time}.',
    restoreOriginal: 'Вернуть исходные данные',
    conflictIndicator: 'Поле',
    conflictOurs: 'В этой вкладке',
    conflictTheirs: 'В другой вкладке',
    conflictEmpty: '(пусто)',
    conflictSame: 'Ответы в обеих версиях совпадают.',
    csvSection: 'Раздел',
    csvCode: 'Код',
    csvIndicator: 'Показатель',
    csvCount: 'Количество',
    csvPopulation: 'Совокупность',
    csvPercent: 'Доля, %',
    empty: 'Нет показателей для заполнения.',
  },
  en: {
    presenceYes: 'present',
    presenceNo: 'absent',
    presenceUnset: 'not stated',
    countLabel: 'Count',
    populationLabel: 'Population: {population}',
    resultOf: '{count} of {population}',
    noPercent: 'no share computed',
    summary: 'Indicators: {total}, answered: {answered}.',
    summaryWithProblems: 'Indicators: {total}, answered: {answered}, with errors: {invalid}.',
    notANumber: '{name}: enter a whole number; "{text}" is not a number.',
    notAChoice: '{name}: choose "present" or "absent"; "{text}" is neither.',
    requiredPresence: '{name}: choose "present" or "absent".',
    requiredCount: '{name}: enter the count.',
    requiredPopulation: '{name}: enter the size of population "{population}".',
    errorSummary: 'Not submitted. Fix the errors ({count}):',
    submit: 'Submit',
    exportJson: 'Download JSON',
    exportCsv: 'Download CSV (Excel)',
    actions: 'Monitoring actions',
    restoredNotice: 'Showing the draft saved {time}.',
    restoreOriginal: 'Back to the original data',
    conflictIndicator: 'Field',
    conflictOurs: 'In this tab',
    conflictTheirs: 'In the other tab',
    conflictEmpty: '(empty)',
    conflictSame: 'The answers are the same in both versions.',
    csvSection: 'Section',
    csvCode: 'Code',
    csvIndicator: 'Indicator',
    csvCount: 'Count',
    csvPopulation: 'Population',
    csvPercent: 'Share, %',
    empty: 'No indicators to fill in.',
  },
};
