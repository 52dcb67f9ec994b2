import type { DisplayLocale } from '../share/index.js';
import { pickText, type LocalizedText } from '../text/index.js';
import { quote } from './quote.js';
import { toDisplayLocale } from '../text/locale.js';

/**
 * Names of fields as a methodologist knows them. Keys are a property name, `name[]` for an
 * element of a list, or `owner.name` where the same name means different things.
 */
export const fieldLabels: Readonly<Record<string, LocalizedText>> = {
  municipality: { ru: 'Муниципалитет', en: 'Municipality' },
  'municipality.name': { ru: 'Наименование муниципалитета', en: 'Municipality name' },
  schools: { ru: 'Школы', en: 'Schools' },
  'schools[]': { ru: 'Школа', en: 'School' },
  'schools[].name': { ru: 'Наименование школы', en: 'School name' },
  teachers: { ru: 'Педагоги', en: 'Teachers' },
  'teachers[]': { ru: 'Педагог', en: 'Teacher' },
  'teachers[].name': { ru: 'ФИО педагога', en: "Teacher's name" },
  id: { ru: 'Идентификатор', en: 'Identifier' },
  name: { ru: 'Наименование', en: 'Name' },
  region: { ru: 'Регион', en: 'Region' },
  municipalityId: { ru: 'Муниципалитет школы', en: "School's municipality" },
  categories: { ru: 'Категории школы', en: 'School categories' },
  'categories[]': { ru: 'Категория школы', en: 'School category' },
  roles: { ru: 'Роли школы', en: 'School roles' },
  'roles[]': { ru: 'Роль школы', en: 'School role' },
  resourceRisks: { ru: 'Риски снижения образовательных результатов', en: 'Resource risks' },
  'resourceRisks[]': { ru: 'Риск снижения образовательных результатов', en: 'Resource risk' },
  schoolId: { ru: 'Школа (schoolId)', en: 'School (schoolId)' },
  'teachers[].schoolId': { ru: 'Школа педагога (schoolId)', en: "Teacher's school (schoolId)" },
  subjects: { ru: 'Предметы', en: 'Subjects' },
  'subjects[]': { ru: 'Предмет', en: 'Subject' },
  flags: { ru: 'Признаки', en: 'Flags' },
  kind: { ru: 'Вид', en: 'Kind' },
  'from.kind': { ru: 'Кто закрепляется: вид', en: 'Assigned party: kind' },
  'to.kind': { ru: 'За кем закрепляется: вид', en: 'Supported party: kind' },
  from: {
    ru: 'Кто закрепляется (наставник, тьютор, школа-куратор, школа-лидер)',
    en: 'Assigned party (mentor, tutor, curator or leader school)',
  },
  to: { ru: 'За кем закрепляется (школа или педагог)', en: 'Supported party (school or teacher)' },
  order: { ru: 'Приказ', en: 'Order' },
  date: { ru: 'Дата', en: 'Date' },
  startDate: { ru: 'Дата начала', en: 'Start date' },
  endDate: { ru: 'Дата окончания', en: 'End date' },
  participantCount: { ru: 'Число участников', en: 'Number of participants' },
  topic: { ru: 'Тема', en: 'Topic' },
  outcome: { ru: 'Результат', en: 'Outcome' },
  hours: { ru: 'Объём курса (часов)', en: 'Course length (hours)' },
  provider: { ru: 'Организация, проводящая курс', en: 'Course provider' },
  completedOn: { ru: 'Дата выполнения', en: 'Completion date' },
  deadline: { ru: 'Срок', en: 'Deadline' },
  responsible: { ru: 'Ответственный', en: 'Responsible' },
  'indicators[].kind': { ru: 'Вид показателя', en: 'Indicator kind' },
  code: { ru: 'Код показателя', en: 'Indicator code' },
  'sections[].code': { ru: 'Код раздела', en: 'Section code' },
  section: { ru: 'Раздел показателя', en: 'Indicator section' },
  title: { ru: 'Наименование', en: 'Title' },
  'indicators[].title': { ru: 'Наименование показателя', en: 'Indicator title' },
  'sections[].title': { ru: 'Наименование раздела', en: 'Section title' },
  'populations[].title': { ru: 'Наименование совокупности', en: 'Population title' },
  'populations[].id': { ru: 'Идентификатор совокупности', en: 'Population identifier' },
  sections: { ru: 'Разделы', en: 'Sections' },
  'sections[]': { ru: 'Раздел', en: 'Section' },
  indicators: { ru: 'Показатели', en: 'Indicators' },
  'indicators[]': { ru: 'Показатель', en: 'Indicator' },
  populations: { ru: 'Совокупности', en: 'Populations' },
  'populations[]': { ru: 'Совокупность', en: 'Population' },
  population: { ru: 'Совокупность (знаменатель)', en: 'Population (denominator)' },
  entity: { ru: 'Тип записей', en: 'Record kind' },
  where: { ru: 'Условие отбора', en: 'Condition' },
  counts: { ru: 'Что считается', en: 'What is counted' },
  numerator: { ru: 'Числитель', en: 'Numerator' },
  'numerator.description': { ru: 'Описание числителя', en: 'Numerator description' },
  denominator: { ru: 'Знаменатель', en: 'Denominator' },
  precision: { ru: 'Точность (знаков после запятой)', en: 'Precision (decimals)' },
  betterDirection: { ru: 'Желательное направление изменения', en: 'Better direction' },
  unit: { ru: 'Единица измерения', en: 'Unit' },
  note: { ru: 'Примечание', en: 'Note' },
  municipalityFlag: { ru: 'Признак муниципалитета', en: 'Municipality flag' },
  description: { ru: 'Описание', en: 'Description' },
  answers: { ru: 'Ответы', en: 'Answers' },
  category: { ru: 'Категория школы', en: 'School category' },
  'category[]': { ru: 'Категория школы', en: 'School category' },
  role: { ru: 'Роль школы', en: 'School role' },
  'role[]': { ru: 'Роль школы', en: 'School role' },
  flag: { ru: 'Признак', en: 'Flag' },
  resourceRisk: { ru: 'Риск снижения образовательных результатов', en: 'Resource risk' },
  'resourceRisk[]': { ru: 'Риск снижения образовательных результатов', en: 'Resource risk' },
  atLeast: { ru: 'Не менее (число условий)', en: 'At least (number of conditions)' },
  of: { ru: 'Условия', en: 'Conditions' },
  'of[]': { ru: 'Условие отбора', en: 'Condition' },
  all: { ru: 'Все условия (all)', en: 'All conditions (all)' },
  'all[]': { ru: 'Условие отбора', en: 'Condition' },
  any: { ru: 'Любое из условий (any)', en: 'Any condition (any)' },
  'any[]': { ru: 'Условие отбора', en: 'Condition' },
  not: { ru: 'Условие отбора (not)', en: 'Condition (not)' },
  school: { ru: 'Условие на школу педагога', en: "Condition on the teacher's school" },
  when: { ru: 'Условие правила', en: 'Rule condition' },
  count: { ru: 'Количество', en: 'Count' },
  percent: { ru: 'Процент', en: 'Percentage' },
  period: { ru: 'Период', en: 'Period' },
};

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
