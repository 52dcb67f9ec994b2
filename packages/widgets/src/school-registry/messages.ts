import { plural, type MessageCatalogue } from '../shared/localize.js';
import type { IdentificationTerm } from './identification-view.js';

type Key =
  | 'heading'
  | 'dropHint'
  | 'chooseFile'
  | 'reading'
  | 'readFailed'
  | 'fileRejected'
  | 'fileSummary'
  | 'sheet'
  | 'sheetKindschools'
  | 'sheetKindteachers'
  | 'sheetKindunrecognised'
  | 'hiddenSheet'
  | 'mappingHeading'
  | 'mappingField'
  | 'mappingColumn'
  | 'notImported'
  | 'requiredHint'
  | 'fileProblems'
  | 'previewHeading'
  | 'previewCaption'
  | 'previewRow'
  | 'previewStatus'
  | 'previewProblems'
  | 'onlyProblems'
  | 'statusok'
  | 'statuswarning'
  | 'statuserror'
  | 'rowCounts'
  | 'noRows'
  | 'diffHeading'
  | 'diffSummary'
  | 'diffAdded'
  | 'diffRemoved'
  | 'diffChanged'
  | 'diffTeachers'
  | 'andMore'
  | 'removals'
  | 'import'
  | 'importNothing'
  | 'imported'
  | 'importRefused'
  | IdentificationTerm
  | 'identificationSummary'
  | 'decisionRefused'
  | 'emptyRegistry'
  | 'registryInvalid'
  | 'registrySummary';

const schoolsRu = { one: 'школа', few: 'школы', many: 'школ', other: 'школы' };
const teachersRu = { one: 'педагог', few: 'педагога', many: 'педагогов', other: 'педагога' };
const rowsRu = { one: 'строка', few: 'строки', many: 'строк', other: 'строки' };
const schoolsEn = { one: 'school', other: 'schools' };
const teachersEn = { one: 'teacher', other: 'teachers' };
const rowsEn = { one: 'row', other: 'rows' };
const n = (value: string | number | undefined) => Number(value);

/** Texts of `<shnro-school-registry>`: Russian first, English second. */
export const schoolRegistryMessages: MessageCatalogue<Key> = {
  ru: {
    heading: 'Реестр образовательных организаций',
    dropHint: 'Перетащите сюда файл реестра (CSV или XLSX) или выберите его.',
    chooseFile: 'Файл реестра (CSV или XLSX)',
    reading: 'Читается файл «{file}»…',
    readFailed: 'Файл «{file}» не прочитан: {error}',
    fileRejected: 'Файл «{file}» не загружен:',
    fileSummary: ({ file, rows, imported }) =>
      `Файл «${file}»: ${rows} ${plural('ru', n(rows), rowsRu)} данных, к загрузке готово ${imported}.`,
    sheet: 'Лист',
    sheetKindschools: 'список школ',
    sheetKindteachers: 'список педагогов',
    sheetKindunrecognised: 'не распознан',
    hiddenSheet: 'скрытый',
    mappingHeading: 'Соответствие столбцов',
    mappingField: 'Поле реестра',
    mappingColumn: 'Столбец файла',
    notImported: '— не загружать —',
    requiredHint: 'Обязательно: {fields}.',
    fileProblems: 'Замечания к файлу',
    previewHeading: 'Предпросмотр',
    previewCaption: 'Строки листа «{sheet}»',
    previewRow: 'Строка',
    previewStatus: 'Итог',
    previewProblems: 'Замечания',
    onlyProblems: 'Только строки с замечаниями',
    statusok: 'загрузится',
    statuswarning: 'с предупреждением',
    statuserror: 'ошибка',
    rowCounts: ({ errors, warnings }) =>
      `Строк с ошибками — ${errors} (не загрузятся), с предупреждениями — ${warnings}.`,
    noRows: 'Строк для показа нет.',
    diffHeading: 'Изменения реестра',
    diffSummary: ({ added, removed, changed, unchanged }) =>
      `Школ новых — ${added}, выбывших — ${removed}, изменённых — ${changed}, без изменений — ${unchanged}.`,
    diffAdded: 'Новые школы',
    diffRemoved: 'Нет в файле',
    diffChanged: 'Изменённые школы',
    diffTeachers: ({ added, removed, changed }) =>
      `Педагогов новых — ${added}, выбывших — ${removed}, изменённых — ${changed}.`,
    andMore: 'и ещё {count}',
    removals: 'Удалить из реестра школы и педагогов, которых нет в файле',
    import: 'Загрузить в реестр',
    importNothing: 'Загружать нечего: ни одна строка не готова к загрузке.',
    imported: ({ schools, teachers }) =>
      `Реестр загружен: ${schools} ${plural('ru', n(schools), schoolsRu)}, ${teachers} ${plural('ru', n(teachers), teachersRu)}.`,
    importRefused: 'Загрузка отклонена: реестр не изменён, файл и выбранное соответствие сохранены.',
    identificationHeading: 'Предложения по определению ОО',
    identificationSummary: ({ proposals, evaluated, year }) =>
      `Оценено ${evaluated} ${plural('ru', n(evaluated), schoolsRu)} за ${year} год; предложения есть для ${proposals}.`,
    registryCategories: 'Категории в реестре',
    none: 'нет',
    proposed: 'Предлагается категория',
    alreadyAssigned: 'уже есть в реестре',
    criterionMet: 'выполнен',
    confirm: 'Подтвердить',
    reject: 'Отклонить',
    rejectReason: 'Причина отклонения',
    rejectSubmit: 'Отклонить с этой причиной',
    cancel: 'Отмена',
    statusproposed: 'предложено',
    statusconfirmed: 'подтверждено',
    statusrejected: 'отклонено',
    rejectedBecause: 'Причина: {reason}',
    noProposals: 'По методике ни одна школа не предложена.',
    decisionRefused: 'Решение не принято порталом: предложение осталось без изменений.',
    emptyRegistry: 'Реестр пуст: загрузите файл.',
    registryInvalid: 'Реестр, переданный страницей, не показан: ошибка в {path}.',
    registrySummary: ({ schools, teachers }) =>
      `В реестре ${schools} ${plural('ru', n(schools), schoolsRu)} и ${teachers} ${plural('ru', n(teachers), teachersRu)}.`,
  },
  en: {
    heading: 'Registry of schools',
    dropHint: 'Drop a registry file (CSV or XLSX) here or choose one.',
    chooseFile: 'Registry file (CSV or XLSX)',
    reading: 'Reading “{file}”…',
    readFailed: '“{file}” could not be read: {error}',
    fileRejected: '“{file}” was not loaded:',
    fileSummary: ({ file, rows, imported }) =>
      `“${file}”: ${rows} data ${plural('en', n(rows), rowsEn)}, ${imported} ready to import.`,
    sheet: 'Sheet',
    sheetKindschools: 'list of schools',
    sheetKindteachers: 'list of teachers',
    sheetKindunrecognised: 'not recognised',
    hiddenSheet: 'hidden',
    mappingHeading: 'Column mapping',
    mappingField: 'Registry field',
    mappingColumn: 'File column',
    notImported: '— do not import —',
    requiredHint: 'Required: {fields}.',
    fileProblems: 'Notes on the file',
    previewHeading: 'Preview',
    previewCaption: 'Rows of sheet “{sheet}”',
    previewRow: 'Row',
    previewStatus: 'Outcome',
    previewProblems: 'Problems',
    onlyProblems: 'Only rows with problems',
    statusok: 'imports',
    statuswarning: 'with a warning',
    statuserror: 'error',
    rowCounts: ({ errors, warnings }) =>
      `Rows with errors: ${errors} (not imported); with warnings: ${warnings}.`,
    noRows: 'No rows to show.',
    diffHeading: 'Changes to the registry',
    diffSummary: ({ added, removed, changed, unchanged }) =>
      `Schools added: ${added}, missing from the file: ${removed}, changed: ${changed}, unchanged: ${unchanged}.`,
    diffAdded: 'New schools',
    diffRemoved: 'Not in the file',
    diffChanged: 'Changed schools',
    diffTeachers: ({ added, removed, changed }) =>
      `Teachers added: ${added}, missing: ${removed}, changed: ${changed}.`,
    andMore: 'and {count} more',
    removals: 'Remove schools and teachers missing from the file',
    import: 'Import into the registry',
    importNothing: 'Nothing to import: no row is ready.',
    imported: ({ schools, teachers }) =>
      `Registry imported: ${schools} ${plural('en', n(schools), schoolsEn)}, ${teachers} ${plural('en', n(teachers), teachersEn)}.`,
    importRefused: 'The import was refused: the registry is unchanged; the file and the mapping are kept.',
    identificationHeading: 'Identification proposals',
    identificationSummary: ({ proposals, evaluated, year }) =>
      `${evaluated} ${plural('en', n(evaluated), schoolsEn)} evaluated for ${year}; ${proposals} with proposals.`,
    registryCategories: 'Categories in the registry',
    none: 'none',
    proposed: 'Proposed category',
    alreadyAssigned: 'already in the registry',
    criterionMet: 'met',
    confirm: 'Confirm',
    reject: 'Reject',
    rejectReason: 'Reason for rejecting',
    rejectSubmit: 'Reject with this reason',
    cancel: 'Cancel',
    statusproposed: 'proposed',
    statusconfirmed: 'confirmed',
    statusrejected: 'rejected',
    rejectedBecause: 'Reason: {reason}',
    noProposals: 'The methodology proposes no school.',
    decisionRefused: 'The portal refused the decision: the proposal is unchanged.',
    emptyRegistry: 'The registry is empty: load a file.',
    registryInvalid: 'The registry the page passed is not shown: a problem at {path}.',
    registrySummary: ({ schools, teachers }) =>
      `The registry holds ${schools} ${plural('en', n(schools), schoolsEn)} and ${teachers} ${plural('en', n(teachers), teachersEn)}.`,
  },
};
