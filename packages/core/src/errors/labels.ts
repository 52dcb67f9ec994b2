import type { DisplayLocale } from '../share/index.js';
import { pickText, type LocalizedText } from '../text/index.js';
import { quote } from './quote.js';
import { toDisplayLocale } from '../text/locale.js';

type Words = readonly [ru: string, en: string];

/** A list field and its element: `schools` «Школы», `schools[]` «Школа». */
function list(name: string, plural: Words, singular: Words): [string, Words][] {
  return [
    [name, plural],
    [`${name}[]`, singular],
  ];
}

const condition: Words = ['Условие отбора', 'Condition'];
const category: Words = ['Категория школы', 'School category'];
const role: Words = ['Роль школы', 'School role'];
const resourceRisk: Words = ['Риск снижения образовательных результатов', 'Resource risk'];

const entries: [string, Words][] = [
  ['municipality', ['Муниципалитет', 'Municipality']],
  ['municipality.name', ['Наименование муниципалитета', 'Municipality name']],
  ...list('schools', ['Школы', 'Schools'], ['Школа', 'School']),
  ['schools[].name', ['Наименование школы', 'School name']],
  ...list('teachers', ['Педагоги', 'Teachers'], ['Педагог', 'Teacher']),
  ['teachers[].name', ['ФИО педагога', "Teacher's name"]],
  ['id', ['Идентификатор', 'Identifier']],
  ['name', ['Наименование', 'Name']],
  ['region', ['Регион', 'Region']],
  ['municipalityId', ['Муниципалитет школы', "School's municipality"]],
  ...list('categories', ['Категории школы', 'School categories'], category),
  ...list('roles', ['Роли школы', 'School roles'], role),
  ...list('resourceRisks', ['Риски снижения образовательных результатов', 'Resource risks'], resourceRisk),
  ['schoolId', ['Школа (schoolId)', 'School (schoolId)']],
  ['teachers[].schoolId', ['Школа педагога (schoolId)', "Teacher's school (schoolId)"]],
  ...list('subjects', ['Предметы', 'Subjects'], ['Предмет', 'Subject']),
  ['flags', ['Признаки', 'Flags']],
  ['kind', ['Вид', 'Kind']],
  ['from.kind', ['Кто закрепляется: вид', 'Assigned party: kind']],
  ['to.kind', ['За кем закрепляется: вид', 'Supported party: kind']],
  [
    'from',
    [
      'Кто закрепляется (наставник, тьютор, школа-куратор, школа-лидер)',
      'Assigned party (mentor, tutor, curator or leader school)',
    ],
  ],
  ['to', ['За кем закрепляется (школа или педагог)', 'Supported party (school or teacher)']],
  ['order', ['Приказ', 'Order']],
  ['date', ['Дата', 'Date']],
  ['startDate', ['Дата начала', 'Start date']],
  ['endDate', ['Дата окончания', 'End date']],
  ['participantCount', ['Число участников', 'Number of participants']],
  ['topic', ['Тема', 'Topic']],
  ['outcome', ['Результат', 'Outcome']],
  ['hours', ['Объём курса (часов)', 'Course length (hours)']],
  ['provider', ['Организация, проводящая курс', 'Course provider']],
  ['completedOn', ['Дата выполнения', 'Completion date']],
  ['deadline', ['Срок', 'Deadline']],
  ['responsible', ['Ответственный', 'Responsible']],
  ['indicators[].kind', ['Вид показателя', 'Indicator kind']],
  ['code', ['Код показателя', 'Indicator code']],
  ['sections[].code', ['Код раздела', 'Section code']],
  ['section', ['Раздел показателя', 'Indicator section']],
  ['title', ['Наименование', 'Title']],
  ['indicators[].title', ['Наименование показателя', 'Indicator title']],
  ['sections[].title', ['Наименование раздела', 'Section title']],
  ['populations[].title', ['Наименование совокупности', 'Population title']],
  ['populations[].id', ['Идентификатор совокупности', 'Population identifier']],
  ...list('sections', ['Разделы', 'Sections'], ['Раздел', 'Section']),
  ...list('indicators', ['Показатели', 'Indicators'], ['Показатель', 'Indicator']),
  ...list('populations', ['Совокупности', 'Populations'], ['Совокупность', 'Population']),
  ['population', ['Совокупность (знаменатель)', 'Population (denominator)']],
  ['entity', ['Тип записей', 'Record kind']],
  ['where', condition],
  ['counts', ['Что считается', 'What is counted']],
  ['numerator', ['Числитель', 'Numerator']],
  ['numerator.description', ['Описание числителя', 'Numerator description']],
  ['denominator', ['Знаменатель', 'Denominator']],
  ['precision', ['Точность (знаков после запятой)', 'Precision (decimals)']],
  ['betterDirection', ['Желательное направление изменения', 'Better direction']],
  ['unit', ['Единица измерения', 'Unit']],
  ['note', ['Примечание', 'Note']],
  ['municipalityFlag', ['Признак муниципалитета', 'Municipality flag']],
  ['description', ['Описание', 'Description']],
  ['answers', ['Ответы', 'Answers']],
  ...list('category', category, category),
  ...list('role', role, role),
  ['flag', ['Признак', 'Flag']],
  ...list('resourceRisk', resourceRisk, resourceRisk),
  ['atLeast', ['Не менее (число условий)', 'At least (number of conditions)']],
  ...list('of', ['Условия', 'Conditions'], condition),
  ...list('all', ['Все условия (all)', 'All conditions (all)'], condition),
  ...list('any', ['Любое из условий (any)', 'Any condition (any)'], condition),
  ['not', ['Условие отбора (not)', 'Condition (not)']],
  ['school', ['Условие на школу педагога', "Condition on the teacher's school"]],
  ['when', ['Условие правила', 'Rule condition']],
  ['count', ['Количество', 'Count']],
  ['percent', ['Процент', 'Percentage']],
  ['period', ['Период', 'Period']],
];

/**
 * Names of fields as a methodologist knows them. Keys are a property name, `name[]` for an
 * element of a list, or `owner.name` where the same name means different things.
 */
export const fieldLabels: Readonly<Record<string, LocalizedText>> = Object.fromEntries(
  entries.map(([key, [ru, en]]) => [key, { ru, en }]),
);

function fieldLabel(key: string, locale: DisplayLocale): string | undefined {
  const label = fieldLabels[key];
  return label === undefined ? undefined : pickText(label, locale);
}

/**
 * The name of the field at a path, for a message: `['schools', 3, 'categories', 0]` →
 * «Категория школы»; a flag → «Признак «hasIom»»; an answer → «Ответ по показателю 1.5».
 */
export function labelForPath(path: readonly PropertyKey[], requested: DisplayLocale): string {
  const locale = toDisplayLocale(requested);
  const names: (string | null)[] = path.map((segment) =>
    typeof segment === 'number' ? null : String(segment),
  );
  const lastIndex = names.length - 1;
  if (lastIndex < 0) return locale === 'ru' ? 'Значение' : 'Value';
  const last = names[lastIndex] ?? null;
  const parent = lastIndex > 0 ? names[lastIndex - 1] : undefined;

  if (last === 'ru' || last === 'en') {
    const owner = labelForPath(path.slice(0, -1), locale);
    const language =
      last === 'ru'
        ? locale === 'ru'
          ? 'на русском'
          : 'in Russian'
        : locale === 'ru'
          ? 'на английском'
          : 'in English';
    return `${owner} (${language})`;
  }
  if (parent === 'flags' && last !== null)
    return `${locale === 'ru' ? 'Признак' : 'Flag'} ${quote(last, locale)}`;
  if (parent === 'answers' && last !== null)
    return locale === 'ru' ? `Ответ по показателю ${last}` : `Answer for indicator ${last}`;
  if (parent === 'populations' && last !== null) {
    return locale === 'ru'
      ? `Численность совокупности ${quote(last, locale)}`
      : `Size of population ${quote(last, locale)}`;
  }

  // The key names the field; an element of a list is `key[]`.
  let keyIndex = lastIndex;
  let key: string;
  if (last === null) {
    while (keyIndex >= 0 && names[keyIndex] === null) keyIndex--;
    if (keyIndex < 0) return locale === 'ru' ? 'Элемент списка' : 'List item';
    key = `${names[keyIndex] ?? ''}[]`;
  } else {
    key = last;
  }
  // The owner is the nearest named field before the key, marked `[]` when the key sits in its elements.
  let ownerIndex = keyIndex - 1;
  let ownerIsList = false;
  while (ownerIndex >= 0 && names[ownerIndex] === null) {
    ownerIsList = true;
    ownerIndex--;
  }
  const ownerName = ownerIndex >= 0 ? names[ownerIndex] : undefined;
  const owner = ownerName == null ? undefined : `${ownerName}${ownerIsList ? '[]' : ''}`;

  const byOwner = owner === undefined ? undefined : fieldLabel(`${owner}.${key}`, locale);
  const byKey =
    fieldLabel(key, locale) ?? (key.endsWith('[]') ? fieldLabel(key.slice(0, -2), locale) : undefined);
  return byOwner ?? byKey ?? key.replace(/\[\]$/, '');
}
